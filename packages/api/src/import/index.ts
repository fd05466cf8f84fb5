export {
  type ColumnMappingConfig,
  type ColumnSpec,
  defineColumnMappingProfile,
} from './column-mapping-profile';
export {
  type ParseResult,
  parseBoolean,
  parseDecimal,
  parseInteger,
  parseIsoDate,
  parseMoneyMinor,
  parseText,
  type ValueParser,
} from './field-parsers';
export { ImportFileError, ImportFileProblem } from './import-errors';
export {
  type ImportListingsOptions,
  importListings,
  type ListingWriter,
  type WriteCounts,
} from './import-listings';
export {
  type ImportedListing,
  type ImportProfile,
  isRowFailure,
  type MappedRow,
  type MapResult,
  type RowError,
  type RowFailure,
} from './import-profile';
export { type ImportReport, importReportSchema, rowErrorSchema } from './import-report.schema';
export { type FieldKind, type ListingField, listingFieldKinds } from './listing-fields';
export { type ImportCounts, type ImportPlan, isLaterRow, planImport } from './plan-import';
export { kcProfile } from './profiles/kc.profile';
export { getProfile, type ProfileName, profileNames, profiles } from './profiles/profile-registry';
export { resoProfile } from './profiles/reso.profile';
export { type CsvRecord, type CsvSource, readCsvRecords } from './read-csv-records';
export {
  type ImportProgress,
  type ListingRow,
  type ReadListingRowsOptions,
  readListingRows,
} from './read-listing-rows';

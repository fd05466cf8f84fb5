export { type Actor, type AuditEntry, auditEntrySchema } from './audit/audit-entry';
export {
  DomainError,
  DomainErrorCode,
  InvalidTransitionError,
  isDomainError,
  MoneyError,
} from './errors/domain-error';
export { boundingBoxAround, distanceKm, EARTH_RADIUS_KM, type GeoPoint } from './geo/geo';
export {
  commercialPropertyTypes,
  landPropertyTypes,
  PropertyType,
  propertyTypes,
  residentialPropertyTypes,
  StandardStatus,
  standardStatuses,
} from './listing/listing.codes';
export {
  commercialAttributes,
  type Listing,
  type ListingAttributes,
  type ListingCreate,
  type ListingCreateInput,
  landAttributes,
  listingAttributes,
  listingCommonShape,
  listingCreateInput,
  listingSchema,
  residentialAttributes,
} from './listing/listing.schema';
export {
  type AreaUnit,
  defaultAreaUnit,
  formatArea,
  SQUARE_METRES_PER_SQUARE_FOOT,
} from './listing/listing-format';
export {
  type ListingFilters,
  type ListingListInput,
  type ListingListQuery,
  type ListingListResult,
  type ListingSortField,
  listingFilters,
  listingListInput,
  listingListOutput,
  listingSortFields,
} from './listing/listing-query.schema';
export {
  canTransition,
  type ListingStatusState,
  type ListingTransitionContext,
  type ListingTransitionRule,
  listingTransitions,
  nextListingStatuses,
  terminalListingStatuses,
  transition,
} from './listing/listing-status.machine';
export {
  applyListingUpdate,
  type ListingUpdateChanges,
  listingUpdateChanges,
  type ValidationIssue,
} from './listing/listing-update';
export {
  addMoney,
  type CurrencyCode,
  formatMoney,
  type Money,
  minorUnitDigits,
  money,
  parseMoney,
  toDecimalString,
} from './money/money';

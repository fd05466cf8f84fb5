export type { Actor, AuditEntry } from './audit/audit-entry';
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
  addMoney,
  type CurrencyCode,
  formatMoney,
  type Money,
  minorUnitDigits,
  money,
  parseMoney,
  toDecimalString,
} from './money/money';

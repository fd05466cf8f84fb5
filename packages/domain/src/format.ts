/**
 * `@estatekit/domain/format`: what a UI needs to show and read listing and ledger values — money
 * (format, parse, exact decimal strings), areas in the visitor's unit, the RESO Data Dictionary
 * code lists its selects offer, the rent ledger's code lists (charge types, payment methods and
 * statuses, aging buckets, lease statuses), and the errors those functions throw. It imports no
 * validation schemas (no zod), so a widget bundle that formats a price does not ship them; the
 * schemas, the status machine and everything else are in `@estatekit/domain`.
 */
export {
  DomainError,
  DomainErrorCode,
  isDomainError,
  MoneyError,
} from './errors/domain-error';
export {
  type AgingBucket,
  agingBuckets,
  type ChargeType,
  chargeTypes,
  type IsoDate,
  type LeaseStatus,
  leaseStatuses,
  type PaymentKind,
  type PaymentMethod,
  type PaymentStatus,
  paymentKinds,
  paymentMethods,
  paymentStatuses,
  type ReversibleEntryKind,
  reversibleEntryKinds,
} from './ledger/ledger.codes';
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
  type AreaUnit,
  defaultAreaUnit,
  formatArea,
  SQUARE_METRES_PER_SQUARE_FOOT,
} from './listing/listing-format';
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

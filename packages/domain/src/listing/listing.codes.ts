/**
 * RESO Data Dictionary 2.0 `StandardStatus` lookup values (the US MLS standard).
 * https://ddwiki.reso.org/display/DDW20/StandardStatus+Field
 */
export const StandardStatus = {
  Active: 'Active',
  ActiveUnderContract: 'ActiveUnderContract',
  Pending: 'Pending',
  Hold: 'Hold',
  Withdrawn: 'Withdrawn',
  Expired: 'Expired',
  Closed: 'Closed',
  Canceled: 'Canceled',
  ComingSoon: 'ComingSoon',
} as const;
export type StandardStatus = (typeof StandardStatus)[keyof typeof StandardStatus];
export const standardStatuses = Object.values(StandardStatus) as [
  StandardStatus,
  ...StandardStatus[],
];

/** RESO Data Dictionary 2.0 `PropertyType` lookup values. */
export const PropertyType = {
  Residential: 'Residential',
  ResidentialLease: 'ResidentialLease',
  ResidentialIncome: 'ResidentialIncome',
  CommercialSale: 'CommercialSale',
  CommercialLease: 'CommercialLease',
  Land: 'Land',
  Farm: 'Farm',
  BusinessOpportunity: 'BusinessOpportunity',
  ManufacturedInPark: 'ManufacturedInPark',
} as const;
export type PropertyType = (typeof PropertyType)[keyof typeof PropertyType];
export const propertyTypes = Object.values(PropertyType) as [PropertyType, ...PropertyType[]];

/** Property types whose attributes are homes: bedrooms, bathrooms, living area. */
export const residentialPropertyTypes = [
  PropertyType.Residential,
  PropertyType.ResidentialLease,
  PropertyType.ResidentialIncome,
  PropertyType.ManufacturedInPark,
] as const;

/** Property types whose attributes are buildings for business: gross area, zoning, units. */
export const commercialPropertyTypes = [
  PropertyType.CommercialSale,
  PropertyType.CommercialLease,
  PropertyType.BusinessOpportunity,
] as const;

/** Property types whose attributes are the ground itself: lot size, zoning, current use. */
export const landPropertyTypes = [PropertyType.Land, PropertyType.Farm] as const;

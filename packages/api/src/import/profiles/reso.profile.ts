import { type ColumnSpec, defineColumnMappingProfile } from '../column-mapping-profile';

const optional = (column: string): ColumnSpec => ({ column, optional: true });

/**
 * A file whose headers are RESO Data Dictionary 2.0 field names as written (`ListingKey`,
 * `ListPrice`, `CloseDate`, …), one listing per row — what an MLS export or a RESO Web API dump
 * flattened to CSV looks like.
 *
 * Required: `ListingId`, `StandardStatus`, `PropertyType`. Everything else may be absent; without
 * `ListingKey` the key is `ListingId`. Lookups may use the RESO value (`ActiveUnderContract`) or
 * its display form (`Active Under Contract`). Prices are USD in major units (`ListPrice` 450000 =
 * 450,000 USD); areas in square feet (RESO `LivingAreaUnits` SquareFeet); dates ISO 8601. Which
 * attributes a row must carry follows its `PropertyType`: a Residential row needs
 * `BedroomsTotal`, `BathroomsTotalInteger` and `LivingArea`, a Land row `LotSizeSquareFeet`.
 * Feeds in another currency or unit need their own `defineColumnMappingProfile`.
 */
export const resoProfile = defineColumnMappingProfile({
  name: 'reso',
  description: 'CSV with RESO Data Dictionary field names as headers (ListingKey, ListPrice, …)',
  currency: 'USD',
  columns: {
    listingKey: optional('ListingKey'),
    listingId: 'ListingId',
    standardStatus: 'StandardStatus',
    propertyType: 'PropertyType',
    listPrice: optional('ListPrice'),
    closePrice: optional('ClosePrice'),
    closeDate: optional('CloseDate'),
    bedroomsTotal: optional('BedroomsTotal'),
    bathroomsTotalInteger: optional('BathroomsTotalInteger'),
    livingArea: optional('LivingArea'),
    lotSizeSquareFeet: optional('LotSizeSquareFeet'),
    yearBuilt: optional('YearBuilt'),
    yearBuiltEffective: optional('YearBuiltEffective'),
    stories: optional('Stories'),
    waterfrontYN: optional('WaterfrontYN'),
    aboveGradeFinishedArea: optional('AboveGradeFinishedArea'),
    belowGradeFinishedArea: optional('BelowGradeFinishedArea'),
    buildingAreaTotal: optional('BuildingAreaTotal'),
    zoning: optional('Zoning'),
    numberOfUnitsTotal: optional('NumberOfUnitsTotal'),
    currentUse: optional('CurrentUse'),
    latitude: optional('Latitude'),
    longitude: optional('Longitude'),
    unparsedAddress: optional('UnparsedAddress'),
    city: optional('City'),
    stateOrProvince: optional('StateOrProvince'),
    postalCode: optional('PostalCode'),
    publicRemarks: optional('PublicRemarks'),
  },
});

import type { PropertyType, StandardStatus } from '@estatekit/domain';
import { statusTokenByStandardStatus } from '@estatekit/themes/variables';

/** English display names of RESO `StandardStatus` values. */
export const statusLabels: Record<StandardStatus, string> = {
  Active: 'Active',
  ActiveUnderContract: 'Active under contract',
  Pending: 'Pending',
  Hold: 'Hold',
  Withdrawn: 'Withdrawn',
  Expired: 'Expired',
  Closed: 'Closed',
  Canceled: 'Canceled',
  ComingSoon: 'Coming soon',
};

/** English display names of RESO `PropertyType` values. */
export const propertyTypeLabels: Record<PropertyType, string> = {
  Residential: 'Residential',
  ResidentialLease: 'Residential lease',
  ResidentialIncome: 'Residential income',
  CommercialSale: 'Commercial sale',
  CommercialLease: 'Commercial lease',
  Land: 'Land',
  Farm: 'Farm',
  BusinessOpportunity: 'Business opportunity',
  ManufacturedInPark: 'Manufactured in park',
};

/** The label of a status, or the raw value for one this version does not know. */
export function statusLabel(status: string): string {
  return statusLabels[status as StandardStatus] ?? status;
}

/** The label of a property type, or the raw value for one this version does not know. */
export function propertyTypeLabel(type: string): string {
  return propertyTypeLabels[type as PropertyType] ?? type;
}

/**
 * The CSS variable holding a status's theme colour: `'Pending'` → `'var(--ek-status-pending)'`;
 * an unknown status uses `--ek-muted-foreground`.
 */
export function statusColorVariable(status: string): string {
  const token = statusTokenByStandardStatus[status as StandardStatus];
  return token ? `var(--ek-${token})` : 'var(--ek-muted-foreground)';
}

/**
 * The demo agency's rental portfolio as data: four Seattle buildings (200 units), the due days
 * of the landlord-style building's bills, and the words managers write on leases and ledgers.
 * Amounts are US cents.
 */

/** One building of the portfolio. */
export interface DemoBuildingSpec {
  readonly name: string;
  readonly address: string;
  readonly floors: number;
  readonly unitsPerFloor: number;
  /** Months before today since the agency manages it: its ledger starts on the 1st of that month. */
  readonly managedForMonths: number;
  /** Days after that over which the first leases start (lease-up after the takeover or opening). */
  readonly leaseUpDays: number;
  /** Monthly rent on the first floor and on the top floor, in whole dollars. */
  readonly rentDollars: readonly [number, number];
  /** Share of leases renting a parking space, and its monthly price in cents. */
  readonly parking: { readonly share: number; readonly amountMinor: number } | null;
  /**
   * The landlord-style building: every unit let to one tenant, billed rent, sub-metered
   * electricity and Wi-Fi on three different days of the month, all leases active.
   */
  readonly landlord: boolean;
}

export const demoBuildings: readonly DemoBuildingSpec[] = [
  {
    name: 'Pike Street Lofts',
    address: '1521 E Pike St, Seattle, WA 98122',
    floors: 5,
    unitsPerFloor: 8,
    managedForMonths: 24,
    leaseUpDays: 75,
    rentDollars: [1950, 2650],
    parking: { share: 0.35, amountMinor: 17_500 },
    landlord: false,
  },
  {
    name: 'Alder Court',
    address: '4410 SW Alder St, Seattle, WA 98136',
    floors: 4,
    unitsPerFloor: 20,
    managedForMonths: 7,
    leaseUpDays: 45,
    rentDollars: [1550, 1950],
    parking: null,
    landlord: true,
  },
  {
    name: 'Rainier Vista Flats',
    address: '3320 S Alaska St, Seattle, WA 98108',
    floors: 4,
    unitsPerFloor: 14,
    managedForMonths: 7,
    leaseUpDays: 230,
    rentDollars: [1850, 2400],
    parking: { share: 0.25, amountMinor: 12_500 },
    landlord: false,
  },
  {
    name: 'Queen Anne Terrace',
    address: '612 W Galer St, Seattle, WA 98119',
    floors: 3,
    unitsPerFloor: 8,
    managedForMonths: 16,
    leaseUpDays: 45,
    rentDollars: [2400, 3300],
    parking: { share: 0.5, amountMinor: 20_000 },
    landlord: false,
  },
];

/**
 * Due days of the landlord building's bills (rent, electricity, Wi-Fi), three different days
 * each; tenants get them in turn. A few more tenants have one bill due on today's day of the
 * month, so the delinquency report always has something current (due today, not yet paid).
 */
export const landlordDueDays: readonly (readonly [number, number, number])[] = [
  [1, 15, 20],
  [1, 10, 25],
  [5, 15, 20],
  [1, 12, 18],
  [3, 17, 24],
  [1, 20, 28],
];

/** Electricity estimates billed monthly in the landlord building, in whole dollars. */
export const electricityDollars: readonly [number, number] = [55, 140];
/** Wi-Fi tiers of the landlord building's network, in cents. */
export const wifiTiersMinor: readonly number[] = [4_500, 4_500, 6_000];

/** Why a lease was terminated early. */
export const terminationReasons = [
  'Tenant relocated to Portland for work; early termination agreed with one month’s notice.',
  'Tenant bought a home nearby; lease ended early by mutual agreement and the unit re-let.',
];

/** Why the delinquent lease went to collections. */
export const collectionsReason =
  'Four months of rent unpaid; 14-day pay-or-vacate notice served and the file sent to collections.';

/** Why the bounced payment was reversed. */
export const bounceReason = 'ACH return R01 (insufficient funds): the bank returned this payment.';

/** Move-out deductions from security deposits (cents). */
export const moveOutDeductions = [
  { description: 'Carpet cleaning', amountMinor: 17_500 },
  { description: 'Wall repair and repainting', amountMinor: 32_000 },
  { description: 'Replacement key fobs', amountMinor: 6_000 },
];

/** The demo agency's accountant: records payments and reverses them, sets up no leases. */
export const demoAccountant = {
  name: 'Nadia Brooks',
  email: 'nadia.brooks@harbourhill.example',
  role: 'accountant',
} as const;

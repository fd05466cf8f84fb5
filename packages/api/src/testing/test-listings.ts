import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { appRouter } from '../root';

/**
 * The refusal a client receives for `promise`: the tRPC code plus `message` and `data` shaped by
 * the app's error formatter exactly as over HTTP. Throws if the call was not refused.
 */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = getTRPCErrorShape({
      config: appRouter._def._config,
      error,
      type: 'mutation',
      path: undefined,
      input: undefined,
      ctx: undefined,
    });
    return { code: error.code, message: shape.message, data: shape.data };
  }
  throw new Error('expected the call to be refused');
}

/** Options for `callerFor` that pin the clock to `iso`. */
export const at = (iso: string) => ({ now: new Date(iso) });

/** A valid Residential listing input with ListingKey `listingKey` ($450,000, 3 beds, Seattle). */
export const house = (listingKey: string) => ({
  listingKey,
  listingId: `MLS-${listingKey}`,
  propertyType: 'Residential' as const,
  listPrice: 45_000_000,
  bedroomsTotal: 3,
  bathroomsTotalInteger: 2,
  livingArea: 1650,
  yearBuilt: 1978,
  city: 'Seattle',
  postalCode: '98115',
});

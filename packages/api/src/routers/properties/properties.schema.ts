import { listingUpdateChanges, standardStatuses } from '@estatekit/domain';
import { z } from 'zod';

/** Identifies one listing of the caller's org by its RESO ListingKey. */
export const listingKeyInput = z.strictObject({ listingKey: z.string().trim().min(1).max(64) });

/** `properties.update`: the changes, and optionally the ModificationTimestamp the editor saw. */
export const updateInput = z.strictObject({
  listingKey: z.string().trim().min(1).max(64),
  changes: listingUpdateChanges,
  /** Optimistic concurrency: refuse with CONFLICT if the listing changed since (ISO 8601). */
  expectedModificationTimestamp: z.iso.datetime({ offset: true }).optional(),
});

/** `properties.transitionStatus`: the RESO StandardStatus to move to and why. */
export const transitionInput = z.strictObject({
  listingKey: z.string().trim().min(1).max(64),
  to: z.enum(standardStatuses),
  reason: z.string().trim().max(500).optional(),
});

import { randomUUID } from 'node:crypto';
import {
  type Actor,
  applyListingUpdate,
  auditEntrySchema,
  DomainError,
  DomainErrorCode,
  listingCreateInput,
  listingListInput,
  listingListOutput,
  listingSchema,
  transition,
} from '@estatekit/domain';
import { z } from 'zod';
import { Permission } from '../../auth/roles';
import { appendAudit, listAudit } from '../../repositories/audit.repository';
import {
  findListing,
  insertListing,
  listListings,
  updateListing,
  updateListingStatus,
} from '../../repositories/listings.repository';
import type { OrgScope } from '../../repositories/org-scope';
import { orgProcedure, router } from '../../trpc/trpc';
import { importProcedure } from './import.procedure';
import { listingKeyInput, transitionInput, updateInput } from './properties.schema';

const read = { permission: Permission.ListingsRead, widgets: ['property-grid'] } as const;
const write = { permission: Permission.ListingsWrite } as const;

/** Loads a listing or throws NOT_FOUND; another org's listing is indistinguishable from none. */
async function loadListing(scope: OrgScope, listingKey: string, forUpdate = false) {
  const listing = await findListing(scope, listingKey, { forUpdate });
  if (!listing) {
    throw new DomainError(DomainErrorCode.NotFound, `No listing with key ${listingKey}.`, {
      context: { listingKey },
    });
  }
  return listing;
}

const audit = (actor: Actor, listingKey: string, action: 'create' | 'update', at: string) => ({
  entityType: 'listing' as const,
  entityKey: listingKey,
  action,
  from: null,
  to: null,
  actor,
  reason: null,
  at,
});

/** Listings (RESO): search, read, create, edit, move through the status workflow, import. */
export const propertiesRouter = router({
  /**
   * One page of the org's listings: filters (price range in minor units, min beds/baths, area
   * range in sq ft, year range, status, type, postal codes, city, text, bbox, radius in km),
   * sort by any listed column, page or cursor pagination. Publishable keys may call it.
   */
  list: orgProcedure
    .meta({ ...read, summary: 'Search listings' })
    .input(listingListInput)
    .output(listingListOutput)
    .query(({ ctx, input }) => listListings(ctx.scope, input)),

  /** One listing by ListingKey. NOT_FOUND if the org has none. */
  byId: orgProcedure
    .meta({ ...read, summary: 'Get a listing' })
    .input(listingKeyInput)
    .output(listingSchema)
    .query(({ ctx, input }) => loadListing(ctx.scope, input.listingKey)),

  /** A listing's audit entries (status changes, edits), oldest first. NOT_FOUND if none. */
  history: orgProcedure
    .meta({ ...read, summary: 'Listing history' })
    .input(listingKeyInput)
    .output(z.array(auditEntrySchema))
    .query(async ({ ctx, input }) => {
      await loadListing(ctx.scope, input.listingKey);
      return listAudit(ctx.scope, 'listing', input.listingKey);
    }),

  /** Creates a listing (type-specific attributes validated by propertyType). CONFLICT on a taken key. */
  create: orgProcedure
    .meta({ ...write, summary: 'Create a listing' })
    .input(listingCreateInput)
    .output(listingSchema)
    .mutation(async ({ ctx, input }) => {
      const at = ctx.now().toISOString();
      const key = input.listingKey ?? randomUUID();
      const listing = await insertListing(ctx.scope, key, input, at);
      await appendAudit(ctx.scope, [audit(ctx.actor, key, 'create', at)]);
      return listing;
    }),

  /**
   * Edits a listing's attributes (not its status: use transitionStatus). With
   * `expectedModificationTimestamp`, a concurrent edit is refused with CONFLICT.
   */
  update: orgProcedure
    .meta({ ...write, summary: 'Edit a listing' })
    .input(updateInput)
    .output(listingSchema)
    .mutation(async ({ ctx, input }) => {
      const current = await loadListing(ctx.scope, input.listingKey, true);
      const expected = input.expectedModificationTimestamp;
      if (expected && Date.parse(expected) !== Date.parse(current.modificationTimestamp)) {
        throw new DomainError(
          DomainErrorCode.Conflict,
          'The listing changed since you loaded it.',
          {
            context: { current: current.modificationTimestamp, expected },
            suggestion: 'Reload the listing and apply your change again.',
          },
        );
      }
      const at = ctx.now().toISOString();
      const next = applyListingUpdate(current, input.changes);
      const saved = await updateListing(ctx.scope, input.listingKey, next, at);
      await appendAudit(ctx.scope, [audit(ctx.actor, input.listingKey, 'update', at)]);
      return saved;
    }),

  /**
   * Moves a listing through the RESO status workflow (see `transition` in @estatekit/domain)
   * and records who, when, from, to and why. UNPROCESSABLE_CONTENT naming the rule when refused.
   */
  transitionStatus: orgProcedure
    .meta({ ...write, summary: 'Change listing status' })
    .input(transitionInput)
    .output(listingSchema)
    .mutation(async ({ ctx, input }) => {
      const current = await loadListing(ctx.scope, input.listingKey, true);
      const at = ctx.now().toISOString();
      const moved = transition(current, input.to, {
        actor: ctx.actor,
        reason: input.reason ?? null,
        at,
      });
      const saved = await updateListingStatus(
        ctx.scope,
        input.listingKey,
        moved.listing.standardStatus,
        at,
      );
      await appendAudit(ctx.scope, [moved.audit]);
      return saved;
    }),

  import: importProcedure,
});

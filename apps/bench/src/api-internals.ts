/**
 * The parts of `@estatekit/api` the benchmarks need but the package deliberately does not
 * publish (its `exports` map has only `.`): the throwaway-database and seeding helpers its own
 * tests use, the import planner, and the listings table. Benchmarks measure internals, so they
 * reach into the source here, in this one file, instead of widening the public surface for them.
 * Paths resolve to the same files `@estatekit/api` loads, so module state is shared.
 */
export { listings } from '../../../packages/api/src/db/schema';
export type { ImportedListing } from '../../../packages/api/src/import';
export { getProfile, planImport, readListingRows } from '../../../packages/api/src/import';
export { listingValues } from '../../../packages/api/src/repositories/listings.repository';
export { upsertImportedListings } from '../../../packages/api/src/repositories/listings-import.repository';
export { resolveApiKey } from '../../../packages/api/src/repositories/orgs.repository';
export { IMPORT_BATCH_SIZE } from '../../../packages/api/src/services/listing-import.service';
export {
  kcDataPath,
  openTestDatabase,
  PG_ADMIN_URL,
  type TestDatabase,
} from '../../../packages/api/src/testing/test-database';
export {
  everyoneRule,
  seedStaff,
} from '../../../packages/api/src/testing/test-leads';
export {
  callerFor,
  importKc,
  seedOrg,
  type TestOrg,
} from '../../../packages/api/src/testing/test-org';

/**
 * The `@estatekit/api` internals the rent-ledger benchmark needs beyond `api-internals.ts`: the
 * report repository (the report's SQL and its raw-aggregate baseline), the reads behind
 * `ledger.forLease`, the scheduler's daily run and the tenant-contact normaliser. Imported from
 * source in this one file, like `api-internals.ts`, so module state is shared with the API.
 */
export { rowsOf } from '../../../packages/api/src/db/database';
export { findLease } from '../../../packages/api/src/repositories/lease-reads.repository';
export {
  leasesWithCredit,
  loadLedger,
} from '../../../packages/api/src/repositories/ledger.repository';
export {
  delinquencyRows,
  delinquencyTotalsRaw,
} from '../../../packages/api/src/repositories/ledger-reports.repository';
export {
  normaliseContact,
  orgCountry,
} from '../../../packages/api/src/services/lead-pipeline.service';
export { runLedgerDay } from '../../../packages/api/src/services/ledger-jobs.service';

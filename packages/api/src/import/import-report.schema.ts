import { z } from 'zod';
import type { RowError } from './import-profile';

const count = z.int().min(0);

/** A `RowError` on the wire: 1-based `line`, CSV `column`, cell `value` as written, `reason`. */
export const rowErrorSchema = z.object({
  line: z.int().min(1),
  column: z.string(),
  value: z.string(),
  reason: z.string(),
}) satisfies z.ZodType<RowError>;

/**
 * Output of an import (the tRPC procedure's output schema).
 *
 * - `status`: `imported` (rows were handed to the writer) or `rejected` (bad rows and no
 *   `skipInvalid`: nothing was written; fix the rows listed in `errors`).
 * - `rows`, `valid`, `invalid`, `distinct`, `repeatSaleRows`, `repeatSaleParcels`: see
 *   `ImportCounts`.
 * - `inserted`, `updated`, `unchanged`: the writer's totals (all 0 when rejected).
 * - `skipped`: bad rows left out of an `imported` run (0 when rejected).
 * - `errors`: the first row errors in file order, at most the cap given to `importListings`;
 *   `errorsTruncated`: how many more there were.
 */
export const importReportSchema = z.object({
  profile: z.string(),
  status: z.enum(['imported', 'rejected']),
  rows: count,
  valid: count,
  invalid: count,
  distinct: count,
  repeatSaleRows: count,
  repeatSaleParcels: count,
  inserted: count,
  updated: count,
  unchanged: count,
  skipped: count,
  errors: z.array(rowErrorSchema),
  errorsTruncated: count,
});

/** See `importReportSchema`. */
export type ImportReport = z.infer<typeof importReportSchema>;

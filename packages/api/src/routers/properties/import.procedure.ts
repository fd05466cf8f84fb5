import { z } from 'zod';
import { Permission } from '../../auth/roles';
import { getProfile, importReportSchema, profileNames } from '../../import';
import { rejectedImportError, runListingImport } from '../../services/listing-import.service';
import { orgProcedure } from '../../trpc/trpc';

/**
 * `properties.import`: imports CSV text (≤ 8 MiB request) with a column-mapping profile (`kc`
 * for the King County sales file, `reso` for RESO-named headers). All-or-nothing: any bad row
 * is a BAD_REQUEST listing every bad row (line, column, reason) and nothing is written, unless
 * `skipInvalid` is set. Re-running the same file changes nothing. Owners and managers only.
 */
export const importProcedure = orgProcedure
  .meta({ permission: Permission.ListingsImport, summary: 'Import listings from CSV' })
  .input(
    z.strictObject({
      csv: z
        .string()
        .min(1)
        .max(8 * 1024 * 1024),
      profile: z.enum(profileNames).default('kc'),
      skipInvalid: z.boolean().default(false),
    }),
  )
  .output(importReportSchema)
  .mutation(async ({ ctx, input }) => {
    const report = await runListingImport(ctx.scope, {
      source: input.csv,
      profile: getProfile(input.profile),
      skipInvalid: input.skipInvalid,
      actor: ctx.actor,
      at: ctx.now().toISOString(),
    });
    if (report.status === 'rejected') throw rejectedImportError(report);
    return report;
  });

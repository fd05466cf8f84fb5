import { z } from 'zod';
import { embedTokensRouter } from './routers/embed-tokens/embed-tokens.router';
import { leadsRouter } from './routers/leads/leads.router';
import {
  activitiesRouter,
  agentsRouter,
  pipelinesRouter,
  routingRouter,
  tasksRouter,
} from './routers/leads/pipeline-work.router';
import {
  buildingsRouter,
  leasesRouter,
  occupancyRouter,
  tenantsRouter,
  unitsRouter,
} from './routers/leasing/leasing.router';
import { ledgerRouter } from './routers/ledger/ledger.router';
import {
  chargesRouter,
  paymentPlansRouter,
  policiesRouter,
  receiptsRouter,
  reportsRouter,
} from './routers/ledger/ledger-work.router';
import { propertiesRouter } from './routers/properties/properties.router';
import { publicProcedure, router } from './trpc/trpc';

/** The whole API. Partners and widgets import only `type AppRouter`. */
export const appRouter = router({
  /** Liveness for load balancers and the demo; no credentials needed. */
  health: publicProcedure
    .meta({ summary: 'Health check' })
    .output(z.object({ status: z.literal('ok') }))
    .query(() => ({ status: 'ok' as const })),
  properties: propertiesRouter,
  embedTokens: embedTokensRouter,
  leads: leadsRouter,
  activities: activitiesRouter,
  tasks: tasksRouter,
  agents: agentsRouter,
  routing: routingRouter,
  pipelines: pipelinesRouter,
  buildings: buildingsRouter,
  units: unitsRouter,
  tenants: tenantsRouter,
  leases: leasesRouter,
  occupancy: occupancyRouter,
  ledger: ledgerRouter,
  charges: chargesRouter,
  policies: policiesRouter,
  paymentPlans: paymentPlansRouter,
  reports: reportsRouter,
  receipts: receiptsRouter,
});

/** Type of the API for `@trpc/client` and `@estatekit/ui`. */
export type AppRouter = typeof appRouter;

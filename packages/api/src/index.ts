export { type ApiKeyKind, apiKeyKind, generateApiKey, hashApiKey } from './auth/api-key';
export {
  EMBED_TOKEN_MAX_TTL_SECONDS,
  type EmbedTokenRequest,
  embedWidgets,
  mintEmbedToken,
  verifyEmbedToken,
} from './auth/embed-token';
export { Permission, rolePermissions, type StaffRole, staffRoles } from './auth/roles';
export { DataDirectoryLockedError } from './db/data-dir-lock';
export {
  APP_ROLE,
  type Database,
  type DatabaseOptions,
  openDatabase,
  UnsafeDatabaseRoleError,
} from './db/database';
export { provisionPostgres } from './db/provision';
export { LEAD_CHANGES_CHANNEL, type LeadChange } from './events/lead-changes';
export { getProfile, type ImportReport, importReportSchema, profileNames } from './import';
export { type AvailabilityPatch, upsertAgent } from './repositories/agents.repository';
export { inOrg, type Org, type OrgScope } from './repositories/org-scope';
export {
  createApiKey,
  createOrg,
  createUser,
  findOrgBySlug,
  setAllowedOrigins,
} from './repositories/orgs.repository';
export { type AppRouter, appRouter } from './root';
export {
  type CaptureRateLimitOptions,
  type CaptureRateLimits,
  createCaptureRateLimits,
} from './routers/leads/capture-rate-limit';
export { loadEmbedSecret } from './server/instance-secret';
export { createServer, type ServerOptions } from './server/server';
export { closeOnSignals, databaseOptionsFromEnv, type RunningApi, startApi } from './server/start';
export { type LeadJobReport, runLeadJobs, startLeadScheduler } from './services/lead-jobs.service';
export { orgToday } from './services/ledger-state';
export { runListingImport } from './services/listing-import.service';
export { type AppServices, type Context, createContext } from './trpc/context';
export { createCallerFactory } from './trpc/trpc';

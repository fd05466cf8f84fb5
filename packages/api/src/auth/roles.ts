/** Staff roles of an organization, most to least privileged. */
export const staffRoles = ['owner', 'manager', 'agent', 'accountant', 'read_only'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What a caller may do. Procedures declare the one they need in their meta. */
export const Permission = {
  ListingsRead: 'listings:read',
  ListingsWrite: 'listings:write',
  ListingsImport: 'listings:import',
  EmbedTokensCreate: 'embed_tokens:create',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * Role → permissions. Agents list and edit listings; only owners and managers import whole
 * files or mint embed tokens; accountants and read_only users read.
 */
export const rolePermissions: Record<StaffRole, readonly Permission[]> = {
  owner: Object.values(Permission),
  manager: Object.values(Permission),
  agent: [Permission.ListingsRead, Permission.ListingsWrite],
  accountant: [Permission.ListingsRead],
  read_only: [Permission.ListingsRead],
};

/** Publishable keys are browser-safe: they carry only these public, read-only scopes. */
export const publishableScopes: readonly Permission[] = [Permission.ListingsRead];

/** Whether `role` is at least as privileged as `other` (owner > manager > agent > …). */
export function roleCovers(role: StaffRole, other: StaffRole): boolean {
  return rolePermissions[other].every((p) => rolePermissions[role].includes(p));
}

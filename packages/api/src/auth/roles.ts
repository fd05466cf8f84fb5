/** Staff roles of an organization, most to least privileged. */
export const staffRoles = ['owner', 'manager', 'agent', 'accountant', 'read_only'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What a caller may do. Procedures declare the one they need in their meta. */
export const Permission = {
  ListingsRead: 'listings:read',
  ListingsWrite: 'listings:write',
  ListingsImport: 'listings:import',
  EmbedTokensCreate: 'embed_tokens:create',
  /** See leads (agents: their own and unassigned ones; other roles: all). */
  LeadsRead: 'leads:read',
  /** Create, edit, move leads, log activities, complete tasks (agents: their own leads). */
  LeadsWrite: 'leads:write',
  /** Assign anyone's leads, edit pipelines, routing rules and other agents' availability. */
  LeadsManage: 'leads:manage',
  /** Submit the public web form (`leads.capture`): the one write a publishable key may make. */
  LeadsCapture: 'leads:capture',
  /** See buildings, units, tenants, leases, ledgers and rent reports. */
  LeasingRead: 'leasing:read',
  /** Set up buildings, units, tenants and leases; policies; approve plans; verify offline payments; waive fees. */
  LeasingManage: 'leasing:manage',
  /** Move money: record, reverse and reallocate payments, generate charges. */
  LedgerWrite: 'ledger:write',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * Role → permissions. Agents list and edit listings and work their own leads; only owners and
 * managers import whole files, mint embed tokens, reassign leads and edit pipelines and routing;
 * accountants and read_only users read (read_only sees every lead and changes nothing).
 * Ledgers: accountants and managers record and reverse money; only owners and managers set up
 * leases and policies, verify offline payments and waive fees; agents and read_only read.
 */
export const rolePermissions: Record<StaffRole, readonly Permission[]> = {
  owner: Object.values(Permission),
  manager: Object.values(Permission),
  agent: [
    Permission.ListingsRead,
    Permission.ListingsWrite,
    Permission.LeadsRead,
    Permission.LeadsWrite,
    Permission.LeadsCapture,
    Permission.LeasingRead,
  ],
  accountant: [
    Permission.ListingsRead,
    Permission.LeadsRead,
    Permission.LeasingRead,
    Permission.LedgerWrite,
  ],
  read_only: [Permission.ListingsRead, Permission.LeadsRead, Permission.LeasingRead],
};

/**
 * Publishable keys are browser-safe: public reads, and the public web form (`leads.capture`,
 * the only mutation they may call; procedures opt in with `meta.publishable`).
 */
export const publishableScopes: readonly Permission[] = [
  Permission.ListingsRead,
  Permission.LeadsCapture,
];

/** Whether `role` sees only its own (and unassigned) leads rather than the whole org's. */
export function seesOwnLeadsOnly(role: string | undefined): boolean {
  return role === 'agent';
}

/** Whether `role` is at least as privileged as `other` (owner > manager > agent > …). */
export function roleCovers(role: StaffRole, other: StaffRole): boolean {
  return rolePermissions[other].every((p) => rolePermissions[role].includes(p));
}

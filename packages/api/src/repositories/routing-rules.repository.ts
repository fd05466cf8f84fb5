import {
  DomainError,
  DomainErrorCode,
  type RoutingRule,
  type RoutingRuleDto,
  type routingRuleInput,
} from '@estatekit/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { routingRules } from '../db/schema';
import type { OrgScope } from './org-scope';

type RuleRow = typeof routingRules.$inferSelect;

function toDto(row: RuleRow): RoutingRuleDto {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    match: row.match as RoutingRuleDto['match'],
    agentIds: row.agentIds,
    mode: row.mode as RoutingRuleDto['mode'],
    claimTimeoutSeconds: row.claimTimeoutSeconds,
    enabled: row.enabled,
  };
}

/** The org's routing rules in evaluation order (position, then creation). */
export async function listRoutingRules(scope: OrgScope): Promise<RoutingRuleDto[]> {
  const rows = await scope.tx
    .select()
    .from(routingRules)
    .where(eq(routingRules.orgId, scope.org.id))
    .orderBy(asc(routingRules.position), asc(routingRules.createdAt), asc(routingRules.id));
  return rows.map(toDto);
}

/** The enabled rules in the shape `routeLead` takes. */
export async function activeRoutingRules(scope: OrgScope): Promise<RoutingRule[]> {
  return (await listRoutingRules(scope))
    .filter((r) => r.enabled)
    .map((r) => ({
      id: r.id,
      name: r.name,
      match: r.match,
      agentIds: r.agentIds,
      mode: r.mode,
      claimTimeoutSeconds: r.claimTimeoutSeconds,
    }));
}

type RuleInput = z.output<typeof routingRuleInput>;

/** Adds a rule; without `position` it goes last. */
export async function insertRoutingRule(
  scope: OrgScope,
  input: RuleInput,
): Promise<RoutingRuleDto> {
  const position =
    input.position ??
    ((
      await scope.tx
        .select({ max: sql<number | null>`max(${routingRules.position})` })
        .from(routingRules)
        .where(eq(routingRules.orgId, scope.org.id))
    )[0]?.max ?? -1) + 1;
  const rows = await scope.tx
    .insert(routingRules)
    .values({ ...input, position, orgId: scope.org.id })
    .returning();
  return toDto(rows[0]!);
}

/** Replaces a rule's settings. NOT_FOUND if the org has no such rule. */
export async function updateRoutingRule(
  scope: OrgScope,
  ruleId: string,
  input: RuleInput,
): Promise<RoutingRuleDto> {
  const rows = await scope.tx
    .update(routingRules)
    .set({ ...input, ...(input.position === undefined ? {} : { position: input.position }) })
    .where(and(eq(routingRules.orgId, scope.org.id), eq(routingRules.id, ruleId)))
    .returning();
  if (!rows[0]) throw notFound(ruleId);
  return toDto(rows[0]);
}

/** Deletes a rule. NOT_FOUND if the org has no such rule. */
export async function deleteRoutingRule(scope: OrgScope, ruleId: string): Promise<void> {
  const rows = await scope.tx
    .delete(routingRules)
    .where(and(eq(routingRules.orgId, scope.org.id), eq(routingRules.id, ruleId)))
    .returning({ id: routingRules.id });
  if (!rows[0]) throw notFound(ruleId);
}

const notFound = (ruleId: string) =>
  new DomainError(DomainErrorCode.NotFound, `No routing rule with id ${ruleId}.`, {
    context: { ruleId },
  });

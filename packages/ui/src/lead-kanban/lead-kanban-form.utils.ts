import type { ApiIssue } from '../lib/api-error.utils';

/*
 * Reading the kanban's forms: the API's field errors by field, and typed values in API units.
 */

/**
 * The first message per top-level field of the API's `data.issues` (`{ path: ['email'],
 * message }` → `{ email: '…' }`); issues without a path go under `''`.
 */
export function issuesByField(issues: readonly ApiIssue[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path[0] ?? '';
    byField[field] ??= issue.message;
  }
  return byField;
}

/**
 * A `datetime-local` value (`2026-03-05T14:30`, the visitor's wall clock) as an ISO 8601
 * instant in UTC (`2026-03-05T13:30:00.000Z` in Paris in winter); `null` for an empty or
 * unreadable value.
 */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** A trimmed text, or `null` when blank (optional API fields take null for "none"). */
export function textOrNull(value: string): string | null {
  const text = value.trim();
  return text === '' ? null : text;
}

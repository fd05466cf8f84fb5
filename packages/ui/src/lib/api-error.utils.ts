/** One invalid input field, as the API reports it (zod issue path + message). */
export interface ApiIssue {
  path: string[];
  message: string;
}

/** What a widget shows for a failed request: the API's own words (DESIGN rule 6). */
export interface ApiErrorDescription {
  /** The API's message, e.g. `"Your role may not do this (listings:read)."`. */
  message: string;
  /** tRPC error code such as `FORBIDDEN`, or `null` for network failures. */
  code: string | null;
  /** Domain error code (`data.domain.code`) such as `NOT_FOUND`, when the domain refused. */
  domainCode: string | null;
  /** The domain's hint for the user (`data.domain.suggestion`), when it gave one. */
  suggestion: string | null;
  /** Each bad input field (`data.issues`). */
  issues: ApiIssue[];
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * Reads a tRPC client error (or anything thrown) into {@link ApiErrorDescription}, following the
 * API's error shape: `error.message`, `error.data.code`, `error.data.issues` (path + message)
 * and `error.data.domain` (`{ code, context, suggestion }`). `fallback` is the message when the
 * error has none. Never throws.
 */
export function describeApiError(
  error: unknown,
  fallback = 'Something went wrong while loading listings.',
): ApiErrorDescription {
  const err = record(error);
  const data = record(err?.data);
  const domain = record(data?.domain);
  const issues = Array.isArray(data?.issues)
    ? data.issues.flatMap((issue): ApiIssue[] => {
        const i = record(issue);
        const message = text(i?.message);
        if (!message) return [];
        const path = Array.isArray(i?.path) ? i.path.map(String) : [];
        return [{ path, message }];
      })
    : [];
  return {
    message: text(err?.message) ?? fallback,
    code: text(data?.code),
    domainCode: text(domain?.code),
    suggestion: text(domain?.suggestion),
    issues,
  };
}

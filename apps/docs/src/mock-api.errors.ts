/*
 * Errors of the mocked API in the shape of the API's error formatter: `message`, `data.code`,
 * `data.httpStatus`, `data.issues` (each bad field) and `data.domain` (`{ code, context,
 * suggestion }` when the domain refused).
 */

/** tRPC's JSON-RPC codes for the transport codes the mock answers with. */
export const jsonRpcCodes = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
  UNPROCESSABLE_CONTENT: -32022,
  TOO_MANY_REQUESTS: -32029,
  INTERNAL_SERVER_ERROR: -32603,
} as const;

/** The domain part of an error (`data.domain`). */
export interface MockDomainError {
  code: string;
  context?: unknown;
  suggestion: string | null;
}

/** An error in the shape of the API's error formatter (`message`, `data.code`, `data.issues`). */
export class MockApiError extends Error {
  constructor(
    message: string,
    readonly code: keyof typeof jsonRpcCodes,
    readonly httpStatus: number,
    readonly issues: { path: string[]; message: string }[] | null = null,
    readonly domain: MockDomainError | null = null,
  ) {
    super(message);
  }
}

/** One zod issue, as far as the mock reads it. */
interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/**
 * The API's BAD_REQUEST for zod `issues`: one issue per bad field (`unrecognized_keys` split
 * into one per key, "<key> is not allowed here"), the message joining `path: message` pairs.
 */
export function validationError(issues: readonly ZodIssueLike[]): MockApiError {
  const fields = issues.flatMap((issue) => {
    const path = issue.path.map(String);
    return issue.code === 'unrecognized_keys'
      ? (issue.keys ?? []).map((key) => ({
          path: [...path, key],
          message: `${key} is not allowed here`,
        }))
      : [{ path, message: issue.message }];
  });
  const message = fields.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  return new MockApiError(message, 'BAD_REQUEST', 400, fields);
}

/** The tRPC response envelope (and HTTP status) of a failed call of `path`. */
export function errorEnvelope(error: unknown, path: string) {
  const e =
    error instanceof MockApiError
      ? error
      : new MockApiError(String(error), 'INTERNAL_SERVER_ERROR', 500);
  return {
    status: e.httpStatus,
    body: {
      error: {
        message: e.message,
        code: jsonRpcCodes[e.code],
        data: { code: e.code, httpStatus: e.httpStatus, path, issues: e.issues, domain: e.domain },
      },
    },
  };
}

import type { z } from 'zod';

/** One problem with a theme: the dotted token path (e.g. `light.primary`) and what is wrong. */
export interface ThemeIssue {
  path: string;
  message: string;
}

/**
 * Thrown by `defineTheme` and `createTheme` when a theme breaks the token contract.
 * `issues` lists every problem with its path; `message` repeats them one per line.
 */
export class ThemeValidationError extends Error {
  readonly code = 'INVALID_THEME';
  readonly issues: readonly ThemeIssue[];

  constructor(issues: readonly ThemeIssue[]) {
    const lines = issues.map((issue) => `  ${issue.path || '(theme)'}: ${issue.message}`);
    super(`Invalid theme:\n${lines.join('\n')}`);
    this.name = 'ThemeValidationError';
    this.issues = issues;
  }

  /** Builds the error from a zod failure, naming each issue by its dotted path. */
  static fromZod(error: z.ZodError): ThemeValidationError {
    return new ThemeValidationError(
      error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message:
          issue.code === 'unrecognized_keys'
            ? `Unknown token(s): ${issue.keys.join(', ')}`
            : issue.message,
      })),
    );
  }
}

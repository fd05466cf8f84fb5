import { DomainError, DomainErrorCode } from '@estatekit/domain';

/**
 * Why a whole file was refused before any row could be judged. Row-level problems (a bad price,
 * a short row) are never file problems: they come back as `RowError`s.
 */
export const ImportFileProblem = {
  /** The file has no header line at all. */
  EmptyFile: 'EMPTY_FILE',
  /** The header lacks columns the profile needs; `context.missing` lists every one of them. */
  MissingColumns: 'MISSING_COLUMNS',
  /** Two header cells carry the same name, so a value could not be told apart. */
  DuplicateColumns: 'DUPLICATE_COLUMNS',
  /** The CSV cannot be split into fields (unbalanced quotes…); rows after it cannot be trusted. */
  MalformedCsv: 'MALFORMED_CSV',
} as const;
export type ImportFileProblem = (typeof ImportFileProblem)[keyof typeof ImportFileProblem];

/**
 * Thrown when a file cannot be imported at all. `code` is `VALIDATION_FAILED` (the API maps it
 * to `BAD_REQUEST`); `problem` says which check failed; `context` carries the data to explain it
 * (`line`, `missing`, `found`, …) and `suggestion` what the user can do.
 */
export class ImportFileError extends DomainError {
  readonly problem: ImportFileProblem;

  constructor(
    problem: ImportFileProblem,
    message: string,
    options: { context?: Record<string, unknown>; suggestion?: string; cause?: unknown } = {},
  ) {
    super(DomainErrorCode.ValidationFailed, message, {
      ...options,
      context: { problem, ...options.context },
    });
    this.name = 'ImportFileError';
    this.problem = problem;
  }
}

import { DomainError, DomainErrorCode } from '../errors/domain-error';
import type { ValidationIssue } from '../listing/listing-update';

/**
 * `DomainError` VALIDATION_FAILED with `context.issues` (`{ path, message }[]`, the shape
 * `applyListingUpdate` uses). The message opens with `subject` ("Invalid unit names"), then
 * names the first issue and counts the rest.
 */
export function validationFailed(subject: string, issues: ValidationIssue[]): DomainError {
  const [first] = issues;
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new DomainError(
    DomainErrorCode.ValidationFailed,
    `${subject}: ${where}${first?.message ?? 'unknown problem'}${more}`,
    { context: { issues } },
  );
}

import type { ReactNode } from 'react';
import type { ApiErrorDescription } from '../lib/api-error.utils';
import { useSlotProps } from '../provider/use-slot-props';
import { delinquencyColumnIds } from './delinquency-report.utils';

/**
 * Placeholder rows while the report loads (`<tbody data-slot="delinquency-report-skeleton">`),
 * hidden from assistive technology: the table's `aria-busy` says it.
 */
export function DelinquencyReportSkeleton({ rows = 4 }: { rows?: number }) {
  const slot = useSlotProps('delinquency-report-skeleton', '', {});
  return (
    <tbody aria-hidden="true" {...slot}>
      {Array.from({ length: rows }, (_, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <tr key={r}>
          {delinquencyColumnIds.map((id) => (
            <td key={id} className="ek:delinquency-cell">
              <span className="ek:skeleton-bar" />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/** Shown instead of the table when no lease owes anything (`data-slot="delinquency-report-empty"`). */
export function DelinquencyReportEmpty({ children }: { children: ReactNode }) {
  const slot = useSlotProps('delinquency-report-empty', 'ek:message', {});
  return (
    <div {...slot}>
      <p className="ek:weight-600">{children}</p>
    </div>
  );
}

/**
 * The API's own message (`role="alert"`, `data-slot="delinquency-report-error"`, `data-code`),
 * its suggestion and the inputs it refused, with a Retry button.
 */
export function DelinquencyReportError(props: {
  error: ApiErrorDescription;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { error, retrying, onRetry } = props;
  const slot = useSlotProps('delinquency-report-error', 'ek:message', {});
  return (
    <div role="alert" {...slot} data-code={error.code ?? undefined}>
      <p className="ek:weight-600">{error.message}</p>
      {error.suggestion && <p>{error.suggestion}</p>}
      {error.issues.length > 0 && (
        <ul className="ek:issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.message}`}>
              {issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="ek:btn" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

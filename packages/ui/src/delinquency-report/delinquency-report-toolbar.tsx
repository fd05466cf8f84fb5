import type { IsoDate } from '@estatekit/domain';
import { type ChangeEvent, type RefObject, useId, useState } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { isIsoDate } from './delinquency-report-format.utils';
import type { DelinquencyExportState } from './use-delinquency-export';

/** Props of {@link DelinquencyReportToolbar}. */
export interface DelinquencyReportToolbarProps {
  asOf: IsoDate;
  onAsOfChange: (asOf: IsoDate) => void;
  exportState: DelinquencyExportState;
  onExport: () => void;
  /** Where the export's temporary download link goes. */
  containerRef: RefObject<HTMLDivElement | null>;
}

/**
 * The row above the table (`data-slot="delinquency-report-toolbar"`, `data-export`): an
 * "As of" date input (`delinquency-report-as-of-input`; a new complete date reloads the
 * report, an incomplete one waits and is marked invalid), the "Export CSV" button
 * (`delinquency-report-export`, `aria-disabled` while exporting), a polite status saying what
 * was downloaded, and the API's message when the export failed (`role="alert"`).
 */
export function DelinquencyReportToolbar(props: DelinquencyReportToolbarProps) {
  const { asOf, onAsOfChange, exportState, onExport, containerRef } = props;
  // The input's own text: a date being typed is not yet a date to load.
  const [draft, setDraft] = useState(asOf);
  const [shown, setShown] = useState(asOf);
  if (shown !== asOf) {
    setShown(asOf);
    setDraft(asOf);
  }
  const inputId = useId();
  const slot = useSlotProps(
    'delinquency-report-toolbar',
    'ek:flex ek:flex-wrap ek:items-end ek:justify-between ek:gap-3',
    {},
  );
  const field = useSlotProps('delinquency-report-as-of', 'ek:flex ek:flex-col ek:gap-1', {});
  const input = useSlotProps('delinquency-report-as-of-input', 'ek:input', {});
  const button = useSlotProps('delinquency-report-export', 'ek:btn', {});
  const status = useSlotProps(
    'delinquency-report-export-status',
    'ek:text-muted-foreground ek:hint',
    {},
  );
  const alert = useSlotProps('delinquency-report-export-error', 'ek:form-error ek:w-full', {});
  const exporting = exportState.status === 'exporting';
  const invalid = draft !== '' && !isIsoDate(draft);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setDraft(value);
    if (isIsoDate(value)) onAsOfChange(value);
  };

  return (
    <div {...slot} ref={containerRef} data-export={exportState.status}>
      <div {...field}>
        <label htmlFor={inputId} className="ek:label">
          As of
        </label>
        <input
          {...input}
          id={inputId}
          type="date"
          value={draft}
          aria-invalid={invalid || undefined}
          onChange={onChange}
        />
      </div>
      <div className="ek:flex ek:flex-wrap ek:items-center ek:gap-3">
        <p {...status} role="status" aria-live="polite">
          {exporting
            ? 'Exporting the CSV…'
            : exportState.status === 'done'
              ? `Downloaded ${exportState.fileName}.`
              : ''}
        </p>
        <button
          type="button"
          {...button}
          aria-disabled={exporting || undefined}
          onClick={() => {
            if (!exporting) onExport();
          }}
        >
          {exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {exportState.status === 'error' && (
        <div role="alert" {...alert} data-code={exportState.error.code ?? undefined}>
          <p>The CSV could not be exported. {exportState.error.message}</p>
        </div>
      )}
    </div>
  );
}

import type { IsoDate } from '@estatekit/domain';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { type ApiErrorDescription, describeApiError } from '../lib/api-error.utils';
import { saveApiFile } from '../lib/api-file.utils';
import { useEstateKitSettings } from '../provider/estatekit-context';

/** Where a CSV export stands; `data-export` on the toolbar. */
export type DelinquencyExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'done'; fileName: string }
  | { status: 'error'; error: ApiErrorDescription };

/** The `reports.delinquency` / `reports.delinquencyCsv` input. */
export interface DelinquencyReportInput {
  /** Absent: the org's today. */
  asOf?: IsoDate;
  buildingId?: string;
}

/**
 * Exports the report as CSV: `run(input)` calls `reports.delinquencyCsv` with the report's own
 * input and saves the file (`delinquency-<asOf>.csv`) through a temporary link inside
 * `containerRef`. One export at a time; a failure keeps the API's message for the toolbar.
 */
export function useDelinquencyExport(containerRef: RefObject<HTMLElement | null>) {
  // The vanilla client: a one-off download needs no cache.
  const { client } = useEstateKitSettings();
  const [state, setState] = useState<DelinquencyExportState>({ status: 'idle' });
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = (input: DelinquencyReportInput) => {
    if (running.current) return;
    running.current = true;
    setState({ status: 'exporting' });
    client.reports.delinquencyCsv
      .query(input)
      .then(
        (file) => {
          const container = containerRef.current;
          if (!mounted.current || !container) return;
          try {
            const name = saveApiFile(file, container, `delinquency-${input.asOf ?? 'today'}.csv`);
            setState({ status: 'done', fileName: name });
          } catch (error) {
            setState({
              status: 'error',
              error: describeApiError(error, 'The browser could not save the file.'),
            });
          }
        },
        (error: unknown) => {
          if (!mounted.current) return;
          setState({
            status: 'error',
            error: describeApiError(error, 'The delinquency report could not be exported.'),
          });
        },
      )
      .finally(() => {
        running.current = false;
      });
  };

  return { state, run };
}

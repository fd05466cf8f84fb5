export { DelinquencyReport, type DelinquencyReportProps } from './delinquency-report';
export {
  type DelinquencyColumnId,
  type DelinquencyColumnSpec,
  type DelinquencyReportData,
  type DelinquencyReportRow,
  type DelinquencyReportTotal,
  type DelinquencySort,
  defaultDelinquencySort,
  delinquencyColumnIds,
  delinquencyColumns,
  oldestBucket,
  sortDelinquencyRows,
} from './delinquency-report.utils';
export {
  createDelinquencyFormatters,
  type DelinquencyFormatters,
  isIsoDate,
  leaseStatusLabel,
  leaseStatusLabels,
} from './delinquency-report-format.utils';
export type { DelinquencyExportState } from './use-delinquency-export';

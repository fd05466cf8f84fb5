export { DelinquencyReport, type DelinquencyReportProps } from './delinquency-report';
export {
  agingTokenByBucket,
  type DelinquencyColumnId,
  type DelinquencyColumnSpec,
  type DelinquencyReportData,
  type DelinquencyReportRow,
  type DelinquencyReportTotal,
  type DelinquencySort,
  defaultDelinquencySort,
  delinquencyBuckets,
  delinquencyColumnIds,
  delinquencyColumns,
  oldestBucket,
  sortDelinquencyRows,
} from './delinquency-report.utils';
export { type ReportFile, reportFileBlob } from './delinquency-report-download.utils';
export {
  createDelinquencyFormatters,
  type DelinquencyFormatters,
  isIsoDate,
  leaseStatusLabel,
  leaseStatusLabels,
} from './delinquency-report-format.utils';
export type { DelinquencyExportState } from './use-delinquency-export';

import type { AgingBucket } from '@estatekit/domain/format';

/*
 * How the ledger widgets name and colour receivables aging buckets (days past due), so a
 * LedgerView's summary and a DelinquencyReport's columns read alike.
 */

/** Labels of the aging buckets (days past due, DESIGN "aging buckets"). */
export const agingBucketLabels: Record<AgingBucket, string> = {
  current: 'Current',
  days1to30: '1–30 days',
  days31to60: '31–60 days',
  days61to90: '61–90 days',
  days90plus: '90+ days',
};

/**
 * The theme colour of each aging bucket as a CSS value: the tokens `aging-current`, `aging-30`
 * (1–30 days), `aging-60` (31–60) and `aging-90` (61 days and over, so both oldest buckets).
 */
export const agingColorVariables: Record<AgingBucket, string> = {
  current: 'var(--ek-aging-current)',
  days1to30: 'var(--ek-aging-30)',
  days31to60: 'var(--ek-aging-60)',
  days61to90: 'var(--ek-aging-90)',
  days90plus: 'var(--ek-aging-90)',
};

import { agingBuckets } from '@estatekit/domain/format';
import { type ComponentProps, type CSSProperties, useId } from 'react';
import { agingBucketLabels, agingColorVariables } from '../lib/aging';
import { useSlotProps } from '../provider/use-slot-props';
import { useLedgerView } from './ledger-view-context';

/** A bucket's share of the total as a CSS percentage (display only; money stays integer). */
const share = (amountMinor: number, totalMinor: number) =>
  totalMinor > 0 ? `${Math.round((amountMinor * 1000) / totalMinor) / 10}%` : '0%';

/**
 * Balance and aging of the lease shown, as of the org's today (`summary.asOf`)
 * (`data-slot="ledger-view-summary"`, a region named "Balance and aging"): balance (Σ charges
 * − Σ allocations, `data-tone="charge"` when owed), due now, unapplied credit and deposit held
 * (`ledger-view-balance`), then the open amounts due by days past due: current, 1–30, 31–60,
 * 61–90 and over 90 days (`ledger-view-aging`; each `ledger-view-aging-bucket` carries
 * `data-bucket` and its theme colour as `--ek-aging-color`), with a proportional bar. In tenant
 * mode with several leases, the tenant's totals per currency follow.
 */
export function LedgerViewSummary(props: ComponentProps<'section'>) {
  const { statement, tenantLedgers, formatters, currency } = useLedgerView();
  const agingId = useId();
  const slot = useSlotProps('ledger-view-summary', 'ek:ledger-summary', props);
  const balance = useSlotProps('ledger-view-balance', 'ek:ledger-figures', {});
  const aging = useSlotProps('ledger-view-aging', 'ek:ledger-aging', {});
  const bucketSlot = useSlotProps('ledger-view-aging-bucket', 'ek:ledger-aging-bucket', {});
  if (!statement) return null;
  const { summary } = statement;
  const money = (amountMinor: number) => formatters.money(amountMinor, currency);
  const figures = [
    { key: 'balance', label: 'Balance', value: summary.balanceMinor },
    { key: 'due', label: 'Due now', value: summary.dueMinor },
    { key: 'credit', label: 'Unapplied credit', value: summary.unappliedCreditMinor },
    { key: 'deposit', label: 'Deposit held', value: summary.depositHeldMinor },
  ];
  const totals = (tenantLedgers?.leases.length ?? 0) > 1 ? (tenantLedgers?.totals ?? []) : [];
  return (
    <section aria-label="Balance and aging" {...slot}>
      <dl {...balance}>
        {figures.map((figure) => (
          <div
            key={figure.key}
            className="ek:ledger-figure"
            data-figure={figure.key}
            data-tone={
              figure.value > 0
                ? figure.key === 'credit' || figure.key === 'deposit'
                  ? 'payment'
                  : 'charge'
                : undefined
            }
          >
            <dt className="ek:label">{figure.label}</dt>
            <dd className="ek:ledger-figure-value">{money(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <div {...aging}>
        <p id={agingId} className="ek:label">
          Aging as of {formatters.date(summary.asOf)}
        </p>
        <div className="ek:ledger-aging-bar" aria-hidden="true">
          {agingBuckets.map((bucket) => (
            <span
              key={bucket}
              data-bucket={bucket}
              style={
                {
                  '--ek-aging-color': agingColorVariables[bucket],
                  width: share(summary.aging[bucket], summary.aging.totalMinor),
                } as CSSProperties
              }
            />
          ))}
        </div>
        <dl className="ek:ledger-aging-list">
          {agingBuckets.map((bucket) => (
            <div
              key={bucket}
              {...bucketSlot}
              data-bucket={bucket}
              data-empty={summary.aging[bucket] === 0 || undefined}
              style={{ '--ek-aging-color': agingColorVariables[bucket] } as CSSProperties}
            >
              <dt>{agingBucketLabels[bucket]}</dt>
              <dd className="ek:tabular">{money(summary.aging[bucket])}</dd>
            </div>
          ))}
        </dl>
      </div>
      {totals.length > 0 && (
        <p className="ek:text-muted-foreground">
          All leases of this tenant:{' '}
          {totals
            .map(
              (t) =>
                `${formatters.money(t.balanceMinor, t.currency)} balance, ${formatters.money(t.unappliedCreditMinor, t.currency)} credit`,
            )
            .join('; ')}
        </p>
      )}
    </section>
  );
}

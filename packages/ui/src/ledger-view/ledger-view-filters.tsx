import { type ChargeType, chargeTypes } from '@estatekit/domain/format';
import { type ComponentProps, type FormEvent, useEffect, useId, useState } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { useDisclosure } from '../lib/use-disclosure';
import { useSlotProps } from '../provider/use-slot-props';
import { chargeTypeLabels, hasFilters, periodProblem } from './ledger-format.utils';
import { useLedgerView } from './ledger-view-context';

/** A labelled date input of the filter bar (`data-slot="ledger-view-filter-field"`). */
function DateField(props: {
  label: string;
  value: string;
  error?: string | null | undefined;
  onValueChange: (value: string) => void;
}) {
  const id = useId();
  const field = useSlotProps('ledger-view-filter-field', 'ek:flex ek:flex-col ek:gap-1', {});
  return (
    <div {...field} data-invalid={props.error ? '' : undefined}>
      <label htmlFor={id} className="ek:label">
        {props.label}
      </label>
      <input
        id={id}
        type="date"
        className="ek:input ek:ledger-date-input"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onValueChange(event.currentTarget.value)}
      />
      {props.error && (
        <p id={`${id}-error`} className="ek:error-text">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Line types: a disclosure button ("Line types · 2 selected") over a group of checkboxes. */
function LineTypeFilter(props: {
  value: readonly ChargeType[];
  onValueChange: (value: ChargeType[]) => void;
}) {
  const { triggerProps, contentProps } = useDisclosure();
  const legendId = useId();
  const slot = useSlotProps(
    'ledger-view-filter-types',
    'ek:relative ek:flex ek:flex-col ek:gap-1',
    {},
  );
  const count = props.value.length;
  return (
    <div {...slot}>
      <span id={legendId} className="ek:label">
        Line types
      </span>
      <button
        {...triggerProps}
        aria-labelledby={`${legendId} ${contentProps.id}-summary`}
        className="ek:btn"
      >
        <span id={`${contentProps.id}-summary`}>{count === 0 ? 'All' : `${count} selected`}</span>
      </button>
      <fieldset
        {...contentProps}
        aria-labelledby={legendId}
        className="ek:popover ek:absolute ek:start-0 ek:top-full ek:z-20 ek:mt-1 ek:grid ek:gap-1"
      >
        {chargeTypes.map((type) => (
          <label key={type} className="ek:check">
            <input
              type="checkbox"
              checked={props.value.includes(type)}
              onChange={(event) =>
                props.onValueChange(
                  event.currentTarget.checked
                    ? [...props.value, type]
                    : props.value.filter((t) => t !== type),
                )
              }
            />
            {chargeTypeLabels[type]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/**
 * The filter bar (`data-slot="ledger-view-filters"`, a `role="search"` form): a period (ISO
 * dates from/to, inclusive) and line types (charge types; payments always show), applied as
 * soon as they change and sent to `ledger.forLease`. A period whose end is before its start is
 * marked `aria-invalid` with the reason and not applied. "Clear filters" shows everything.
 */
export function LedgerViewFilterBar({ onSubmit, onReset, ...props }: ComponentProps<'form'>) {
  const { filters, setFilters, statement } = useLedgerView();
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');
  // Filters changed from outside (controlled prop, "Clear filters" in the empty state): show them.
  useEffect(() => {
    setFrom(filters.from ?? '');
    setTo(filters.to ?? '');
  }, [filters.from, filters.to]);
  const problem = periodProblem(from, to);
  const applyPeriod = (nextFrom: string, nextTo: string) => {
    if (periodProblem(nextFrom, nextTo)) return;
    setFilters({ ...filters, from: nextFrom || undefined, to: nextTo || undefined });
  };
  const slot = useSlotProps(
    'ledger-view-filters',
    'ek:flex ek:flex-wrap ek:items-end ek:gap-3',
    props,
  );
  const clear = useSlotProps('ledger-view-filter-clear', 'ek:btn-ghost', {});
  if (!statement) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not a landmark in Safari < 17 or Firefox < 118; role="search" on a form is.
    <form
      role="search"
      aria-label="Filter ledger entries"
      {...slot}
      onSubmit={composeEventHandlers(onSubmit, (event: FormEvent) => {
        event.preventDefault();
        applyPeriod(from, to);
      })}
      onReset={composeEventHandlers(onReset, (event: FormEvent) => {
        event.preventDefault();
        setFrom('');
        setTo('');
        setFilters({});
      })}
    >
      <DateField
        label="From"
        value={from}
        onValueChange={(value) => {
          setFrom(value);
          applyPeriod(value, to);
        }}
      />
      <DateField
        label="To"
        value={to}
        error={problem}
        onValueChange={(value) => {
          setTo(value);
          applyPeriod(from, value);
        }}
      />
      <LineTypeFilter
        value={filters.chargeTypes ?? []}
        onValueChange={(chargeTypes) => setFilters({ ...filters, chargeTypes })}
      />
      <button type="reset" {...clear} data-active={hasFilters(filters) || undefined}>
        Clear filters
      </button>
    </form>
  );
}

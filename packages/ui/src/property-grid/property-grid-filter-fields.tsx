import { standardStatuses } from '@estatekit/domain/format';
import { type ComponentProps, useId } from 'react';
import { useDisclosure } from '../lib/use-disclosure';
import { useSlotProps } from '../provider/use-slot-props';
import { statusLabel } from './listing-labels.utils';

interface FilterInputProps extends Omit<ComponentProps<'input'>, 'value' | 'onChange'> {
  label: string;
  value: string;
  /** Why the value was left out of the search; shown under the input and linked to it. */
  error?: string | undefined;
  onValueChange: (value: string) => void;
  /** Enter or leaving the field: search now instead of waiting for the debounce. */
  onCommit: () => void;
}

/** A labelled text input of the filter bar (`data-slot="property-grid-filter-field"`). */
export function FilterInput({
  label,
  value,
  error,
  onValueChange,
  onCommit,
  ...props
}: FilterInputProps) {
  const id = useId();
  const field = useSlotProps('property-grid-filter-field', 'ek:flex ek:flex-col ek:gap-1', {});
  const input = useSlotProps('property-grid-filter-input', 'ek:input', props);
  return (
    <div {...field} data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className="ek:label">
        {label}
      </label>
      <input
        type="text"
        autoComplete="off"
        {...input}
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onValueChange(event.currentTarget.value)}
        onBlur={onCommit}
      />
      {error && (
        <p id={`${id}-error`} className="ek:error-text">
          {error}
        </p>
      )}
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onValueChange: (value: string) => void;
}

/** A labelled single choice with an "Any" first option (empty value). */
export function FilterSelect({ label, value, options, onValueChange }: FilterSelectProps) {
  const id = useId();
  const field = useSlotProps('property-grid-filter-field', 'ek:flex ek:flex-col ek:gap-1', {});
  return (
    <div {...field}>
      <label htmlFor={id} className="ek:label">
        {label}
      </label>
      <select
        id={id}
        className="ek:input"
        value={value}
        onChange={(event) => onValueChange(event.currentTarget.value)}
      >
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Status multi-select: a disclosure button ("Status · 2") over a group of checkboxes. */
export function StatusFilter(props: { value: string[]; onValueChange: (value: string[]) => void }) {
  const { triggerProps, contentProps } = useDisclosure();
  const legendId = useId();
  const slot = useSlotProps(
    'property-grid-filter-status',
    'ek:relative ek:flex ek:flex-col ek:gap-1',
    {},
  );
  const count = props.value.length;
  return (
    <div {...slot}>
      <span id={legendId} className="ek:label">
        Status
      </span>
      <button
        {...triggerProps}
        aria-labelledby={`${legendId} ${contentProps.id}-summary`}
        className="ek:btn"
      >
        <span id={`${contentProps.id}-summary`}>{count === 0 ? 'Any' : `${count} selected`}</span>
      </button>
      <fieldset
        {...contentProps}
        aria-labelledby={legendId}
        className="ek:popover ek:absolute ek:start-0 ek:top-full ek:z-20 ek:mt-1 ek:grid ek:gap-1"
      >
        {standardStatuses.map((status) => (
          <label key={status} className="ek:check">
            <input
              type="checkbox"
              checked={props.value.includes(status)}
              onChange={(event) =>
                props.onValueChange(
                  event.currentTarget.checked
                    ? [...props.value, status]
                    : props.value.filter((s) => s !== status),
                )
              }
            />
            {statusLabel(status)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

import { type ReactNode, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';

/** What a field's control must carry to be labelled and described. */
export interface LedgerFieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled form field of the ledger's dialogs (`data-slot="ledger-view-field"`,
 * `data-invalid` when it has an error): the label, the control `children` renders with the ids
 * it is given, a hint, and the error linked by `aria-describedby`.
 */
export function LedgerViewField(props: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: LedgerFieldControlProps) => ReactNode;
}) {
  const id = useId();
  const slot = useSlotProps('ledger-view-field', 'ek:flex ek:flex-col ek:gap-1', {
    className: props.className,
  });
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean);
  return (
    <div {...slot} data-invalid={props.error ? '' : undefined}>
      <label htmlFor={id} className="ek:label">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
      })}
      {props.hint && (
        <p id={hintId} className="ek:hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="ek:form-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

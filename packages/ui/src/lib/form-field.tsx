import { type ReactNode, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import type { EstateKitSlot } from './slots';

/** What a field's control must carry to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  label: ReactNode;
  /** A line under the control, linked by `aria-describedby`. */
  hint?: ReactNode;
  /** The field's error (e.g. the API's message for it), linked by `aria-describedby`. */
  error?: string | undefined;
  className?: string;
  /** Renders the control with the ids it is given. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field of a widget's dialogs (`data-slot={slot}`, `data-invalid` when it has an
 * error): the label, the control `children` renders, a hint, and the error, both linked to the
 * control by `aria-describedby`.
 */
export function FormField(props: FormFieldProps & { slot: EstateKitSlot }) {
  const id = useId();
  const slot = useSlotProps(props.slot, 'ek:flex ek:flex-col ek:gap-1', {
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

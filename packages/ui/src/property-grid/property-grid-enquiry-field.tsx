import { type ReactNode, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';

/** What a field's control must carry to be labelled and described. */
export interface EnquiryControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled field of the enquiry form (`data-slot="property-grid-enquiry-field"`, `data-invalid`
 * when it has an error): the label, the control `children` renders with the ids it is given, an
 * optional hint and the error (the form's or the API's message for the field), both linked to
 * the control by `aria-describedby`. `describedBy` adds ids of text shared by several fields.
 */
export function PropertyGridEnquiryField(props: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  describedBy?: string;
  className?: string;
  children: (control: EnquiryControlProps) => ReactNode;
}) {
  const id = useId();
  const slot = useSlotProps('property-grid-enquiry-field', 'ek:flex ek:flex-col ek:gap-1', {
    className: props.className,
  });
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [
    props.error ? errorId : null,
    props.hint ? hintId : null,
    props.describedBy ?? null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div {...slot} data-invalid={props.error ? '' : undefined}>
      <label htmlFor={id} className="ek:label">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy || undefined,
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

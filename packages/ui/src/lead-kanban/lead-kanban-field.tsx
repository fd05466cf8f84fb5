import { type ReactNode, useId } from 'react';
import { useSlotProps } from '../provider/use-slot-props';

/** What a field's control must carry to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled form field of the kanban's dialogs (`data-slot="lead-kanban-field"`,
 * `data-invalid` when it has an error): the label, the control `children` renders with the ids
 * it is given, and the error (the API's message for that field) linked by `aria-describedby`.
 */
export function LeadKanbanField(props: {
  label: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const slot = useSlotProps('lead-kanban-field', 'ek:flex ek:flex-col ek:gap-1', {
    className: props.className,
  });
  const errorId = `${id}-error`;
  return (
    <div {...slot} data-invalid={props.error ? '' : undefined}>
      <label htmlFor={id} className="ek:label">
        {props.label}
      </label>
      {props.children({
        id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': props.error ? errorId : undefined,
      })}
      {props.error && (
        <p id={errorId} className="ek:form-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

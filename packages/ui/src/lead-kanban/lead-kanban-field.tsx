import { FormField, type FormFieldProps } from '../lib/form-field';

/**
 * A labelled form field of the kanban's dialogs (`data-slot="lead-kanban-field"`): a
 * {@link FormField} with the label, the control and the error (the API's message for that field).
 */
export function LeadKanbanField(props: FormFieldProps) {
  return <FormField {...props} slot="lead-kanban-field" />;
}

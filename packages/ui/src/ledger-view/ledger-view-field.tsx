import { FormField, type FormFieldProps } from '../lib/form-field';

/**
 * A labelled form field of the ledger's dialogs (`data-slot="ledger-view-field"`): a
 * {@link FormField} with the label, the control, a hint and the error.
 */
export function LedgerViewField(props: FormFieldProps) {
  return <FormField {...props} slot="ledger-view-field" />;
}

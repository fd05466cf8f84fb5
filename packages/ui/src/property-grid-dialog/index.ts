/**
 * `@estatekit/ui/property-grid-dialog`: the PropertyGrid detail dialog and the status history
 * it shows, loaded with the page. `@estatekit/ui/property-grid` exports parts of the same names
 * that download this module (and Radix Dialog with it) only when a row is first activated or
 * the user shows intent; import from here when you compose your own detail view and want it
 * without that first download, e.g. a dialog that is open on load. The visitor's enquiry form
 * (`leads.capture`) and its rules are here too, with the dialog that offers them.
 */
export { PropertyGridDetailDialog } from '../property-grid/property-grid-detail-dialog';
export {
  buildEnquiryInput,
  createIdempotencyKey,
  describeEnquiryFailure,
  type EnquiryAttempt,
  type EnquiryDraft,
  type EnquiryErrors,
  type EnquiryFailure,
  type EnquiryField,
  type EnquiryInput,
  type EnquiryKind,
  enquiryKinds,
  nextEnquiryAttempt,
  validateEnquiry,
} from '../property-grid/property-grid-enquiry.utils';
export { PropertyGridEnquiryActions } from '../property-grid/property-grid-enquiry-actions';
export {
  PropertyGridEnquiryForm,
  type PropertyGridEnquiryFormProps,
} from '../property-grid/property-grid-enquiry-form';
export { PropertyGridHistory } from '../property-grid/property-grid-history';

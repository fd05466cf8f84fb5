/**
 * `@estatekit/ui/property-grid-dialog`: the PropertyGrid detail dialog and the status history
 * it shows, loaded with the page. `@estatekit/ui/property-grid` exports parts of the same names
 * that download this module (and Radix Dialog with it) only when a row is first activated or
 * the user shows intent; import from here when you compose your own detail view and want it
 * without that first download, e.g. a dialog that is open on load.
 */
export { PropertyGridDetailDialog } from '../property-grid/property-grid-detail-dialog';
export { PropertyGridHistory } from '../property-grid/property-grid-history';

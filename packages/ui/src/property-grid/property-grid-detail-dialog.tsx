import * as Dialog from '@radix-ui/react-dialog';
import type { ComponentProps } from 'react';
import { composeEventHandlers } from '../lib/compose-event-handlers';
import { EstateKitRoot } from '../provider/estatekit-root';
import { useSlotProps } from '../provider/use-slot-props';
import { PropertyGridStatusBadge } from './property-grid-cells';
import { usePropertyGrid } from './property-grid-context';
import { PropertyGridDetailBody } from './property-grid-detail-body';

/**
 * The detail dialog of the activated row (Radix Dialog: `role="dialog"`, modal, focus trapped,
 * Escape or "Close" returns focus to the cell that opened it). Its title names the listing
 * ("Listing MLS-1042"); it lists the listing's attributes formatted for the locale and its
 * status history from `properties.history`, and, unless the grid's `enquiries` is `false`,
 * offers "Request info" and "Book a viewing": each opens a form in the dialog
 * (`PropertyGridEnquiryForm`) that sends the visitor's enquiry to `leads.capture` and shows the
 * reference it answers with. Rendered in a portal inside its own themed root, so it keeps the
 * widget's theme outside the grid's DOM. Props go to the dialog content.
 *
 * This is the eager part, exported from `@estatekit/ui/property-grid-dialog`. The
 * `PropertyGridDetailDialog` of `@estatekit/ui/property-grid` (also the default grid's) is a
 * wrapper that downloads this module only when needed, so Radix Dialog stays out of the grid's
 * first load; exporting this one statically from the grid entry would put it back.
 */
export function PropertyGridDetailDialog({
  onCloseAutoFocus,
  ...props
}: ComponentProps<typeof Dialog.Content>) {
  const { activeListing: listing, closeListing, restoreFocus } = usePropertyGrid();
  const slot = useSlotProps('property-grid-detail-dialog', 'ek:dialog', props);
  const overlay = useSlotProps('property-grid-detail-overlay', 'ek:overlay', {});
  const title = useSlotProps('property-grid-detail-title', 'ek:dialog-title', {});
  return (
    <Dialog.Root
      open={listing !== null}
      onOpenChange={(open) => (open ? undefined : closeListing())}
    >
      <Dialog.Portal>
        {listing && (
          <EstateKitRoot className="ek-portal">
            <Dialog.Overlay {...overlay} />
            <Dialog.Content
              {...slot}
              data-status={listing.standardStatus}
              onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event: Event) => {
                event.preventDefault();
                restoreFocus();
              })}
            >
              <div className="ek:flex ek:items-start ek:justify-between ek:gap-3">
                <div className="ek:flex ek:flex-col ek:gap-1">
                  <Dialog.Title {...title}>Listing {listing.listingId}</Dialog.Title>
                  <Dialog.Description className="ek:text-muted-foreground">
                    {[listing.unparsedAddress, listing.city, listing.postalCode]
                      .filter(Boolean)
                      .join(', ') || 'No address on record'}
                  </Dialog.Description>
                </div>
                <PropertyGridStatusBadge status={listing.standardStatus} />
              </div>
              <PropertyGridDetailBody key={listing.listingKey} listing={listing} />
            </Dialog.Content>
          </EstateKitRoot>
        )}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

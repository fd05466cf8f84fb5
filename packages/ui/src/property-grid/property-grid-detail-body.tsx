import type { Listing } from '@estatekit/domain';
import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { NotAvailable } from './property-grid-cells';
import { usePropertyGrid } from './property-grid-context';
import { listingAttributes } from './property-grid-detail.utils';
import type { EnquiryKind } from './property-grid-enquiry.utils';
import { PropertyGridEnquiryActions } from './property-grid-enquiry-actions';
import { PropertyGridEnquiryForm } from './property-grid-enquiry-form';
import { PropertyGridHistory } from './property-grid-history';

/** Which step the dialog shows: the listing, or the form of an enquiry about it. */
interface Step {
  enquiry: EnquiryKind | null;
  /** The enquiry just left, whose button takes focus back. */
  returnedFrom: EnquiryKind | null;
}

/**
 * The detail dialog's body for `listing`: its attributes, remarks and status history with
 * "Request info", "Book a viewing" (unless the grid's `enquiries` is off) and "Close"; choosing
 * an enquiry replaces them with its form (first field focused) until "Back to listing" (focus
 * returns to the button that opened it). Render it keyed by the listing so each one starts on
 * its details.
 */
export function PropertyGridDetailBody({ listing }: { listing: Listing }) {
  const { formatters, enquiries } = usePropertyGrid();
  const [step, setStep] = useState<Step>({ enquiry: null, returnedFrom: null });
  const attributes = useSlotProps('property-grid-detail-attributes', 'ek:attributes', {});
  if (step.enquiry) {
    const kind = step.enquiry;
    return (
      <PropertyGridEnquiryForm
        listing={listing}
        kind={kind}
        onBack={() => setStep({ enquiry: null, returnedFrom: kind })}
      />
    );
  }
  return (
    <>
      <dl {...attributes}>
        {listingAttributes(listing, formatters).map((attribute) => (
          <div key={attribute.key} className="ek:attribute">
            <dt className="ek:text-muted-foreground">{attribute.label}</dt>
            <dd>{attribute.value ?? <NotAvailable />}</dd>
          </div>
        ))}
      </dl>
      {listing.publicRemarks && <p className="ek:remarks">{listing.publicRemarks}</p>}
      <PropertyGridHistory listingKey={listing.listingKey} />
      <div
        className={
          enquiries
            ? 'ek:flex ek:flex-wrap ek:items-center ek:justify-between ek:gap-2'
            : 'ek:flex ek:justify-end'
        }
      >
        {enquiries && (
          <PropertyGridEnquiryActions
            focusKind={step.returnedFrom}
            onChoose={(kind) => setStep({ enquiry: kind, returnedFrom: null })}
          />
        )}
        <Dialog.Close className="ek:btn">Close</Dialog.Close>
      </div>
    </>
  );
}

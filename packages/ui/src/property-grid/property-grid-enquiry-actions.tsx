import { useEffect, useRef } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import type { EnquiryKind } from './property-grid-enquiry.utils';

const labels: Record<EnquiryKind, string> = {
  request_info: 'Request info',
  book_viewing: 'Book a viewing',
};

/**
 * "Request info" and "Book a viewing" (`data-slot="property-grid-enquiry-actions"`, each button
 * `data-slot="property-grid-enquiry-trigger"` with `data-kind`): `onChoose` gets the kind.
 * `focusKind` focuses that button when the actions appear (returning from its form).
 */
export function PropertyGridEnquiryActions(props: {
  onChoose: (kind: EnquiryKind) => void;
  focusKind?: EnquiryKind | null;
}) {
  const { onChoose, focusKind = null } = props;
  const refs = useRef<Partial<Record<EnquiryKind, HTMLButtonElement | null>>>({});
  const slot = useSlotProps('property-grid-enquiry-actions', 'ek:flex ek:flex-wrap ek:gap-2', {});
  const trigger = useSlotProps('property-grid-enquiry-trigger', 'ek:btn ek:btn-primary', {});
  useEffect(() => {
    if (focusKind) refs.current[focusKind]?.focus();
  }, [focusKind]);
  return (
    <div {...slot}>
      {(Object.keys(labels) as EnquiryKind[]).map((kind) => (
        <button
          key={kind}
          type="button"
          {...trigger}
          data-kind={kind}
          ref={(element) => {
            refs.current[kind] = element;
          }}
          onClick={() => onChoose(kind)}
        >
          {labels[kind]}
        </button>
      ))}
    </div>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useSlotProps } from '../provider/use-slot-props';
import { usePropertyGrid } from './property-grid-context';

/**
 * The thank-you after `leads.capture` answered (`data-slot="property-grid-enquiry-sent"`): the
 * reference to quote (`reference`, e.g. `L-3F2A9C1B`) and, for a viewing, the requested time
 * (`viewingAt`, an ISO instant) in the visitor's locale and time zone. Takes focus when it
 * appears, so screen readers announce it. `onBack` adds "Back to listing".
 */
export function PropertyGridEnquirySent(props: {
  reference: string;
  viewingAt?: string | undefined;
  onBack?: (() => void) | undefined;
}) {
  const { formatters } = usePropertyGrid();
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const textId = useId();
  const slot = useSlotProps('property-grid-enquiry-sent', 'ek:enquiry-sent', {});
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      {...slot}
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-describedby={textId}
    >
      <h3 id={headingId} className="ek:weight-600">
        Thank you, your enquiry was received
      </h3>
      <p id={textId}>
        {props.viewingAt
          ? `You asked to view on ${formatters.dateTime(props.viewingAt)}; we will confirm the time with you. `
          : 'We will get back to you soon. '}
        Your reference is <strong className="ek:tabular">{props.reference}</strong>.
      </p>
      {props.onBack && (
        <div className="ek:flex ek:justify-end">
          <button type="button" className="ek:btn" onClick={props.onBack}>
            Back to listing
          </button>
        </div>
      )}
    </section>
  );
}

import type { Listing } from '@estatekit/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { describeApiError } from '../lib/api-error.utils';
import { useEstateKitSettings } from '../provider/estatekit-context';
import { useSlotProps } from '../provider/use-slot-props';
import {
  buildEnquiryInput,
  describeEnquiryFailure,
  type EnquiryAttempt,
  type EnquiryDraft,
  type EnquiryErrors,
  type EnquiryKind,
  nextEnquiryAttempt,
  toLocalDateTimeValue,
  validateEnquiry,
} from './property-grid-enquiry.utils';
import { PropertyGridEnquiryField } from './property-grid-enquiry-field';
import { PropertyGridEnquirySent } from './property-grid-enquiry-sent';

/** Props of {@link PropertyGridEnquiryForm}. */
export interface PropertyGridEnquiryFormProps {
  /** The listing asked about; its `listingKey` is sent as `linkedListingKeys`. */
  listing: Listing;
  kind: EnquiryKind;
  /** "Back to listing": shown when given (the detail dialog returns to the listing). */
  onBack?: () => void;
  className?: string;
}

const copy = {
  request_info: { heading: 'Request information', submit: 'Send request' },
  book_viewing: { heading: 'Book a viewing', submit: 'Request viewing' },
} as const;

const readDraft = (form: HTMLFormElement): EnquiryDraft => {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return {
    fullName: value('fullName'),
    email: value('email'),
    phone: value('phone'),
    message: value('message'),
    preferredViewingAt: value('preferredViewingAt'),
    website: value('website'),
  };
};

/**
 * A visitor's enquiry about `listing` (`data-slot="property-grid-enquiry-form"`, `data-kind`,
 * `data-state="editing|submitting|error|sent"`), sent to the API's public web form
 * `leads.capture` with the publishable key: name, email and/or phone, a message and, to book a
 * viewing, a date and time in the visitor's time zone (sent as a UTC instant). Checked before
 * sending (`validateEnquiry`); the API's field errors (`data.issues`) appear under their fields
 * and focus moves to the first; TOO_MANY_REQUESTS asks to try again in a minute. Each sending
 * carries an idempotency key that a retry of the same input reuses, so a double click or a
 * retry after a lost answer never creates two leads. A visually hidden, unfocusable honeypot
 * (`website`) is sent as typed (bots fill it). On success it thanks the visitor with the
 * API's reference (`data-slot="property-grid-enquiry-sent"`, focused). Use inside `<PropertyGrid>`.
 */
export function PropertyGridEnquiryForm({
  listing,
  kind,
  onBack,
  className,
}: PropertyGridEnquiryFormProps) {
  // The vanilla client, not TanStack's useMutation: a one-off submission needs no cache, and
  // under esbuild's file-level code splitting useMutation's observer would join the grid's
  // first load (react-query's index is shared with it), not stay in this on-demand chunk.
  const { client } = useEstateKitSettings();
  const [errors, setErrors] = useState<EnquiryErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<{ reference: string; viewingAt?: string | undefined } | null>(
    null,
  );
  const attempt = useRef<EnquiryAttempt | null>(null);
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), contact: useId(), honeypot: useId() };
  const state = pending ? 'submitting' : sent ? 'sent' : failure ? 'error' : 'editing';
  const slot = useSlotProps('property-grid-enquiry-form', 'ek:enquiry', { className });
  const submitSlot = useSlotProps('property-grid-enquiry-submit', 'ek:btn ek:btn-primary', {});
  const alertSlot = useSlotProps('property-grid-enquiry-error', 'ek:form-error ek:form-wide', {});

  useEffect(() => firstFieldRef.current?.focus(), []);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const draft = readDraft(event.currentTarget);
    const local = validateEnquiry(kind, draft, new Date());
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setFailure('Check the highlighted fields.');
      return;
    }
    const input = buildEnquiryInput(kind, draft, listing.listingKey);
    attempt.current = nextEnquiryAttempt(attempt.current, input);
    sending.current = true;
    setPending(true);
    setErrors({});
    setFailure(null);
    client.leads.capture
      .mutate({ ...input, idempotencyKey: attempt.current.idempotencyKey })
      .then(
        (answer) => setSent({ reference: answer.reference, viewingAt: input.preferredViewingAt }),
        (error: unknown) => {
          const described = describeEnquiryFailure(
            describeApiError(error, 'Your enquiry could not be sent. Please try again.'),
          );
          setErrors(described.fields);
          setFailure(described.message);
        },
      )
      .finally(() => {
        sending.current = false;
        setPending(false);
      });
  };

  if (sent) {
    return (
      <div {...slot} data-kind={kind} data-state={state}>
        <PropertyGridEnquirySent
          reference={sent.reference}
          viewingAt={sent.viewingAt}
          onBack={onBack}
        />
      </div>
    );
  }

  const field = (name: keyof EnquiryErrors) => errors[name];
  return (
    <div {...slot} data-kind={kind} data-state={state}>
      <h3 id={ids.heading} className="ek:weight-600">
        {copy[kind].heading}
      </h3>
      <form
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        aria-labelledby={ids.heading}
        aria-busy={pending || undefined}
        className="ek:form-grid"
      >
        <PropertyGridEnquiryField
          label="Your name (required)"
          error={field('fullName')}
          className="ek:form-wide"
        >
          {(control) => (
            <input
              {...control}
              ref={firstFieldRef}
              name="fullName"
              autoComplete="name"
              maxLength={200}
              className="ek:input ek:input-full"
            />
          )}
        </PropertyGridEnquiryField>
        <p id={ids.contact} className="ek:hint ek:form-wide">
          Give an email address, a phone number or both, so we can reply.
        </p>
        <PropertyGridEnquiryField label="Email" error={field('email')} describedBy={ids.contact}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="email"
              className="ek:input ek:input-full"
            />
          )}
        </PropertyGridEnquiryField>
        <PropertyGridEnquiryField label="Phone" error={field('phone')} describedBy={ids.contact}>
          {(control) => (
            <input
              {...control}
              name="phone"
              type="tel"
              autoComplete="tel"
              className="ek:input ek:input-full"
            />
          )}
        </PropertyGridEnquiryField>
        {kind === 'book_viewing' && (
          <PropertyGridEnquiryField
            label="Preferred date and time (required)"
            hint={`In your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`}
            error={field('preferredViewingAt')}
            className="ek:form-wide"
          >
            {(control) => (
              <input
                {...control}
                name="preferredViewingAt"
                type="datetime-local"
                min={toLocalDateTimeValue(new Date())}
                className="ek:input ek:input-full"
              />
            )}
          </PropertyGridEnquiryField>
        )}
        <PropertyGridEnquiryField
          label="Message (optional)"
          error={field('message')}
          className="ek:form-wide"
        >
          {(control) => (
            <textarea
              {...control}
              name="message"
              rows={3}
              maxLength={5000}
              className="ek:textarea"
            />
          )}
        </PropertyGridEnquiryField>
        {/* A honeypot: off-screen, out of the tab order and hidden from assistive technology. */}
        <div aria-hidden="true" className="ek:honeypot">
          <label htmlFor={ids.honeypot}>Website</label>
          <input id={ids.honeypot} name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        {failure && (
          <p {...alertSlot} role="alert">
            {failure}
          </p>
        )}
        <div className="ek:flex ek:justify-end ek:gap-2 ek:form-wide">
          {onBack && (
            <button type="button" className="ek:btn" onClick={onBack}>
              Back to listing
            </button>
          )}
          <button type="submit" {...submitSlot} aria-disabled={pending || undefined}>
            {pending ? 'Sending…' : copy[kind].submit}
          </button>
        </div>
      </form>
    </div>
  );
}

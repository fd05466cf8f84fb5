import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { createEnquiryApi } from '../test/enquiries';
import { FakeApiError } from '../test/fake-api';
import { renderWithProvider } from '../test/render-grid';
import { PropertyGrid, type PropertyGridProps } from './property-grid';

type EnquiryApi = ReturnType<typeof createEnquiryApi>;

/** Renders the grid over `api` and opens the detail dialog of MLS-1002. */
async function openListing(api: EnquiryApi, props: PropertyGridProps = {}) {
  renderWithProvider(<PropertyGrid {...props} />, api.fetch);
  await userEvent.click(await screen.findByText('MLS-1002'));
  return screen.findByRole('dialog', { name: 'Listing MLS-1002' });
}

/** Opens the dialog, then the form of `action` ("Request info" or "Book a viewing"). */
async function openForm(api: EnquiryApi, action: 'Request info' | 'Book a viewing') {
  const dialog = await openListing(api);
  await userEvent.click(within(dialog).getByRole('button', { name: action }));
  const heading = action === 'Request info' ? 'Request information' : 'Book a viewing';
  const form = within(dialog).getByRole('form', { name: heading });
  return { dialog, form, field: (label: string) => within(form).getByLabelText(label) };
}

const captured = (api: EnquiryApi) =>
  api.callsTo('leads.capture').map((call) => call.input as Record<string, unknown>);

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

describe('given a visitor asks for information about a listing', () => {
  it('sends leads.capture with the listing key, the source and an idempotency key, then shows the reference', async () => {
    const api = createEnquiryApi();
    const { dialog, form, field } = await openForm(api, 'Request info');
    expect(document.activeElement).toBe(field('Your name (required)'));

    await userEvent.type(field('Your name (required)'), '  Mary Somerville ');
    await userEvent.type(field('Email'), 'mary@example.com');
    await userEvent.type(field('Message (optional)'), 'Is the garden south-facing?');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    const thanks = await within(dialog).findByRole('region', {
      name: 'Thank you, your enquiry was received',
    });
    expect(thanks.textContent).toContain('Your reference is L-3F2A9C01.');
    expect(document.activeElement).toBe(thanks);
    const [input] = captured(api);
    expect(input).toEqual({
      fullName: 'Mary Somerville',
      email: 'mary@example.com',
      message: 'Is the garden south-facing?',
      linkedListingKeys: ['key-MLS-1002'],
      source: 'request_info',
      website: '',
      idempotencyKey: expect.stringMatching(/^.{8,100}$/),
    });
    expect(captured(api)).toHaveLength(1);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to listing' }));
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Request info' }),
    );
  });

  it('checks the form before sending: a name, the email’s shape, and an email or a phone', async () => {
    const api = createEnquiryApi();
    const { form, field } = await openForm(api, 'Request info');
    const send = within(form).getByRole('button', { name: 'Send request' });

    await userEvent.click(send);
    expect(field('Your name (required)').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(field('Your name (required)'))).toContain('Enter your name.');
    expect(describedBy(field('Email'))).toContain(
      'Give an email address or a phone number so we can reply.',
    );
    expect(document.activeElement).toBe(field('Your name (required)'));
    expect(within(form).getByRole('alert').textContent).toBe('Check the highlighted fields.');

    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example');
    await userEvent.click(send);
    expect(describedBy(field('Email'))).toContain('Enter an email address like name@example.com.');
    expect(field('Your name (required)').hasAttribute('aria-invalid')).toBe(false);

    await userEvent.clear(field('Email'));
    await userEvent.type(field('Phone'), '+1 415 555 0123');
    await userEvent.click(send);
    await waitFor(() => expect(captured(api)).toHaveLength(1));
    expect(captured(api)[0]).toMatchObject({ phone: '+1 415 555 0123', source: 'request_info' });
    expect(captured(api)[0]).not.toHaveProperty('email');
  });

  it('passes axe with the form open, and with its errors showing', async () => {
    const api = createEnquiryApi();
    const { dialog, form } = await openForm(api, 'Request info');
    const root = dialog.closest('[data-ek-root]')!;
    await expectNoAxeViolations(root);
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(within(form).getByRole('alert')).toBeTruthy();
    await expectNoAxeViolations(root);
  });
});

describe('given a visitor double-clicks "Send request"', () => {
  it('sends the enquiry once, marking the button busy while it is on its way', async () => {
    let answer = (_: unknown) => {};
    const api = createEnquiryApi(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    const { dialog, form, field } = await openForm(api, 'Request info');
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example.com');
    await userEvent.dblClick(within(form).getByRole('button', { name: 'Send request' }));

    const sending = await within(form).findByRole('button', { name: 'Sending…' });
    expect(sending.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(sending);
    answer({ status: 'received', reference: 'L-00C0FFEE' });
    expect(await within(dialog).findByText('L-00C0FFEE')).toBeTruthy();
    expect(captured(api)).toHaveLength(1);
  });
});

describe('given the answer is lost on the way back', () => {
  it('says the connection failed, and sending again reuses the idempotency key', async () => {
    const api = createEnquiryApi();
    const { dialog, form, field } = await openForm(api, 'Request info');
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example.com');
    api.dropNextCaptureAnswer();
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toMatch(/connection failed/);
    expect(
      form.closest('[data-slot="property-grid-enquiry-form"]')?.getAttribute('data-state'),
    ).toBe('error');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    expect(await within(dialog).findByText(/Your reference is/)).toBeTruthy();
    const [first, retry] = captured(api);
    expect(captured(api)).toHaveLength(2);
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(api.leadsCreated()).toBe(1);
    expect(within(dialog).getByText('L-3F2A9C01')).toBeTruthy();
  });

  it('uses a new idempotency key once the visitor changes what they send', async () => {
    const api = createEnquiryApi();
    const { form, field } = await openForm(api, 'Request info');
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example.com');
    api.dropNextCaptureAnswer();
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));
    await within(form).findByRole('alert');
    await userEvent.type(field('Message (optional)'), 'Also: parking?');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(captured(api)).toHaveLength(2));
    const [first, edited] = captured(api);
    expect(edited?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });
});

describe('given the API refuses fields', () => {
  it('shows each issue of data.issues next to its field and focuses the first', async () => {
    const api = createEnquiryApi(() => {
      throw new FakeApiError('The phone number is not valid.', 'BAD_REQUEST', 400, {
        issues: [
          { path: ['phone'], message: 'not a valid phone number' },
          { path: ['linkedListingKeys', '0'], message: 'Too big' },
        ],
        domain: {
          code: 'VALIDATION_FAILED',
          context: {},
          suggestion: 'Include the country code, e.g. +1 415 555 0123.',
        },
      });
    });
    const { form, field } = await openForm(api, 'Request info');
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Phone'), '12');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    const phone = field('Phone');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(phone)).toContain('not a valid phone number');
    expect(document.activeElement).toBe(phone);
    expect(field('Email').hasAttribute('aria-invalid')).toBe(false);
    expect(within(form).getByRole('alert').textContent).toBe(
      'Check the highlighted fields. linkedListingKeys.0: Too big Include the country code, e.g. +1 415 555 0123.',
    );
  });
});

describe('given the API rate-limits the visitor', () => {
  it('asks them to try again in a minute', async () => {
    const api = createEnquiryApi(() => {
      throw new FakeApiError('Too many submissions; try again in 42 s.', 'TOO_MANY_REQUESTS', 429);
    });
    const { form, field } = await openForm(api, 'Request info');
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'Too many enquiries were sent from here just now. Please try again in a minute.',
    );
    expect(within(form).getByRole('button', { name: 'Send request' })).toBeTruthy();
  });
});

describe('given the honeypot field', () => {
  it('is neither focusable nor announced, and its value is sent as `website`', async () => {
    const api = createEnquiryApi();
    const { form, field } = await openForm(api, 'Request info');
    const honeypot = form.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(form).queryByRole('textbox', { name: 'Website' })).toBeNull();
    // Tabbing through the whole form never lands on it.
    const visited: Element[] = [];
    for (let i = 0; i < 10; i++) {
      await userEvent.tab();
      visited.push(document.activeElement!);
    }
    expect(visited).not.toContain(honeypot);
    expect(visited).toContain(within(form).getByRole('button', { name: 'Send request' }));

    // A bot fills every input it finds.
    fireEvent.change(honeypot, { target: { value: 'https://spam.example' } });
    await userEvent.type(field('Your name (required)'), 'Bot');
    await userEvent.type(field('Email'), 'bot@spam.example');
    await userEvent.click(within(form).getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(captured(api)).toHaveLength(1));
    expect(captured(api)[0]?.website).toBe('https://spam.example');
  });
});

describe('given a visitor books a viewing', () => {
  it('sends the chosen local time as an ISO instant and confirms it with the reference', async () => {
    const api = createEnquiryApi();
    const { dialog, form, field } = await openForm(api, 'Book a viewing');
    const when = field('Preferred date and time (required)');
    expect(when.getAttribute('type')).toBe('datetime-local');
    expect(describedBy(when)).toMatch(/In your time zone \(.+\)\./);
    await userEvent.type(field('Your name (required)'), 'Mary Somerville');
    await userEvent.type(field('Email'), 'mary@example.com');

    fireEvent.change(when, { target: { value: '2001-05-01T10:30' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Request viewing' }));
    expect(describedBy(when)).toContain('Choose a date and time in the future.');
    expect(document.activeElement).toBe(when);
    expect(captured(api)).toHaveLength(0);

    fireEvent.change(when, { target: { value: '2099-05-01T10:30' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Request viewing' }));
    const thanks = await within(dialog).findByRole('region', {
      name: 'Thank you, your enquiry was received',
    });
    const instant = new Date('2099-05-01T10:30').toISOString();
    expect(captured(api)[0]).toMatchObject({
      source: 'book_viewing',
      preferredViewingAt: instant,
      linkedListingKeys: ['key-MLS-1002'],
    });
    expect(thanks.textContent).toContain('You asked to view on');
    expect(thanks.textContent).toContain('2099');
    expect(thanks.textContent).toContain('L-3F2A9C01');
  });

  it('passes axe with the viewing form open', async () => {
    const api = createEnquiryApi();
    const { dialog } = await openForm(api, 'Book a viewing');
    await expectNoAxeViolations(dialog.closest('[data-ek-root]')!);
  });
});

describe('given enquiries={false}', () => {
  it('shows the listing without the enquiry actions', async () => {
    const api = createEnquiryApi();
    const dialog = await openListing(api, { enquiries: false });
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Request info' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Book a viewing' })).toBeNull();
    expect(dialog.querySelector('[data-slot="property-grid-enquiry-actions"]')).toBeNull();
  });

  it('offers them by default', async () => {
    const api = createEnquiryApi();
    const dialog = await openListing(api);
    expect(within(dialog).getByRole('button', { name: 'Request info' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Book a viewing' })).toBeTruthy();
  });
});

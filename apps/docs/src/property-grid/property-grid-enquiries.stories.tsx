import { PropertyGrid } from '@estatekit/ui/property-grid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { EstateKitStoryParameters } from '../storybook/with-estatekit';

const api = (estatekit: EstateKitStoryParameters) => ({ estatekit });

/**
 * Visitors' enquiries: open a listing (click a row, or Enter on it) and choose "Request info" or
 * "Book a viewing". The form sends `leads.capture`, the API's public web form and the one write
 * a publishable key may make, with the listing's `ListingKey`, the enquiry's `source` and an
 * idempotency key that a retry reuses; the mock validates it with the domain's
 * `leadCaptureInput`, like the API, and answers with a reference. Try an email without a
 * domain, no email or phone, a phone of three digits, or a viewing time in the past.
 */
const meta = {
  title: 'PropertyGrid/Enquiries',
  component: PropertyGrid,
  args: { defaultPageSize: 10 },
  parameters: { controls: { include: ['enquiries'] } },
} satisfies Meta<typeof PropertyGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The API takes the enquiry and answers with a reference (`L-…`) the visitor can quote. */
export const Enquiries: Story = { parameters: api({ api: 'listings' }) };

/**
 * The API refuses: this visitor sent too many forms in the last minute (TOO_MANY_REQUESTS), so
 * the form asks them to try again in a minute and keeps what they typed.
 */
export const EnquiryRateLimited: Story = {
  name: 'Enquiry refused (rate limited)',
  parameters: api({ api: 'listings', capture: 'rate_limited' }),
};

/** `enquiries={false}`: the dialog shows the listing only, without the enquiry actions. */
export const EnquiriesOff: Story = {
  name: 'Enquiries off',
  args: { enquiries: false },
};

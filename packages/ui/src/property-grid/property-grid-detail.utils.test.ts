import { describe, expect, it } from 'vitest';
import { createFormatters } from '../lib/format.utils';
import { makeListing } from '../test/listings';
import { describeActor, describeAuditEntry, listingAttributes } from './property-grid-detail.utils';

const f = createFormatters('en-US');

describe('given a residential listing', () => {
  it('lists its attributes formatted, bathrooms as the decimal total', () => {
    const attributes = Object.fromEntries(
      listingAttributes(makeListing(), f).map((a) => [a.label, a.value]),
    );
    expect(attributes['List price']).toBe('$7,700,000');
    expect(attributes.Bathrooms).toBe('2.75');
    expect(attributes['Living area']).toBe('3,250\u00a0sq\u00a0ft');
    expect(attributes['Close price']).toBeNull();
    expect(attributes).not.toHaveProperty('Zoning');
  });
});

describe('given a land listing', () => {
  it('shows zoning and leaves out the home attributes it has not', () => {
    const land = makeListing({
      propertyType: 'Land',
      bedroomsTotal: null,
      bathroomsTotalInteger: null,
      bathroomsTotalDecimal: null,
      livingArea: null,
      stories: null,
      waterfrontYN: null,
      zoning: 'A-1',
    });
    const labels = listingAttributes(land, f).map((a) => a.label);
    expect(labels).toContain('Zoning');
    expect(labels).not.toContain('Bedrooms');
  });
});

describe('given audit entries', () => {
  it('describes status changes, creation and edits in words', () => {
    expect(
      describeAuditEntry({ action: 'status_change', from: 'Active', to: 'ActiveUnderContract' }),
    ).toBe('Status changed from Active to Active under contract');
    expect(describeAuditEntry({ action: 'create', from: null, to: null })).toBe('Created');
    expect(describeAuditEntry({ action: 'import', from: null, to: null })).toBe('Imported');
  });

  it('names the actor', () => {
    expect(describeActor({ kind: 'user', id: 'u_42', role: 'agent' })).toBe('User u_42 (agent)');
    expect(describeActor({ kind: 'system', id: 'import' })).toBe('System');
  });
});

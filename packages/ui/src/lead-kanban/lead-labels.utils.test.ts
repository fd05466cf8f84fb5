import { describe, expect, it } from 'vitest';
import { activityTypeLabels, labelOf, labelOptions } from './lead-labels.utils';

describe('given the CRM code labels', () => {
  it('offers every activity type in the domain’s order', () => {
    expect(labelOptions(activityTypeLabels).map((o) => o.value)).toEqual([
      'call',
      'email',
      'whatsapp',
      'sms',
      'meeting',
      'note',
      'offer',
      'viewing',
    ]);
  });

  it('shows an unknown code as it is', () => {
    expect(labelOf(activityTypeLabels, 'whatsapp')).toBe('WhatsApp');
    expect(labelOf(activityTypeLabels, 'carrier_pigeon')).toBe('carrier_pigeon');
  });
});

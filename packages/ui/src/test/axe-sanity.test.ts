import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('given markup that breaks ARIA rules', () => {
  it('axe reports it under happy-dom, so the widget axe checks can fail', async () => {
    const container = document.createElement('div');
    container.innerHTML =
      '<div role="grid"><span role="gridcell">orphan</span></div><button></button><input type="text">';
    document.body.append(container);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    const ids = results.violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'label']));
    expect(ids.some((id) => id.startsWith('aria-required'))).toBe(true);
  });
});

import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `element` and fails with the rule ids and targets of any violation.
 * Colour contrast is off: happy-dom computes no styles (themes check contrast themselves).
 */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(violations).toEqual([]);
}

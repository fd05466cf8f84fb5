#!/usr/bin/env node
/**
 * Prints vitest's JSON results as one plain closing line: `N passed, N failed, N skipped`. A test
 * file that failed before running any test (e.g. a failing `beforeAll`) counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.log('Tests: 0 passed, 1 failed (no test results were written)');
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const brokenFiles = r.testResults.filter(
  (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
).length;
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(
  `Tests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${skipped} skipped`,
);

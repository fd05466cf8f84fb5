#!/usr/bin/env node
// `estatekit` CLI. Published packages run the built dist/cli.js; in the repo (no build) the
// TypeScript source runs through tsx.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/cli.ts', import.meta.url).href);
}

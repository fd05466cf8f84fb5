#!/usr/bin/env node
// `estatekit` CLI. Installed from npm it runs the built dist/cli.js. Inside the EstateKit
// repository it runs the TypeScript source through tsx, even when dist/ exists: there the
// workspace packages it imports (@estatekit/domain) resolve to their TypeScript sources too.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
const inRepository = existsSync(new URL('../../../pnpm-workspace.yaml', import.meta.url));
if (existsSync(built) && !inRepository) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/cli.ts', import.meta.url).href);
}

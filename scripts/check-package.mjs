#!/usr/bin/env node
/**
 * Packaging check for one publishable package (run from its directory after `build`): packs it
 * exactly as it would be published (pnpm applies publishConfig), then runs publint and
 * Are The Types Wrong on the tarball. Exits non-zero on any error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'ek-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(
    out,
    readdirSync(out).find((f) => f.endsWith('.tgz')),
  );
  run('publint', ['run', tarball, '--strict']);
  // Stylesheet subpaths have no types to check.
  const { publishConfig = {} } = JSON.parse(readFileSync('package.json', 'utf8'));
  const css = Object.keys(publishConfig.exports ?? {}).filter((subpath) =>
    subpath.endsWith('.css'),
  );
  const exclude = css.length ? ['--exclude-entrypoints', ...css] : [];
  run('attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude]);
} finally {
  rmSync(out, { recursive: true, force: true });
}

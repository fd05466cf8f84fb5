import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { repoRoot } from './demo-database';

export const siteRoot = resolve(repoRoot, 'apps/demo/site');
export const siteDist = resolve(repoRoot, 'apps/demo/dist');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the demo website with Vite when its output is missing or older than any source it uses. */
export async function buildSiteIfStale(): Promise<void> {
  const built = resolve(siteDist, 'index.html');
  const sources = [
    'apps/demo/site',
    'packages/ui/src',
    'packages/themes/src',
    'packages/domain/src',
  ];
  const latest = Math.max(...sources.map((s) => newest(resolve(repoRoot, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= latest) return;
  console.log('Building the demo website…');
  await build({ configFile: resolve(siteRoot, 'vite.config.ts'), logLevel: 'warn' });
}

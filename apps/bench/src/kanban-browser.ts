/**
 * What the LeadKanban benchmark runs on: the page (`kanban/`, built with Vite), a static file
 * server for it on 127.0.0.1, and headless Chromium (Debian's `/usr/bin/chromium`, driven by
 * playwright-core) pinned to one core with `taskset` through a small wrapper script, so every
 * Chromium process (browser, renderer, GPU, network) shares that core and never the driver's.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { hasTaskset } from './child';

export const CHROMIUM = '/usr/bin/chromium';
const pageDir = fileURLToPath(new URL('../kanban/', import.meta.url));
const distDir = join(pageDir, 'dist');

/** Builds the benchmark page into kanban/dist (production React, minified). */
export async function buildKanbanPage(): Promise<void> {
  await build({ configFile: join(pageDir, 'vite.config.ts') });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves kanban/dist on a free port of 127.0.0.1 (files read into memory once). */
export async function serveKanbanPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(distDir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = cache.get(file);
      if (!body) {
        body = readFileSync(file);
        cache.set(file, body);
      }
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Headless Chromium, every process pinned to `core` when `taskset` exists (through a wrapper
 * script, removed when the browser closes); `pinned` says whether it is.
 */
export async function launchChromium(core: number): Promise<{ browser: Browser; pinned: boolean }> {
  let executablePath = CHROMIUM;
  let wrapperDir: string | null = null;
  if (hasTaskset) {
    wrapperDir = mkdtempSync(join(tmpdir(), 'estatekit-kanban-'));
    executablePath = join(wrapperDir, 'chromium');
    writeFileSync(executablePath, `#!/bin/sh\nexec taskset -c ${core} ${CHROMIUM} "$@"\n`);
    chmodSync(executablePath, 0o755);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  if (wrapperDir) {
    const dir = wrapperDir;
    browser.on('disconnected', () => rmSync(dir, { recursive: true, force: true }));
  }
  return { browser, pinned: wrapperDir !== null };
}

#!/usr/bin/env node
/**
 * The end-to-end test drives Debian's Chromium (/usr/bin/chromium) with playwright-core; no
 * browser is downloaded from anywhere else. Installs it with apt-get when missing (root, or
 * sudo without a password), else explains what to do and exits non-zero.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo -n ';
  console.log('Installing Debian chromium for the end-to-end test (apt-get)…');
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
      {
        stdio: 'inherit',
      },
    );
  } catch {
    console.error(`Could not install chromium. Run: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}

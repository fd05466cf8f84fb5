import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Thrown when another live process has the PGlite data directory open. */
export class DataDirectoryLockedError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The data directory ${dataDir} is in use by process ${pid}. PGlite is single-process: stop ` +
        'that process first, or point DATABASE_URL at PostgreSQL to share one database.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes `<dataDir>/estatekit.pid`, or throws if a live process holds it. Returns the release. */
export function lockDataDirectory(dataDir: string): () => void {
  const lockFile = resolve(dataDir, 'estatekit.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid !== process.pid && Number.isInteger(pid) && isAlive(pid)) {
      throw new DataDirectoryLockedError(dataDir, pid);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const portIsFree = (port: number) =>
  new Promise<boolean>((done) => {
    const server = createServer()
      .once('error', () => done(false))
      .listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });

/** A port P with P and P + 1 both free (the demo serves the site on P and the API on P + 1). */
export async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await portIsFree(port)) && (await portIsFree(port + 1))) return port;
  }
  throw new Error('no free port pair found');
}

/** A running demo started exactly as `pnpm demo` starts it, on a fresh data directory. */
export interface DemoProcess {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `apps/demo/src/start.ts` and resolves once it prints that it is ready; rejects with its
 * output if it exits first or is not ready within `timeoutMs` (then it is stopped).
 */
export async function startDemo(options: { timeoutMs?: number } = {}): Promise<DemoProcess> {
  const port = await freePortPair();
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-e2e-'));
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/start.ts', '--port', String(port), '--data-dir', dataDir],
    { cwd: resolve(import.meta.dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise<void>((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('EstateKit demo ready')) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`demo exited with ${code}:\n${output}`)));
  });
  const limit = options.timeoutMs ?? 240_000;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`demo not ready after ${limit} ms:\n${output}`));
    }, limit);
  });
  await Promise.race([ready, late])
    .catch((error: unknown) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    })
    .finally(() => clearTimeout(timer));
  return {
    url: `http://localhost:${port}`,
    output: () => output,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

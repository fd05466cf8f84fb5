/**
 * Child processes pinned to one core with `taskset -c`, talking to the benchmark over Node IPC:
 * the servers under test run on core 0, load generators and clients on core 1, so client and
 * server never steal each other's CPU. Without `taskset` they run unpinned (reported as such).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The bench package directory (where `tsx` resolves from). */
export const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** True when util-linux `taskset` can be run. */
export const hasTaskset = (() => {
  const probe = spawnSync('taskset', ['--version'], { stdio: 'ignore' });
  return probe.status === 0;
})();

/** `[command, ...args]` prefixed with `taskset -c <core>` when available. */
export function pinned(core: number, command: string, args: string[]): [string, string[]] {
  return hasTaskset ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

/** Restricts every thread of this process to `cores` (e.g. `"1"`, `"0,1"`); no-op without taskset. */
export function pinSelf(cores: string): void {
  if (hasTaskset)
    spawnSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
}

/** A running child: what it said when ready, a request/response call, and a graceful stop. */
export interface ChildServer<Ready> {
  readonly ready: Ready;
  request<T>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * Starts `script` (a TypeScript file under src/, run through tsx) on `core` with `env` added
 * (and NODE_ENV=production, as a deployed server runs),
 * and resolves once it sends `{ type: 'ready', … }`. Requests are `{ id, … }` messages answered
 * by `{ id, result }` or `{ id, error }`. `stop` sends `{ type: 'close' }` and waits for exit.
 * With `BENCH_PROFILE_DIR` set, the child writes a V8 CPU profile there when it exits (to see
 * where a server's time goes; open it in Chrome DevTools).
 */
export function startChild<Ready>(
  script: string,
  core: number,
  env: Record<string, string>,
): Promise<ChildServer<Ready>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const profile = process.env.BENCH_PROFILE_DIR;
  const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const [command, args] = pinned(core, process.execPath, [...nodeArgs, '--import', 'tsx', path]);
  const child: ChildProcess = spawn(command, args, {
    cwd: benchDir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before it was ready`)),
    );
    child.on('message', (raw) => {
      const message = raw as { type?: string; id?: number; result?: unknown; error?: string };
      if (message.type === 'ready') {
        resolve({
          ready: message as Ready,
          request: <T>(body: Record<string, unknown>) =>
            new Promise<T>((ok, fail) => {
              const id = nextId++;
              pending.set(id, { resolve: ok as (v: unknown) => void, reject: fail });
              child.send({ ...body, id });
            }),
          stop: async () => {
            if (child.exitCode === null) child.send({ type: 'close' });
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(timer);
          },
        });
        return;
      }
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error));
      else waiter.resolve(message.result);
    });
  });
}

/**
 * In a child: answers requests with `handle`, `{ type: 'cpu' }` with this process's CPU time so
 * far in ms (user + system), and closes with `close` on `{ type: 'close' }`.
 */
export function serveParent(
  ready: Record<string, unknown>,
  handle: (message: Record<string, unknown>) => Promise<unknown>,
  close: () => Promise<void>,
): void {
  process.on('message', (raw) => {
    const message = raw as Record<string, unknown> & { id?: number; type?: string };
    if (message.type === 'close') {
      close().finally(() => process.exit(0));
      return;
    }
    const answer =
      message.type === 'cpu'
        ? Promise.resolve((({ user, system }) => (user + system) / 1000)(process.cpuUsage()))
        : handle(message);
    answer.then(
      (result) => process.send?.({ id: message.id, result }),
      (error: Error) => process.send?.({ id: message.id, error: error.stack ?? String(error) }),
    );
  });
  process.send?.({ type: 'ready', ...ready });
}

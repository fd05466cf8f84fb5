/**
 * CPU time spent by PostgreSQL backends serving one database, read from /proc (Linux, no
 * privileges needed): user + system time of every `postgres` process whose title names that
 * database (`postgres: 15/main: <user> <database> 127.0.0.1(…) idle`), so other clients of the
 * same server do not count. Resolution is one clock tick (normally 10 ms): use it over runs of
 * seconds. Background processes (WAL writer, checkpointer) are not included.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU used so far (ms) by each backend of `database`, by pid; null when /proc is unreadable. */
export function backendCpu(database: string): Map<number, number> | null {
  const cpu = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (!title.startsWith('postgres:') || !title.split(/\s+/).includes(database)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[0] is stat field 3 (state); utime and stime are fields 14 and 15.
      const ticks = Number(fields[11]) + Number(fields[12]);
      cpu.set(Number(entry), (ticks * 1000) / TICKS_PER_SECOND);
    } catch {}
  }
  return cpu;
}

/**
 * CPU (ms) the backends used between two `backendCpu` readings: the growth of those alive at
 * both, plus all of those that started in between.
 */
export function cpuBetween(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * What every benchmark returns, how it is printed to the terminal, and how `BENCHMARKS.md` is
 * written from it. A benchmark reports tables (its figures next to the baseline measured in the
 * same run), targets (met, missed, or not measured with the reason) and notes (method, caveats,
 * where the time goes). Nothing here measures anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { PG_ADMIN_URL } from './api-internals';

/** A table of already formatted cells; the first column is left-aligned, the rest right. */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
}

/** A performance target: `met` is null when it could not be measured (see `measured`). */
export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

/** One benchmark's results. `method` and `notes` are Markdown sentences or bullet items. */
export interface Section {
  title: string;
  method: string[];
  tables: Table[];
  targets: Target[];
  notes: string[];
}

/** A section for a benchmark that could not run at all, with the reason. */
export function failedSection(title: string, error: unknown): Section {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title,
    method: [],
    tables: [],
    targets: [{ name: title, target: '—', measured: `not measured: ${reason}`, met: null }],
    notes: [`This benchmark failed to run: ${reason}`],
  };
}

const verdict = (met: boolean | null) => (met === null ? 'NOT MEASURED' : met ? 'met' : 'MISSED');

function textTable(table: Table): string {
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  return [
    table.title,
    line(table.columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.rows.map(line),
  ].join('\n');
}

/** Prints a section's tables and target verdicts to stdout. */
export function printSection(section: Section): void {
  console.log(`\n=== ${section.title} ===`);
  for (const table of section.tables) console.log(`\n${textTable(table)}`);
  console.log('');
  for (const t of section.targets) {
    console.log(`[${verdict(t.met)}] ${t.name}: ${t.measured} (target ${t.target})`);
  }
  for (const note of section.notes) console.log(`- ${note}`);
}

/** The machine the figures were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  postgres: string;
  pglite: string;
}

/** Reads CPU model (/proc/cpuinfo), core count, RAM, Node, PostgreSQL and PGlite versions. */
export async function describeMachine(): Promise<Machine> {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpu = match[1].trim();
  } catch {}
  let postgres = 'unavailable';
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await client.connect();
    const result = await client.query<{ version: string }>('select version()');
    postgres = result.rows[0]?.version.split(' on ')[0] ?? postgres;
  } catch (error) {
    postgres = `unavailable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
  const pglitePackage = new URL(
    '../../../packages/api/node_modules/@electric-sql/pglite/package.json',
    import.meta.url,
  );
  let pglite = 'unknown';
  try {
    pglite = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
  } catch {}
  return {
    cpu,
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    pglite,
  };
}

const mdRow = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;

function markdownTable(table: Table): string {
  return [
    `**${table.title}**`,
    '',
    mdRow(table.columns),
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map(mdRow),
  ].join('\n');
}

/**
 * `BENCHMARKS.md`: machine, date, a targets summary, then every section in full. `machine.load`
 * is the 1-minute load average before and after the run (other work on a shared machine shows
 * up there, and in the figures).
 */
export function renderMarkdown(
  sections: readonly Section[],
  machine: Machine & { load: [number, number] },
  date: Date,
  durationSeconds: number,
): string {
  const targets = sections.flatMap((s) => s.targets);
  const out = [
    '# EstateKit benchmarks',
    '',
    '<!-- Written by `pnpm bench` (apps/bench/src/run-all.ts); edits here are overwritten. -->',
    '',
    `Measured ${date.toISOString().replace(/\.\d+Z$/, 'Z')} by \`pnpm bench\` ` +
      `(whole run ${Math.round(durationSeconds)} s). Every figure sits next to a baseline ` +
      'measured in the same run on the same machine; compare ratios, not absolute times, ' +
      'across machines.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGiB} GiB`,
    `- Node.js ${machine.node}`,
    `- ${machine.postgres} (local, 127.0.0.1:5432); PGlite ${machine.pglite}`,
    `- 1-minute load average ${machine.load[0].toFixed(2)} before the run, ${machine.load[1].toFixed(2)} after ` +
      '(anything above ~0 means other processes shared the machine during the run)',
    '',
    '## Targets',
    '',
    mdRow(['target', 'goal', 'measured', 'verdict']),
    '| --- | --- | --- | --- |',
    ...targets.map((t) => mdRow([t.name, t.target, t.measured, verdict(t.met)])),
  ];
  for (const section of sections) {
    out.push('', `## ${section.title}`, '');
    if (section.method.length) out.push(...section.method, '');
    for (const table of section.tables) out.push(markdownTable(table), '');
    if (section.notes.length) out.push(...section.notes.map((n) => `- ${n}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Writes `BENCHMARKS.md` at the repository root. */
export function writeBenchmarksFile(markdown: string): string {
  const path = new URL('../../../BENCHMARKS.md', import.meta.url);
  writeFileSync(path, markdown);
  return path.pathname;
}

/**
 * The CLI as an operator uses it to staff an org: create the org, add an agent, and mint a
 * secret key that acts as that agent, then use the key: it sees the agent's own workload row.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { callerFor } from '../testing/test-org';

const bin = fileURLToPath(new URL('../../bin/estatekit.js', import.meta.url));
const run = async (...args: string[]) =>
  (
    await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: '' },
    })
  ).stdout;

describe('given the estatekit CLI on a fresh data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds an agent and a key acting as them, which routing and the API then honour', async () => {
    const created = JSON.parse(
      await run(
        'orgs',
        'create',
        'cli-agency',
        '--name',
        'CLI Agency',
        '--time-zone',
        'America/Los_Angeles',
        '--data-dir',
        dataDir,
      ),
    ) as { org: { timeZone: string; defaultCurrency: string } };
    expect(created.org).toMatchObject({ timeZone: 'America/Los_Angeles', defaultCurrency: 'USD' });
    const user = JSON.parse(
      await run(
        'users',
        'create',
        'ana@cli.example',
        '--org',
        'cli-agency',
        '--name',
        'Ana Agent',
        '--agent',
        '--capacity',
        '2',
        '--data-dir',
        dataDir,
      ),
    ) as { id: string; role: string; agent: boolean };
    expect(user).toMatchObject({ role: 'agent', agent: true });
    const key = (
      await run(
        'keys',
        'create',
        '--org',
        'cli-agency',
        '--user',
        'ANA@cli.example',
        '--data-dir',
        dataDir,
      )
    ).trim();
    expect(key).toMatch(/^ek_sk_/);

    const database = await openDatabase({ dataDir });
    try {
      const ana = callerFor(database, key);
      const lead = await ana.leads.create({ fullName: 'Walk-in Wanda', source: 'walk_in' });
      expect(lead.assigneeId).toBe(user.id);
      const [row] = await ana.agents.workload();
      expect(row).toMatchObject({ agentId: user.id, capacityWeight: 2, activeLeads: 1 });
      expect(
        await ana.leads.assign({ leadId: lead.id, agentId: null }).then(
          () => 'OK',
          (error: { code?: string }) => error.code,
        ),
      ).toBe('FORBIDDEN');
    } finally {
      await database.close();
    }
  });
});

/**
 * The baselines for the throughput benchmark: plain Fastify, no tRPC, no auth, no validation,
 * no hooks. `GET /hello` returns a constant JSON object (the floor for the `health` procedure).
 * `GET /listings` replays the captured `properties.list` transaction (`BENCH_LIST_SQL`, JSON)
 * through a `pg` pool of the same size and role as the API's (`DATABASE_URL`) and returns the
 * page and total as JSON: the same database work and the same data on the wire, without the API.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { serveParent } from '../child';
import { type ListSql, replayListSql } from '../list-sql';

const sql = JSON.parse(process.env.BENCH_LIST_SQL ?? 'null') as ListSql | null;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get('/hello', async () => ({ hello: 'world' }));

app.get('/listings', async () => {
  if (!sql) throw new Error('BENCH_LIST_SQL is not set');
  const client = await pool.connect();
  try {
    const result = await replayListSql(client, sql);
    client.release();
    return result;
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
});

const url = await app.listen({ host: '127.0.0.1', port: 0 });
serveParent(
  { url },
  async () => {
    throw new Error('no requests');
  },
  async () => {
    await app.close();
    await pool.end();
  },
);

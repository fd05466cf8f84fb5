/**
 * The lean tRPC route against tRPC's own `resolveResponse` on a small router with the awkward
 * cases our API does not have (results JSON cannot encode, promises in results, a context that
 * fails, a throwing procedure): both mounted on one Fastify app, every request sent to each,
 * status, content type and body compared. No network, no database.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { trpcHttp } from './trpc-http';

const t = initTRPC.context<{ user: string | null }>().create({ isDev: false }); // no stacks
const router = t.router({
  hello: t.procedure.input(z.object({ name: z.string() })).query(({ input }) => `hi ${input.name}`),
  whoami: t.procedure.query(({ ctx }) => ctx.user),
  bigint: t.procedure.query(() => ({ n: 1n })),
  promised: t.procedure.query(() => ({ later: Promise.resolve(1) })),
  teapot: t.procedure.query(() => {
    throw new TRPCError({ code: 'CONFLICT', message: 'nope' });
  }),
  crash: t.procedure.query(() => {
    throw new Error('boom');
  }),
  save: t.procedure.input(z.number()).mutation(({ input }) => input * 2),
});

let app: FastifyInstance;

beforeAll(async () => {
  app = Fastify();
  for (const [prefix, lean] of [
    ['/lean', true],
    ['/ref', false],
  ] as const) {
    await app.register(trpcHttp<typeof router>, {
      prefix,
      router,
      lean,
      createContext: (request) => {
        if (request.headers['x-fail'] === 'context') throw new Error('no context');
        return { user: request.headers['x-user']?.toString() ?? null };
      },
    });
  }
  await app.ready();
});
afterAll(() => app.close());

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));

describe('given requests the lean route serves itself', () => {
  const cases: [string, string, Record<string, string>?, string?][] = [
    ['a query with input', `/hello?input=${q({ name: 'ada' })}`],
    ['a query with bad input', `/hello?input=${q({ name: 5 })}`],
    ['a query reading its context', '/whoami', { 'x-user': 'grace' }],
    ['a context that fails', '/whoami', { 'x-fail': 'context' }],
    [
      'a context that fails, in a batch with an unknown path',
      '/whoami,nope?batch=1',
      { 'x-fail': 'context' },
    ],
    ['a result JSON cannot encode', '/bigint'],
    [
      'a result JSON cannot encode, in a batch',
      '/hello,bigint?batch=1&input=%7B%220%22%3A%7B%22name%22%3A%22x%22%7D%7D',
    ],
    ['a promise in a result', '/promised'],
    ['a promise in a result, in a batch', '/promised,whoami?batch=1'],
    ['a TRPCError', '/teapot'],
    ['an unexpected error', '/crash'],
    ['a batch failing two ways', '/teapot,crash?batch=1'],
    ['a mutation', '/save?batch=1', { 'content-type': 'application/json' }, '{"0":21}'],
    ['a mutation with bad input', '/save', { 'content-type': 'application/json' }, '"x"'],
    [
      'a batch input missing an entry',
      '/hello,hello?batch=1&input=%7B%221%22%3A%7B%22name%22%3A%22b%22%7D%7D',
    ],
  ];

  it.each(cases)('answers %s as tRPC does', async (_name, path, headers = {}, body) => {
    const send = async (prefix: string) => {
      const response = await app.inject({
        method: body === undefined ? 'GET' : 'POST',
        url: `${prefix}${path}`,
        headers,
        ...(body === undefined ? {} : { payload: body }),
      });
      return {
        status: response.statusCode,
        type: response.headers['content-type'],
        body: response.body,
      };
    };
    const lean = await send('/lean');
    expect(lean.body.length).toBeGreaterThan(0);
    expect(lean).toEqual(await send('/ref'));
  });
});

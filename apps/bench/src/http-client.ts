/**
 * A minimal sequential HTTP client for latency measurements: one keep-alive connection
 * (node:http, no fetch/undici layers), body read to the end, status checked.
 */
import { Agent, request } from 'node:http';

/** GETs `path` on `baseUrl` with `headers`; resolves with the body, rejects on non-200. */
export function httpGetter(baseUrl: string, headers: Record<string, string> = {}) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const base = new URL(baseUrl);
  const get = (path: string) =>
    new Promise<string>((resolve, reject) => {
      const req = request(
        { agent, host: base.hostname, port: base.port, path, method: 'GET', headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode === 200) resolve(body);
            else reject(new Error(`GET ${path} → ${res.statusCode}: ${body.slice(0, 500)}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  return { get, close: () => agent.destroy() };
}

/** The tRPC GET path of a query procedure with `input` (no transformer). */
export const trpcQueryPath = (procedure: string, input?: unknown) =>
  `/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

/**
 * POSTs JSON bodies to `baseUrl` over up to `sockets` keep-alive connections; resolves with the
 * response body, rejects on a non-200 status.
 */
export function httpPoster(baseUrl: string, headers: Record<string, string>, sockets = 1) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const base = new URL(baseUrl);
  const post = (path: string, body: unknown) =>
    new Promise<string>((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          path,
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(payload.length),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode === 200) resolve(text);
            else reject(new Error(`POST ${path} → ${res.statusCode}: ${text.slice(0, 500)}`));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { post, close: () => agent.destroy() };
}

import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RenamingProxy {
  readonly url: string;
  close(): Promise<void>;
}

// Hop-by-hop and length headers that fetch sets itself.
const DROPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/**
 * Starts a proxy on 127.0.0.1 and a free port that forwards every request to `upstream` and
 * renames the JSON key `from` to `to` at any depth in responses: a target that drifted from
 * Juspay's field names.
 */
export async function startRenamingProxy(upstream: string, from: string, to: string): Promise<RenamingProxy> {
  const server = createServer((request, response) => {
    void forward(request, upstream).then(
      ({ status, contentType, text }) => {
        const body = contentType.includes('json') ? JSON.stringify(renameKey(JSON.parse(text), from, to)) : text;
        response.writeHead(status, { 'content-type': contentType });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`renaming proxy: upstream request failed (${String(error)})`);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function forward(request: IncomingMessage, upstream: string): Promise<{ status: number; contentType: string; text: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);

  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !DROPPED_HEADERS.has(name)) headers.set(name, value);
  }

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const response = await fetch(`${upstream}${request.url ?? '/'}`, {
    method: request.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

function renameKey(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKey(item, from, to));
  if (typeof value !== 'object' || value === null) return value;

  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key === from ? to : key, renameKey(inner, from, to)]));
}

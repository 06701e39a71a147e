import { request } from 'node:http';

/** One recorded response: what the baseline server replays byte for byte. */
export interface CannedResponse {
  readonly status: number;
  /** Headers the handler sets; Node adds Date, Connection and Keep-Alive itself, for both servers. */
  readonly headers: Readonly<Record<string, string>>;
  /** Body as sent, base64-encoded so it can cross the IPC channel unchanged. */
  readonly bodyBase64: string;
}

/** Headers Node's http server writes on its own; the baseline's Node adds the same ones. */
const NODE_DEFAULT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Records one response of `url`, sending `headers`, for the baseline to replay. */
export function recordResponse(url: string, headers: Readonly<Record<string, string>>): Promise<CannedResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const recorded: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (!NODE_DEFAULT_HEADERS.has(name) && typeof value === 'string') recorded[name] = value;
        }
        resolve({ status: response.statusCode ?? 0, headers: recorded, bodyBase64: Buffer.concat(chunks).toString('base64') });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';

import { redactText, redactUrl } from '../redaction/redact.ts';
import type { DifferentialSettings } from './differential-settings.ts';
import type { Probe } from './probes.ts';

/** The two ways to the upstream that differential mode compares. */
export type Side = 'direct' | 'proxy';

/** One response as received, before any masking. */
export interface ObservedResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly durationMs: number;
}

/**
 * A request of differential mode got no usable response. The stack is the message alone: the
 * cause is the target or the configuration, not this code.
 */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  readonly code = 'DIFFERENTIAL_REQUEST_FAILED';

  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${this.message}`;
  }
}

const ADVICE: Readonly<Record<Side, string>> = {
  direct: 'check JUSPAY_DIRECT_URL and that the upstream accepts connections, or raise JUSPAY_TIMEOUT_MS',
  proxy: 'check JUSPAY_BASE_URL and that the proxy accepts connections, or raise JUSPAY_TIMEOUT_MS',
};

/**
 * Sends probes to either side over kept-alive connections, with the credentials each side needs.
 * It never follows a redirect, so credentials never reach another origin.
 */
export class HttpExchange {
  private readonly settings: DifferentialSettings;
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly httpsAgent: https.Agent;

  constructor(settings: DifferentialSettings) {
    this.settings = settings;
    // Node reads NODE_EXTRA_CA_CERTS only at start, so the extra CA is given to the agent here.
    const extraCa = settings.caFile === undefined ? [] : [readFileSync(settings.caFile, 'utf8')];
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 1, ca: [...rootCertificates, ...extraCa] });
  }

  /** Returns the request headers of a probe on one side; the proxy side follows the auth mode. */
  headersFor(side: Side, probe: Probe): Record<string, string> {
    const headers: Record<string, string> = {};
    const { settings } = this;

    if (side === 'direct' || settings.proxyAuth === 'pass-through') {
      headers.authorization = `Basic ${Buffer.from(`${probe.apiKey ?? settings.apiKey}:`).toString('base64')}`;
    } else if (settings.proxyAuthHeader !== undefined) {
      headers[settings.proxyAuthHeader.name] = settings.proxyAuthHeader.value;
    }
    if (!probe.withoutMerchant) headers['x-merchantid'] = settings.merchantId;
    headers['x-routing-id'] = settings.routingId;
    return headers;
  }

  /** Sends one probe to one side, or throws an ExchangeError that names the side, the request and the next step. */
  send(side: Side, probe: Probe): Promise<ObservedResponse> {
    const base = new URL(side === 'direct' ? this.settings.directUrl : this.settings.proxyUrl);
    const path = `${base.pathname.replace(/\/+$/, '')}${probe.path}`;
    const described = `${side} "${probe.name}": GET ${redactUrl(base.origin)}${redactText(path)}`;
    const transport = base.protocol === 'https:' ? https : http;
    const { maxBodyBytes, requestTimeoutMs } = this.settings;
    const started = performance.now();

    return new Promise<ObservedResponse>((resolve, reject) => {
      const fail = (reason: string): void => reject(new ExchangeError(`${described} failed (${reason}): ${ADVICE[side]}.`));
      const request = transport.request(
        {
          protocol: base.protocol,
          hostname: base.hostname.replace(/^\[|\]$/g, ''),
          port: base.port,
          path,
          method: 'GET',
          headers: this.headersFor(side, probe),
          agent: base.protocol === 'https:' ? this.httpsAgent : this.httpAgent,
          signal: AbortSignal.timeout(requestTimeoutMs),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBodyBytes) {
              response.destroy();
              fail(`body over ${maxBodyBytes} bytes, the JUSPAY_MAX_BODY_BYTES cap`);
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: joinHeaders(response.headers),
              body: Buffer.concat(chunks).toString('utf8'),
              durationMs: performance.now() - started,
            }),
          );
          response.on('error', (error) => fail(error.message));
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => fail(error.name === 'TimeoutError' || error.name === 'AbortError' ? `timed out after ${requestTimeoutMs} ms` : (error.code ?? error.message)));
      request.end();
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

function joinHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) joined[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return joined;
}

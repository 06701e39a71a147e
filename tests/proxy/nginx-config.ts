/**
 * nginx configurations of a merchant's proxy in front of the Get Customer API: one that keeps the
 * contract and variants that each break it in one way merchants have broken it.
 */
export type NginxVariant =
  /** Forwards everything unchanged; the caller sends the Juspay key. */
  | 'pass-through'
  /** Clears x-routing-id before forwarding. */
  | 'strips-routing-id'
  /** Adds a credential header of its own to every request it forwards. */
  | 'adds-credential-header'
  /** Caches token responses by host and path, ignoring the query and the upstream's cache headers. */
  | 'caches-tokens'
  /** Turns the upstream's 404 into a 200 with a JSON body of its own. */
  | 'not-found-as-200'
  /** Turns the upstream's 404 into an HTML error page. */
  | 'not-found-as-html'
  /** Forwards the decoded path without the query string. */
  | 'drops-query'
  /**
   * Serves the API under /juspay/ and strips that prefix with a URI in proxy_pass, which makes
   * nginx forward the decoded path: customer%40gmail.com arrives as customer@gmail.com.
   */
  | 'strips-prefix'
  /** Adds the Juspay key itself; callers send none, or only the gateway header when one is set. */
  | 'injects-key'
  /** Adds the Juspay key, and echoes it back in a response header. */
  | 'injects-key-and-leaks-it';

/** What an injecting variant needs; unused by the others. */
export interface InjectedCredential {
  /** The Juspay API key the proxy adds as Basic auth. */
  readonly apiKey: string;
  /** A header callers must send to the proxy; the proxy clears it before forwarding. */
  readonly gatewayHeader?: { readonly name: string; readonly value: string };
}

export interface NginxConfigOptions {
  readonly variant: NginxVariant;
  /** Directory for nginx's pid file, logs, temporary files and cache. */
  readonly prefix: string;
  readonly port: number;
  readonly upstreamPort: number;
  readonly injected?: InjectedCredential;
  /** Run workers as root, which the master can only do when it runs as root itself. */
  readonly runAsRoot: boolean;
}

/** Renders nginx.conf for one variant; every server in it binds 127.0.0.1. */
export function renderNginxConfig(options: NginxConfigOptions): string {
  const { prefix, port, upstreamPort, variant } = options;
  const cachePath = variant === 'caches-tokens' ? [`  proxy_cache_path ${prefix}/cache levels=1 keys_zone=tokens:1m max_size=10m inactive=10m use_temp_path=off;`] : [];

  return [
    ...(options.runAsRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${prefix}/temp/client_body;`,
    `  proxy_temp_path ${prefix}/temp/proxy;`,
    `  fastcgi_temp_path ${prefix}/temp/fastcgi;`,
    `  uwsgi_temp_path ${prefix}/temp/uwsgi;`,
    `  scgi_temp_path ${prefix}/temp/scgi;`,
    ...cachePath,
    '  map $args $not_token_request { "~*get_client_auth_token=true" 0; default 1; }',
    `  upstream juspay { server 127.0.0.1:${upstreamPort}; keepalive 8; }`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    ...JSON_BAD_REQUEST.map((line) => `    ${line}`),
    ...serverLines(options).map((line) => `    ${line}`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * nginx rejects some paths itself, before any proxying (an encoded NUL, a malformed percent escape,
 * a ".." above the root), with an HTML 400 page. Every variant returns a JSON error for those, as
 * Juspay's clients expect of every error, so that the variants differ only where they mean to.
 */
const JSON_BAD_REQUEST = [
  'error_page 400 /bad-request.json;',
  'location = /bad-request.json {',
  '  internal;',
  '  default_type application/json;',
  '  return 400 \'{"status":"invalid_request_error","error_code":"bad_request","error_message":"The request is not valid. Percent-encode the customer id in the path."}\';',
  '}',
];

/** Renders the location blocks of the server, where the variants differ. */
function serverLines(options: NginxConfigOptions): string[] {
  const forward = ['proxy_http_version 1.1;', 'proxy_set_header Connection "";'];

  switch (options.variant) {
    case 'pass-through':
      return location(['proxy_pass http://juspay;', ...forward]);
    case 'strips-routing-id':
      return location(['proxy_pass http://juspay;', ...forward, 'proxy_set_header x-routing-id "";']);
    case 'adds-credential-header':
      return location(['proxy_pass http://juspay;', ...forward, 'proxy_set_header x-internal-api-key "internal_0123456789";']);
    case 'caches-tokens':
      return location([
        'proxy_pass http://juspay;',
        ...forward,
        'proxy_cache tokens;',
        'proxy_cache_key $host$uri;',
        'proxy_cache_valid 200 10m;',
        'proxy_ignore_headers Cache-Control Expires Set-Cookie;',
        // Only token responses are stored and served from the cache, as in the proxies this copies.
        'proxy_no_cache $not_token_request;',
        'proxy_cache_bypass $not_token_request;',
      ]);
    case 'not-found-as-200':
      return [
        ...location(['proxy_pass http://juspay;', ...forward, 'proxy_intercept_errors on;', 'error_page 404 =200 /not-found.json;']),
        'location = /not-found.json { internal; default_type application/json; return 200 \'{"status":"ok"}\'; }',
      ];
    case 'not-found-as-html':
      return [
        ...location(['proxy_pass http://juspay;', ...forward, 'proxy_intercept_errors on;', 'error_page 404 /not-found.html;']),
        'location = /not-found.html { internal; default_type text/html; return 404 \'<html><body><h1>Not Found</h1></body></html>\'; }',
      ];
    case 'drops-query':
      return location(['proxy_pass http://juspay$uri;', ...forward]);
    case 'strips-prefix':
      return ['location /juspay/ {', '  proxy_pass http://juspay/;', ...forward.map((line) => `  ${line}`), '}'];
    case 'injects-key':
      return location(['proxy_pass http://juspay;', ...forward, ...injectionLines(options)]);
    case 'injects-key-and-leaks-it':
      return location([
        'proxy_pass http://juspay;',
        ...forward,
        ...injectionLines(options),
        `add_header x-upstream-authorization "${basicCredential(options)}" always;`,
      ]);
  }
}

function location(lines: readonly string[]): string[] {
  return ['location / {', ...lines.map((line) => `  ${line}`), '}'];
}

function injectionLines(options: NginxConfigOptions): string[] {
  const gatewayHeader = options.injected?.gatewayHeader;
  const gatewayLines =
    gatewayHeader === undefined
      ? []
      : [
          `if ($http_${gatewayHeader.name.replaceAll('-', '_')} != "${quotable(gatewayHeader.value)}") { return 401 '{"error_code":"gateway_key_invalid"}'; }`,
          `proxy_set_header ${gatewayHeader.name} "";`,
        ];
  return [...gatewayLines, `proxy_set_header Authorization "${basicCredential(options)}";`];
}

function basicCredential(options: NginxConfigOptions): string {
  if (options.injected === undefined) throw new Error(`The ${options.variant} variant needs the injected option with the API key to add.`);
  return `Basic ${Buffer.from(`${quotable(options.injected.apiKey)}:`).toString('base64')}`;
}

/** Rejects values that would end an nginx string or start a variable: tests choose their values. */
function quotable(value: string): string {
  // The value may be a credential, so the message leaves it out.
  if (/["$\\\s;{}]/.test(value)) throw new Error('A value for nginx.conf contains a quote, $, backslash, space, ; or brace: use letters, digits, _ and - only.');
  return value;
}

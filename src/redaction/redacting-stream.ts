import { Transform, type TransformCallback } from 'node:stream';

import { redactText } from './redact.ts';

/**
 * Creates a stream that masks secrets and personal data line by line, for a child process's console
 * output: Playwright's list reporter prints assertion messages with the values it received.
 * A partial line waits for its end, so a secret split across two chunks is still masked.
 */
export function createRedactingStream(secrets: readonly string[]): Transform {
  let pending = '';
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending += chunk.toString('utf8');
      const lastNewline = pending.lastIndexOf('\n');
      if (lastNewline === -1) return callback();

      const complete = pending.slice(0, lastNewline + 1);
      pending = pending.slice(lastNewline + 1);
      callback(null, redactText(complete, secrets));
    },
    flush(callback: TransformCallback) {
      callback(null, pending === '' ? undefined : redactText(pending, secrets));
    },
  });
}

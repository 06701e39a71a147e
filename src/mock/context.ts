import type { Logger } from '../logging/logger.ts';
import type { RequestRecorder } from './admin/request-recorder.ts';
import type { Authenticator } from './auth.ts';
import type { ActiveFaults } from './faults.ts';
import type { CustomerStore } from './store.ts';
import type { IssuedToken, TokenStore } from './tokens.ts';

/** State and configuration shared by the handlers of one running mock. */
export interface MockContext {
  readonly authenticator: Authenticator;
  readonly customers: CustomerStore;
  readonly tokens: TokenStore;
  readonly faults: ActiveFaults;
  readonly logger: Logger;
  /** Clock in ms since the epoch. */
  readonly now: () => number;
  /** First token minted per cst_ id, replayed by the `token.fresh-per-call` fault. */
  readonly replayedTokens: Map<string, IssuedToken>;
  /** Records requests for the admin API; undefined when the admin API is off. */
  readonly recorder: RequestRecorder | undefined;
}

/** An empty fault set, passed to the authenticator by every handler except Get Customer. */
export const NO_FAULTS: ActiveFaults = new Set();

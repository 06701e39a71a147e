import { randomUUID } from 'node:crypto';

/** Uses a client auth token allows; the default of Juspay's open backend port. */
export const TOKEN_MAX_USES = 30;

/**
 * Hard cap on live tokens per server. Expired tokens are evicted on every mint, so the live
 * count is about mint rate × TTL, and the cap binds only above 111 mints a second sustained over
 * the default 900 s TTL. Past it the oldest tokens are evicted first, which only ends their
 * lives early. At roughly 200 bytes an entry (an estimate for Node 20: the 36-character key, a
 * three-field record and the Map slot), the cap holds memory near 20 MB.
 */
export const DEFAULT_MAX_LIVE_TOKENS = 100_000;

/** One live token, kept small because up to DEFAULT_MAX_LIVE_TOKENS of them are held at once. */
class TokenRecord {
  constructor(
    readonly customerId: string,
    readonly expiresAt: number,
    public usesLeft: number,
  ) {}
}

export interface IssuedToken {
  /** `tkn_` + 32 hex characters. */
  readonly token: string;
  /** Issue time in ms since the epoch. */
  readonly issuedAt: number;
  /** Issue time + TTL, in ms since the epoch. */
  readonly expiresAt: number;
}

export interface TokenStoreOptions {
  readonly ttlSeconds: number;
  /** Defaults to DEFAULT_MAX_LIVE_TOKENS. */
  readonly maxLiveTokens?: number;
}

/**
 * Client auth tokens, each bound to one customer, with a TTL and a use count. A Map keeps
 * insertion order, and with one TTL and a clock that does not go back that is also expiry order,
 * so expired tokens are always at the head. After the clock goes back, expired tokens can sit
 * behind a live head until it expires too; the cap bounds that case as well.
 */
export class TokenStore {
  private readonly live = new Map<string, TokenRecord>();
  private readonly ttlMs: number;
  private readonly maxLiveTokens: number;

  constructor(options: TokenStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.maxLiveTokens = options.maxLiveTokens ?? DEFAULT_MAX_LIVE_TOKENS;
  }

  /** Number of tokens held, expired ones not yet evicted included. */
  get size(): number {
    return this.live.size;
  }

  /**
   * Mints a new token for `customerId` at time `now` (ms), after evicting expired tokens and,
   * at the cap, the oldest ones. `uppercaseHex` exists only for the `token.format` fault.
   */
  mint(customerId: string, now: number, uppercaseHex = false): IssuedToken {
    this.evict(now);

    const hex = randomUUID().replaceAll('-', '');
    const token = `tkn_${uppercaseHex ? hex.toUpperCase() : hex}`;
    const expiresAt = now + this.ttlMs;
    this.live.set(token, new TokenRecord(customerId, expiresAt, TOKEN_MAX_USES));

    return { token, issuedAt: now, expiresAt };
  }

  /**
   * Uses `token` once for `customerId` at time `now`. Returns false when the token is unknown,
   * expired, used up or bound to another customer. No mock route accepts tokens; this keeps the
   * token's contract (one customer, limited uses) in one place for callers that need it.
   */
  redeem(token: string, customerId: string, now: number): boolean {
    const record = this.live.get(token);
    if (record === undefined) return false;

    if (record.expiresAt <= now) {
      this.live.delete(token);
      return false;
    }
    if (record.customerId !== customerId) return false;

    record.usesLeft -= 1;
    if (record.usesLeft === 0) this.live.delete(token);
    return true;
  }

  clear(): void {
    this.live.clear();
  }

  private evict(now: number): void {
    // Deleting the current entry while iterating a Map is safe.
    for (const [token, record] of this.live) {
      if (record.expiresAt > now) break;
      this.live.delete(token);
    }

    // Leaves room for the token about to be added.
    while (this.live.size >= this.maxLiveTokens) {
      const oldest = this.live.keys().next();
      if (oldest.done === true) break;
      this.live.delete(oldest.value);
    }
  }
}

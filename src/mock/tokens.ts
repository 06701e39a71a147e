import { randomFillSync } from 'node:crypto';

/** Number of uses a client auth token allows, the default of Juspay's open backend port. */
export const TOKEN_MAX_USES = 30;

/**
 * Hard cap on live tokens per server. Expired tokens are evicted on every mint, so the live
 * count is about mint rate × TTL, and the cap binds only above 111 mints a second sustained over
 * the default 900 s TTL. Past it the oldest tokens are evicted first, which only ends their lives
 * early. A full store takes about 30 MB of heap (about 300 bytes a token, measured on Node 20
 * after 300,000 mints).
 */
export const DEFAULT_MAX_LIVE_TOKENS = 100_000;

const TOKEN_PREFIX = 'tkn_';
const TOKEN_RANDOM_BYTES = 16;
/** Random bytes drawn per refill: 256 tokens' worth, so the random source is called once per 256 mints. */
const ENTROPY_POOL_BYTES = TOKEN_RANDOM_BYTES * 256;

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
 * Client auth tokens, each bound to one customer, with a TTL and a use count.
 *
 * Each token's record is one slot of a ring buffer kept as parallel arrays (hex, customer,
 * expiry, uses left), and a Map from the token's hex to its slot finds it. Slots fill in mint
 * order, and with one TTL and a clock that does not go back that is also expiry order, so every
 * mint evicts expired tokens from the head. Evicting from the head of the Map itself would be
 * slower: V8 keeps deleted entries in a Map's table until it rehashes, and each new iterator walks
 * past them, which cost about 90 µs a mint with 100,000 live tokens (Node 20, a 2-core VM). After
 * the clock goes back, expired tokens can sit behind a live head until it expires too; the cap
 * bounds that case.
 */
export class TokenStore {
  private readonly ttlMs: number;
  private readonly capacity: number;
  /** Slot of each live token, by the token's hex (without `tkn_`). */
  private readonly slots = new Map<string, number>();
  private readonly hexes: (string | undefined)[];
  private readonly customerIds: (string | undefined)[];
  private readonly expiries: Float64Array;
  private readonly usesLeft: Uint8Array;
  /** First slot of the ring, the oldest token. */
  private head = 0;
  /** Slots in use, from `head` on; used-up tokens keep their slot until it reaches the head. */
  private occupied = 0;
  private readonly entropy = Buffer.alloc(ENTROPY_POOL_BYTES);
  private entropyOffset = ENTROPY_POOL_BYTES;

  constructor(options: TokenStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.capacity = options.maxLiveTokens ?? DEFAULT_MAX_LIVE_TOKENS;
    this.hexes = new Array<string | undefined>(this.capacity);
    this.customerIds = new Array<string | undefined>(this.capacity);
    this.expiries = new Float64Array(this.capacity);
    this.usesLeft = new Uint8Array(this.capacity);
  }

  /** Number of live tokens, expired ones not yet evicted included. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Mints a new token for `customerId` at time `now` (ms), after evicting expired tokens and,
   * at the cap, the oldest one. `uppercaseHex` exists only for the `token.format` fault.
   */
  mint(customerId: string, now: number, uppercaseHex = false): IssuedToken {
    this.evictExpired(now);
    if (this.occupied === this.capacity) this.evictOldest();

    const randomHex = this.nextRandomHex();
    const hex = uppercaseHex ? randomHex.toUpperCase() : randomHex;
    const expiresAt = now + this.ttlMs;

    const slot = (this.head + this.occupied) % this.capacity;
    this.hexes[slot] = hex;
    this.customerIds[slot] = customerId;
    this.expiries[slot] = expiresAt;
    this.usesLeft[slot] = TOKEN_MAX_USES;
    this.occupied += 1;
    this.slots.set(hex, slot);

    return { token: TOKEN_PREFIX + hex, issuedAt: now, expiresAt };
  }

  /**
   * Uses `token` once for `customerId` at time `now`. Returns false when the token is unknown,
   * expired, used up or bound to another customer. No mock route accepts tokens; this keeps the
   * token's contract (one customer, limited uses) in one place for callers that need it.
   */
  redeem(token: string, customerId: string, now: number): boolean {
    if (!token.startsWith(TOKEN_PREFIX)) return false;
    const hex = token.slice(TOKEN_PREFIX.length);

    const slot = this.slots.get(hex);
    if (slot === undefined) return false;
    if ((this.expiries[slot] ?? 0) <= now) {
      this.slots.delete(hex);
      return false;
    }
    if (this.customerIds[slot] !== customerId) return false;

    const usesLeft = (this.usesLeft[slot] ?? 1) - 1;
    this.usesLeft[slot] = usesLeft;
    if (usesLeft === 0) this.slots.delete(hex);
    return true;
  }

  clear(): void {
    this.slots.clear();
    this.hexes.fill(undefined);
    this.customerIds.fill(undefined);
    this.head = 0;
    this.occupied = 0;
  }

  /** Returns 32 lowercase hex characters from 16 cryptographically random bytes. */
  private nextRandomHex(): string {
    if (this.entropyOffset === ENTROPY_POOL_BYTES) {
      randomFillSync(this.entropy);
      this.entropyOffset = 0;
    }
    const hex = this.entropy.toString('hex', this.entropyOffset, this.entropyOffset + TOKEN_RANDOM_BYTES);
    this.entropyOffset += TOKEN_RANDOM_BYTES;
    return hex;
  }

  private evictExpired(now: number): void {
    while (this.occupied > 0 && (this.expiries[this.head] ?? 0) <= now) this.evictOldest();
  }

  private evictOldest(): void {
    const hex = this.hexes[this.head];
    // A token deleted early (used up or found expired) may already be gone from the Map.
    if (hex !== undefined && this.slots.get(hex) === this.head) this.slots.delete(hex);

    this.hexes[this.head] = undefined;
    this.customerIds[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.occupied -= 1;
  }
}

import { randomFillSync } from 'node:crypto';

/** Number of uses a client auth token allows, the default of Juspay's open backend port. */
export const TOKEN_MAX_USES = 30;

/**
 * Hard cap on live tokens per server. Expired tokens are evicted on every mint, so the live
 * count is about mint rate × TTL, and the cap binds only above 111 mints a second sustained over
 * the default 900 s TTL. Past it the oldest tokens are evicted first, which only ends their lives
 * early. The store allocates its arrays for the cap up front: about 50 bytes a token, 5 MB at
 * the default cap.
 */
export const DEFAULT_MAX_LIVE_TOKENS = 100_000;

const TOKEN_PREFIX = 'tkn_';
const TOKEN_RANDOM_BYTES = 16;
const TOKEN_HEX_LENGTH = TOKEN_RANDOM_BYTES * 2;
/** The 16 random bytes of a token, read as 32-bit words. */
const WORDS_PER_TOKEN = TOKEN_RANDOM_BYTES / 4;
/** Random bytes drawn per refill: 256 tokens' worth, so the random source is called once per 256 mints. */
const ENTROPY_POOL_BYTES = TOKEN_RANDOM_BYTES * 256;

const LOWERCASE_HEX = /^[0-9a-f]+$/;
const UPPERCASE_HEX = /^[0-9A-F]+$/;

export interface IssuedToken {
  /** `tkn_` + 32 hex characters. */
  readonly token: string;
  /** Issue time in ms since the epoch. */
  readonly issuedAt: number;
  /** Issue time + TTL, in ms since the epoch. */
  readonly expiresAt: number;
}

/** A live token as the store keeps it. */
export interface LiveToken {
  /** The cst_ id of the customer the token is bound to. */
  readonly customerId: string;
  /** Expiry in ms since the epoch. */
  readonly expiresAt: number;
  /** Uses left, from TOKEN_MAX_USES down to 1. */
  readonly usesLeft: number;
}

export interface TokenStoreOptions {
  readonly ttlSeconds: number;
  /** Defaults to DEFAULT_MAX_LIVE_TOKENS. */
  readonly maxLiveTokens?: number;
}

/**
 * Client auth tokens, each bound to one customer, with a TTL and a use count.
 *
 * Each token's record is one slot of a ring buffer kept as parallel typed arrays (the 16 random
 * bytes as four 32-bit words, expiry, uses left), plus the customer id. Slots fill in mint order,
 * and with one TTL and a clock that does not go back that is also expiry order, so every mint
 * evicts expired tokens from the head. After the clock goes back, expired tokens can sit behind
 * a live head until it expires too; the cap bounds that case.
 *
 * An open-addressing hash table (linear probing, in an Int32Array) finds a token's slot, with
 * the token's first random word as the hash. The words are random, so clients cannot choose
 * where a token lands in the table. The store used to key a Map by the hex string. At the cap,
 * that cost 0.7 to 1.3 µs a mint against 0.16 to 0.35 µs for this table (loops of 1,000,000
 * mints, Node 20, a 2-core VM). The Map also left one string per token in the old generation for
 * the garbage collector, and the table allocates nothing per mint.
 */
export class TokenStore {
  private readonly ttlMs: number;
  private readonly capacity: number;

  private readonly words: Uint32Array;
  private readonly customerIds: (string | undefined)[];
  private readonly expiries: Float64Array;
  /** Uses left per slot. 0 marks a slot whose token is used up, evicted or found expired. */
  private readonly usesLeft: Uint8Array;
  /** 1 for a slot minted with uppercase hex, which only the `token.format` fault does. */
  private readonly uppercase: Uint8Array;
  /** First slot of the ring, the oldest token. */
  private head = 0;
  /** Slots in use, from `head` on; used-up tokens keep their slot until it reaches the head. */
  private occupied = 0;
  /** Slots whose token is in the table: the live tokens, expired ones not yet evicted included. */
  private indexed = 0;

  /**
   * Two entries per position: slot + 1 (0 for an empty position) and the token's first word,
   * its hash. Keeping the hash beside the slot lets a deletion move entries without reading the
   * words of other slots, which are scattered over the ring. At most half the positions are used.
   */
  private readonly table: Int32Array;
  /** Number of positions minus 1; positions are a power of two. */
  private readonly tableMask: number;

  private readonly entropy: Buffer;
  private readonly entropyWords: Uint32Array;
  /**
   * `entropy` as hex, encoded once per refill. Each token's hex is a slice of it, which V8 makes
   * without copying, in place of one call into Buffer's C++ hex encoder per mint.
   */
  private entropyHex = '';
  private entropyOffset = ENTROPY_POOL_BYTES;
  /** Scratch space to decode a looked-up token into, read through `lookupWords`. */
  private readonly lookupBytes: Buffer;
  private readonly lookupWords: Uint32Array;

  constructor(options: TokenStoreOptions) {
    this.ttlMs = options.ttlSeconds * 1000;
    this.capacity = options.maxLiveTokens ?? DEFAULT_MAX_LIVE_TOKENS;
    if (!Number.isInteger(this.capacity) || this.capacity < 1) {
      throw new RangeError(`maxLiveTokens must be a whole number of at least 1, not ${this.capacity}.`);
    }

    this.words = new Uint32Array(this.capacity * WORDS_PER_TOKEN);
    this.customerIds = new Array<string | undefined>(this.capacity).fill(undefined);
    this.expiries = new Float64Array(this.capacity);
    this.usesLeft = new Uint8Array(this.capacity);
    this.uppercase = new Uint8Array(this.capacity);

    let tableSize = 2;
    while (tableSize < this.capacity * 2) tableSize *= 2;
    this.table = new Int32Array(tableSize * 2);
    this.tableMask = tableSize - 1;

    // Own ArrayBuffers, not Node's shared pool, so that the word views start at offset 0.
    const entropyBuffer = new ArrayBuffer(ENTROPY_POOL_BYTES);
    this.entropy = Buffer.from(entropyBuffer);
    this.entropyWords = new Uint32Array(entropyBuffer);
    const lookupBuffer = new ArrayBuffer(TOKEN_RANDOM_BYTES);
    this.lookupBytes = Buffer.from(lookupBuffer);
    this.lookupWords = new Uint32Array(lookupBuffer);
  }

  /** Number of live tokens, expired ones not yet evicted included. */
  get size(): number {
    return this.indexed;
  }

  /**
   * Mints a new token for `customerId` at time `now` (ms), after evicting expired tokens and,
   * at the cap, the oldest one. `uppercaseHex` exists only for the `token.format` fault.
   */
  mint(customerId: string, now: number, uppercaseHex = false): IssuedToken {
    this.evictExpired(now);
    if (this.occupied === this.capacity) this.evictOldest();

    if (this.entropyOffset === ENTROPY_POOL_BYTES) {
      randomFillSync(this.entropy);
      this.entropyHex = this.entropy.toString('hex');
      this.entropyOffset = 0;
    }
    const entropyOffset = this.entropyOffset;
    this.entropyOffset = entropyOffset + TOKEN_RANDOM_BYTES;

    let slot = this.head + this.occupied;
    if (slot >= this.capacity) slot -= this.capacity;
    const base = slot * WORDS_PER_TOKEN;
    const source = entropyOffset / 4;
    this.words[base] = this.entropyWords[source] ?? 0;
    this.words[base + 1] = this.entropyWords[source + 1] ?? 0;
    this.words[base + 2] = this.entropyWords[source + 2] ?? 0;
    this.words[base + 3] = this.entropyWords[source + 3] ?? 0;

    const expiresAt = now + this.ttlMs;
    this.customerIds[slot] = customerId;
    this.expiries[slot] = expiresAt;
    this.usesLeft[slot] = TOKEN_MAX_USES;
    this.uppercase[slot] = uppercaseHex ? 1 : 0;
    this.occupied += 1;
    this.insertIntoTable(slot);

    const hex = this.entropyHex.slice(entropyOffset * 2, entropyOffset * 2 + TOKEN_HEX_LENGTH);
    return { token: TOKEN_PREFIX + (uppercaseHex ? hex.toUpperCase() : hex), issuedAt: now, expiresAt };
  }

  /**
   * Returns the customer, expiry and uses left of `token` when it is live at time `now` (ms), or
   * undefined when it is unknown, malformed, expired or used up. Uses none of its uses.
   */
  lookup(token: string, now: number): LiveToken | undefined {
    const slot = this.findSlot(token);
    if (slot === -1 || (this.expiries[slot] ?? 0) <= now) return undefined;
    return {
      customerId: this.customerIds[slot] ?? '',
      expiresAt: this.expiries[slot] ?? 0,
      usesLeft: this.usesLeft[slot] ?? 0,
    };
  }

  /**
   * Uses `token` once for `customerId` at time `now`. Returns false when the token is unknown,
   * expired, used up or bound to another customer. No mock route accepts tokens; this keeps the
   * token's contract (one customer, limited uses) in one place for callers that need it.
   */
  redeem(token: string, customerId: string, now: number): boolean {
    const slot = this.findSlot(token);
    if (slot === -1) return false;
    if ((this.expiries[slot] ?? 0) <= now) {
      this.retire(slot);
      return false;
    }
    if (this.customerIds[slot] !== customerId) return false;

    const usesLeft = (this.usesLeft[slot] ?? 1) - 1;
    if (usesLeft === 0) this.retire(slot);
    else this.usesLeft[slot] = usesLeft;
    return true;
  }

  clear(): void {
    this.table.fill(0);
    this.usesLeft.fill(0);
    this.customerIds.fill(undefined);
    this.head = 0;
    this.occupied = 0;
    this.indexed = 0;
  }

  /** Returns the slot of `token` in the table, or -1 when the token is malformed or not there. */
  private findSlot(token: string): number {
    if (token.length !== TOKEN_PREFIX.length + TOKEN_HEX_LENGTH || !token.startsWith(TOKEN_PREFIX)) return -1;
    const hex = token.slice(TOKEN_PREFIX.length);
    // Digits-only hex is both, and matches a token minted in either case.
    const lowercase = LOWERCASE_HEX.test(hex);
    const uppercase = UPPERCASE_HEX.test(hex);
    if (!lowercase && !uppercase) return -1;
    this.lookupBytes.write(hex, 'hex');

    const [first = 0, second = 0, third = 0, fourth = 0] = this.lookupWords;
    for (let position = first & this.tableMask; ; position = (position + 1) & this.tableMask) {
      const entry = this.table[position * 2] ?? 0;
      if (entry === 0) return -1;

      const slot = entry - 1;
      const base = slot * WORDS_PER_TOKEN;
      const sameWords =
        this.words[base] === first &&
        this.words[base + 1] === second &&
        this.words[base + 2] === third &&
        this.words[base + 3] === fourth;
      if (sameWords && (this.uppercase[slot] === 1 ? uppercase : lowercase)) return slot;
    }
  }

  private insertIntoTable(slot: number): void {
    const hash = this.words[slot * WORDS_PER_TOKEN] ?? 0;
    let position = hash & this.tableMask;
    while (this.table[position * 2] !== 0) position = (position + 1) & this.tableMask;
    this.table[position * 2] = slot + 1;
    this.table[position * 2 + 1] = hash;
    this.indexed += 1;
  }

  /**
   * Removes `slot` from the table with backward-shift deletion: entries after the hole move back
   * into it unless that would put them before their home position, so lookups never need
   * tombstones and the table never fills with deleted entries.
   */
  private removeFromTable(slot: number): void {
    const mask = this.tableMask;
    let hole = (this.words[slot * WORDS_PER_TOKEN] ?? 0) & mask;
    while (this.table[hole * 2] !== slot + 1) hole = (hole + 1) & mask;

    for (let next = (hole + 1) & mask; ; next = (next + 1) & mask) {
      const entry = this.table[next * 2] ?? 0;
      if (entry === 0) break;

      const hash = this.table[next * 2 + 1] ?? 0;
      const home = hash & mask;
      // The entry may fill the hole only when its home is not cyclically within (hole, next].
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        this.table[hole * 2] = entry;
        this.table[hole * 2 + 1] = hash;
        hole = next;
      }
    }
    this.table[hole * 2] = 0;
    this.indexed -= 1;
  }

  /** Takes a slot's token out of the table before its slot reaches the head of the ring. */
  private retire(slot: number): void {
    this.removeFromTable(slot);
    this.usesLeft[slot] = 0;
  }

  private evictExpired(now: number): void {
    while (this.occupied > 0 && (this.expiries[this.head] ?? 0) <= now) this.evictOldest();
  }

  private evictOldest(): void {
    const slot = this.head;
    if (this.usesLeft[slot] !== 0) this.retire(slot);

    this.customerIds[slot] = undefined;
    this.head = slot + 1 === this.capacity ? 0 : slot + 1;
    this.occupied -= 1;
  }
}

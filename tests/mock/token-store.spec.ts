import { TokenStore, TOKEN_MAX_USES } from '../../src/mock/tokens.ts';
import { expect, test, TOKEN } from './fixtures.ts';

const TTL_SECONDS = 900;

test.describe('TokenStore', () => {
  test('eviction keeps live tokens bounded as the clock advances', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    let now = Date.UTC(2024, 0, 1);
    let maxSize = 0;

    // One mint every 100 ms for 200,000 mints: 9,000 tokens are live within any 900 s window.
    for (let mint = 0; mint < 200_000; mint += 1) {
      store.mint('cst_om2l6ctlptxwxuzj', now);
      now += 100;
      maxSize = Math.max(maxSize, store.size);
    }

    expect(maxSize).toBe(9_000);
    expect(store.size).toBe(9_000);
  });

  test('the cap evicts the oldest tokens when none has expired', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS, maxLiveTokens: 1_000 });
    const now = Date.UTC(2024, 0, 1);

    const first = store.mint('cst_a', now);
    for (let mint = 0; mint < 5_000; mint += 1) store.mint('cst_a', now);
    const last = store.mint('cst_a', now);

    expect(store.size).toBe(1_000);
    expect(store.redeem(first.token, 'cst_a', now)).toBe(false);
    expect(store.redeem(last.token, 'cst_a', now)).toBe(true);
  });

  test('a token expires at issue time plus the TTL', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const now = Date.UTC(2024, 0, 1);

    const issued = store.mint('cst_a', now);

    expect(issued.token).toMatch(TOKEN);
    expect(issued.expiresAt - issued.issuedAt).toBe(TTL_SECONDS * 1000);
    expect(store.redeem(issued.token, 'cst_a', issued.expiresAt - 1)).toBe(true);
    expect(store.redeem(issued.token, 'cst_a', issued.expiresAt)).toBe(false);
  });

  test('a token is bound to its customer', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const now = Date.UTC(2024, 0, 1);

    const issued = store.mint('cst_a', now);

    expect(store.redeem(issued.token, 'cst_b', now)).toBe(false);
    expect(store.redeem(issued.token, 'cst_a', now)).toBe(true);
  });

  test(`a token allows ${TOKEN_MAX_USES} uses`, () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const now = Date.UTC(2024, 0, 1);
    const issued = store.mint('cst_a', now);

    const results = Array.from({ length: TOKEN_MAX_USES + 1 }, () => store.redeem(issued.token, 'cst_a', now));

    expect(results.filter(Boolean)).toHaveLength(TOKEN_MAX_USES);
    expect(results.at(-1)).toBe(false);
    expect(store.size).toBe(0);
  });

  test('an unknown or malformed token is rejected', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });

    expect(store.redeem('tkn_00000000000000000000000000000000', 'cst_a', 0)).toBe(false);
    expect(store.redeem('not-a-token', 'cst_a', 0)).toBe(false);
  });

  test('lookup returns the customer, expiry and uses left', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const now = Date.UTC(2024, 0, 1);
    const issued = store.mint('cst_a', now);

    expect(store.lookup(issued.token, now)).toEqual({ customerId: 'cst_a', expiresAt: issued.expiresAt, usesLeft: TOKEN_MAX_USES });
    expect(store.redeem(issued.token, 'cst_a', now)).toBe(true);
    expect(store.lookup(issued.token, now)?.usesLeft).toBe(TOKEN_MAX_USES - 1);
  });

  test('lookup uses none of the uses', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const issued = store.mint('cst_a', 0);

    for (let call = 0; call < TOKEN_MAX_USES * 2; call += 1) store.lookup(issued.token, 0);

    expect(store.lookup(issued.token, 0)?.usesLeft).toBe(TOKEN_MAX_USES);
    expect(store.size).toBe(1);
  });

  test('lookup misses expired, used-up and unknown tokens', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const now = Date.UTC(2024, 0, 1);
    const expiring = store.mint('cst_a', now);
    const usedUp = store.mint('cst_a', now);
    for (let use = 0; use < TOKEN_MAX_USES; use += 1) store.redeem(usedUp.token, 'cst_a', now);

    expect(store.lookup(expiring.token, expiring.expiresAt - 1)).toBeDefined();
    expect(store.lookup(expiring.token, expiring.expiresAt)).toBeUndefined();
    expect(store.lookup(usedUp.token, now)).toBeUndefined();
    expect(store.lookup('tkn_00000000000000000000000000000000', now)).toBeUndefined();
  });

  test('lookup rejects malformed tokens', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const issued = store.mint('cst_a', 0);
    const hex = issued.token.slice('tkn_'.length);

    for (const malformed of ['', hex, `tkn_${hex}0`, `tkn_${hex.slice(1)}`, `tkn_${hex.slice(1)}g`, `TKN_${hex}`, ` ${issued.token}`]) {
      expect(store.lookup(malformed, 0), malformed).toBeUndefined();
    }
  });

  test('lookup matches the minted letter case', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const lower = store.mint('cst_a', 0);
    const upper = store.mint('cst_b', 0, true);

    expect(upper.token).toMatch(/^tkn_[0-9A-F]{32}$/);
    expect(store.lookup(upper.token, 0)?.customerId).toBe('cst_b');
    expect(store.lookup(lower.token, 0)?.customerId).toBe('cst_a');
    // A digits-only hex could match in either case, so only tokens with a letter are checked.
    if (/[a-f]/.test(lower.token.slice(4))) expect(store.lookup(lower.token.toUpperCase().replace('TKN_', 'tkn_'), 0)).toBeUndefined();
    if (/[A-F]/.test(upper.token.slice(4))) expect(store.lookup(upper.token.toLowerCase(), 0)).toBeUndefined();
  });

  test('lookup after heavy eviction and use', () => {
    // A small cap keeps the hash table small, so entries collide and deletions move them.
    const capacity = 64;
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS, maxLiveTokens: capacity });
    const expected = new Map<string, { customerId: string; usesLeft: number }>();
    const order: string[] = [];
    const wrongRedemptions: string[] = [];
    let seed = 7;
    const random = (bound: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % bound;
    };

    for (let step = 0; step < 20_000; step += 1) {
      if (random(3) > 0 || order.length === 0) {
        const customerId = `cst_${random(5)}`;
        const issued = store.mint(customerId, 0);
        expected.set(issued.token, { customerId, usesLeft: TOKEN_MAX_USES });
        order.push(issued.token);
        // The ring has room for `capacity` tokens, so minting one more evicted the oldest.
        if (order.length > capacity) expected.delete(order.shift() ?? '');
      } else {
        const token = order[random(order.length)] ?? '';
        const entry = expected.get(token);
        const uses = 1 + random(TOKEN_MAX_USES);
        for (let use = 0; use < uses; use += 1) {
          const redeemed = store.redeem(token, entry?.customerId ?? 'cst_none', 0);
          // One expect for the whole run: Playwright records every expect call as a step.
          if (redeemed !== (entry !== undefined && entry.usesLeft > 0)) wrongRedemptions.push(`step ${step}: ${token}`);
          if (entry !== undefined && entry.usesLeft > 0) entry.usesLeft -= 1;
        }
        if (entry !== undefined && entry.usesLeft === 0) expected.delete(token);
      }
    }

    expect(wrongRedemptions).toEqual([]);
    for (const token of order) {
      const entry = expected.get(token);
      expect(store.lookup(token, 0), token).toEqual(
        entry === undefined ? undefined : { customerId: entry.customerId, expiresAt: TTL_SECONDS * 1000, usesLeft: entry.usesLeft },
      );
    }
    expect(store.size).toBe(expected.size);
  });

  test('clear drops every token', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const issued = store.mint('cst_a', 0);

    store.clear();

    expect(store.size).toBe(0);
    expect(store.redeem(issued.token, 'cst_a', 0)).toBe(false);
  });
});

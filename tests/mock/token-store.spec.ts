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

  test('clear drops every token', () => {
    const store = new TokenStore({ ttlSeconds: TTL_SECONDS });
    const issued = store.mint('cst_a', 0);

    store.clear();

    expect(store.size).toBe(0);
    expect(store.redeem(issued.token, 'cst_a', 0)).toBe(false);
  });
});

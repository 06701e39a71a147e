/** The last second formatted and its text. The token path formats the same second many times. */
let cachedSecond = Number.NaN;
let cachedTimestamp = '';

/**
 * Formats a time in ms as Juspay's UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`, truncated to the
 * second (Juspay's samples carry no milliseconds).
 */
export function formatTimestamp(epochMs: number): string {
  const second = Math.floor(epochMs / 1000);
  if (second !== cachedSecond) {
    // toISOString returns `YYYY-MM-DDTHH:MM:SS.sssZ` for years 0 to 9999.
    cachedTimestamp = new Date(second * 1000).toISOString().slice(0, 19) + 'Z';
    cachedSecond = second;
  }
  return cachedTimestamp;
}

export const MS_PER_DAY = 86_400_000;

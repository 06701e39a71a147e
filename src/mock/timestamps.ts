/**
 * Formats a time in ms as Juspay's UTC timestamp, `YYYY-MM-DDTHH:MM:SSZ`, truncated to the
 * second (Juspay's samples carry no milliseconds).
 */
export function formatTimestamp(epochMs: number): string {
  // toISOString always returns `YYYY-MM-DDTHH:MM:SS.sssZ` for years 0 to 9999.
  return new Date(epochMs).toISOString().slice(0, 19) + 'Z';
}

export const MS_PER_DAY = 86_400_000;

/**
 * Response times in milliseconds, kept exactly. autocannon's own histogram counts whole
 * milliseconds, which makes every loopback p50 read 0 or 1 ms; this keeps the fraction.
 */
export class LatencyRecorder {
  #values = new Float64Array(1 << 16);
  #count = 0;

  get count(): number {
    return this.#count;
  }

  record(milliseconds: number): void {
    if (this.#count === this.#values.length) {
      const grown = new Float64Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#count] = milliseconds;
    this.#count += 1;
  }

  /**
   * Returns the nearest-rank percentile: the smallest recorded value that at least `percent`
   * percent of the values do not exceed. NaN when nothing was recorded.
   */
  percentile(percent: number): number {
    if (this.#count === 0) return Number.NaN;
    const sorted = this.#values.subarray(0, this.#count).slice().sort();
    const rank = Math.max(1, Math.ceil((percent / 100) * this.#count));
    return sorted[rank - 1] ?? Number.NaN;
  }
}

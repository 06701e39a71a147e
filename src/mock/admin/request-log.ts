import type { RecordedRequest } from './recorded-request.ts';

/** Requests the admin API keeps; older ones are dropped first. */
export const DEFAULT_REQUEST_LOG_CAPACITY = 1_000;

/**
 * The last `capacity` requests in a ring buffer, with an index by request id. A request id sent
 * twice finds the later request, and the earlier one stays in `list()` until it is evicted.
 */
export class RequestLog {
  /** Maximum number of requests kept. */
  readonly capacity: number;
  private readonly ring: (RecordedRequest | undefined)[];
  private readonly byRequestId = new Map<string, RecordedRequest>();
  /** Slot of the oldest record. */
  private head = 0;
  private count = 0;

  constructor(capacity: number = DEFAULT_REQUEST_LOG_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`RequestLog capacity ${String(capacity)} is invalid. Pass a whole number, at least 1.`);
    }
    this.capacity = capacity;
    this.ring = new Array<RecordedRequest | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds `record` as the newest request, evicting the oldest one when the log is full. */
  add(record: RecordedRequest): void {
    if (this.count === this.capacity) this.evictOldest();

    this.ring[(this.head + this.count) % this.capacity] = record;
    this.count += 1;
    this.byRequestId.set(record.requestId, record);
  }

  find(requestId: string): RecordedRequest | undefined {
    return this.byRequestId.get(requestId);
  }

  /** Returns every kept request, oldest first. */
  list(): RecordedRequest[] {
    const records: RecordedRequest[] = [];
    for (let offset = 0; offset < this.count; offset += 1) {
      const record = this.ring[(this.head + offset) % this.capacity];
      if (record !== undefined) records.push(record);
    }
    return records;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.byRequestId.clear();
    this.head = 0;
    this.count = 0;
  }

  private evictOldest(): void {
    const oldest = this.ring[this.head];
    // A later request with the same id owns the index entry; only drop the entry if it is this one.
    if (oldest !== undefined && this.byRequestId.get(oldest.requestId) === oldest) {
      this.byRequestId.delete(oldest.requestId);
    }

    this.ring[this.head] = undefined;
    this.head = (this.head + 1) % this.capacity;
    this.count -= 1;
  }
}

import { cloneValue, isUint8Array } from './cloneValue';

/** Figma's per-plugin clientStorage quota. */
export const CLIENT_STORAGE_QUOTA = 5 * 1024 * 1024;

/**
 * clientStorage with the 5 MB quota enforced: a value counts as its bytes
 * (Uint8Array) or its JSON text, plus its key. A setAsync that would pass
 * the quota rejects and changes nothing.
 */
export class FakeClientStorage implements ClientStorageAPI {
  private readonly values = new Map<string, unknown>();

  constructor(readonly quotaBytes: number = CLIENT_STORAGE_QUOTA) {}

  async getAsync(key: string): Promise<unknown> {
    const value = this.values.get(key);
    return value === undefined ? undefined : cloneValue(value, 'clientStorage.getAsync');
  }

  async setAsync(key: string, value: unknown): Promise<void> {
    if (typeof key !== 'string' || key === '') throw new Error('clientStorage key must be a non-empty string');
    const copy = cloneValue(value, 'clientStorage.setAsync');
    const previous = this.values.has(key) ? sizeOf(key, this.values.get(key)) : 0;
    const next = this.bytesUsed - previous + sizeOf(key, copy);
    if (next > this.quotaBytes) {
      throw new Error(`clientStorage quota exceeded: ${next} of ${this.quotaBytes} bytes`);
    }
    this.values.set(key, copy);
  }

  async deleteAsync(key: string): Promise<void> {
    this.values.delete(key);
  }

  async keysAsync(): Promise<string[]> {
    return [...this.values.keys()];
  }

  /** Bytes counted against the quota. */
  get bytesUsed(): number {
    let total = 0;
    for (const [key, value] of this.values) total += sizeOf(key, value);
    return total;
  }
}

function sizeOf(key: string, value: unknown): number {
  if (isUint8Array(value)) return key.length + value.length;
  let bytes = 0;
  const text = JSON.stringify(value, (_k, v: unknown) => {
    if (isUint8Array(v)) {
      bytes += v.length;
      return 0;
    }
    return v;
  });
  return key.length + bytes + (text === undefined ? 0 : text.length);
}

// Weak maps and sets that never grow one hash table past CHUNK entries. A
// walk of a huge page records hundreds of thousands of elements; one
// WeakMap/WeakSet of that size rehashes all its entries at once as it grows,
// a pause of tens of milliseconds in the middle of a slice that should take a
// few. In chunks, each table stays small and a lookup asks a few of them.

/** Entries per table. */
const CHUNK = 16_384;

export class ChunkedWeakMap<K extends object, V> {
  private readonly chunks: WeakMap<K, V>[] = [new WeakMap()];
  private count = 0;

  get(key: K): V | undefined {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const v = this.chunks[i]!.get(key);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  has(key: K): boolean {
    for (let i = this.chunks.length - 1; i >= 0; i--) if (this.chunks[i]!.has(key)) return true;
    return false;
  }

  set(key: K, value: V): this {
    for (const chunk of this.chunks) {
      if (chunk.has(key)) {
        chunk.set(key, value);
        return this;
      }
    }
    if (this.count >= CHUNK) {
      this.chunks.push(new WeakMap());
      this.count = 0;
    }
    this.chunks[this.chunks.length - 1]!.set(key, value);
    this.count++;
    return this;
  }

  delete(key: K): boolean {
    let found = false;
    for (const chunk of this.chunks) found = chunk.delete(key) || found;
    return found;
  }
}

export class ChunkedWeakSet<K extends object> {
  private readonly map = new ChunkedWeakMap<K, true>();

  has(key: K): boolean {
    return this.map.has(key);
  }

  add(key: K): this {
    this.map.set(key, true);
    return this;
  }
}

import { describe, expect, test } from 'vitest';
import { ChunkedWeakMap, ChunkedWeakSet } from '../../../lib/page/chunked';

describe('chunked weak collections', () => {
  test('a map of 50,000 keys (four tables) finds, updates and deletes each', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    const map = new ChunkedWeakMap<{ i: number }, number>();
    for (const k of keys) map.set(k, k.i);
    expect(keys.every((k) => map.get(k) === k.i)).toBe(true);
    // An update stays in the key's table: one value per key.
    map.set(keys[3]!, -3);
    expect(map.get(keys[3]!)).toBe(-3);
    expect(map.delete(keys[40_000]!)).toBe(true);
    expect(map.has(keys[40_000]!)).toBe(false);
    expect(map.get(keys[40_000]!)).toBeUndefined();
    expect(map.has({ i: 1 })).toBe(false);
    expect(map.delete({ i: 1 })).toBe(false);
  });

  test('a set says which keys it holds', () => {
    const set = new ChunkedWeakSet<object>();
    const a = {};
    const b = {};
    for (let i = 0; i < 20_000; i++) set.add({});
    set.add(a);
    expect(set.has(a)).toBe(true);
    expect(set.has(b)).toBe(false);
  });
});

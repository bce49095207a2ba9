// A copy of schema version 1's code path (lib/store at version 1), kept so
// tests can build a real version-1 store and upgrade it. Do not change.
// biome-ignore-all lint: a frozen copy
// Keeping `buckets` (all figures of a metric on a day, as one short string)
// in step with `claims`. Call these inside the write transaction that changed
// the claims, with `db.buckets` in its scope.
import type { Metric } from '../../../../lib/types';
import { bucketRowsOf, type ClaimRow, type TallymarkDb } from './db-v1';

/** A (metric, time) pair, the key of a bucket. */
export type BucketKey = [Metric, number];

/** Above this many buckets to refresh, rebuilding them all from the claims is cheaper. */
const FULL_REBUILD_AT = 2000;

/** The distinct bucket keys of some claim rows. */
export function bucketKeysOf(rows: Iterable<Pick<ClaimRow, 'metric' | 'time'>>): BucketKey[] {
  const seen = new Map<string, BucketKey>();
  for (const r of rows) seen.set(`${r.metric}|${r.time}`, [r.metric, r.time]);
  return [...seen.values()];
}

/** Rebuilds every bucket from the claims. */
export async function rebuildAllBuckets(db: TallymarkDb): Promise<void> {
  const claims = await db.claims.toArray();
  await db.buckets.clear();
  await db.buckets.bulkPut(bucketRowsOf(claims));
}

/** Rebuilds the buckets of these keys from the claims now stored (a bucket left empty is deleted). */
export async function refreshBuckets(db: TallymarkDb, keys: readonly BucketKey[]): Promise<void> {
  if (keys.length === 0) return;
  if (keys.length >= FULL_REBUILD_AT) return rebuildAllBuckets(db);
  await Promise.all(
    keys.map(async (key) => {
      const rows = await db.claims.where('[metric+time]').equals(key).toArray();
      const [row] = bucketRowsOf(rows);
      if (row) await db.buckets.put(row);
      else await db.buckets.delete(key);
    }),
  );
}

// The one Dexie schema of Tallymark's store. Each schema change is a new
// `version()` below the others, with an `.upgrade()` that rewrites old rows;
// keep the old declarations as long as readers may still have them.
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { comparisonTime, DAY_MS } from '../compare/time';
import { otherSidesOf } from '../compare/sides';
import { installBucketCache } from './bucket-cache';
import {
  type ClaimSet,
  claimSetOf,
  claimsByArticle,
  claimsOfSet,
  claimsOfSets,
  headOf,
  indexFieldsOf,
  type LegacyClaimSetRow,
  sourceCode,
} from './claim-sets';
import { scopeOfStoredFigure } from './stored-scope';
import {
  type ArticleId,
  type ArticleSource,
  type Attribution,
  type ClaimId,
  type Metric,
  type Qualifier,
  SCOPES,
  type Scope,
  SIDES,
  type Side,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../types';
import type { PauseState } from '../messages';

/** Default database name of the extension. */
export const DB_NAME = 'tallymark';

/** An article the reader read (or that came bundled or from a backup). */
export interface ArticleRow {
  /** Canonical URL, or a synthetic `bundled:` / `file:` key. */
  id: ArticleId;
  /** http(s) address, or null (a local file, or a bundled article without one). */
  url: string | null;
  outlet: string;
  /** `outlet` trimmed and lower-cased: outlets are compared by it. */
  outletKey: string;
  /** The name the page gave itself, when it differs from `outlet` (PageMeta.outletClaimed). */
  outletClaimed?: string;
  title: string;
  /** Publication date, "YYYY-MM-DD". */
  published: string;
  publishedGuessed: boolean;
  /** When it was stored, ms since the epoch. */
  readAt: number;
  source: ArticleSource;
}

/**
 * An article as stored (schema v7): the article and all its claims (`ClaimSet`: none, for an article
 * without figures); from version 10 a bundled article's row is marked `bundled`, the only rows that index holds.
 */
export type StoredArticle = ArticleRow & ClaimSet & { bundled?: 1 };

/** The article's own fields of a stored row (without its claims). */
export const articleOfStored = (a: StoredArticle): ArticleRow => ({
  id: a.id,
  url: a.url,
  outlet: a.outlet,
  outletKey: a.outletKey,
  ...(a.outletClaimed !== undefined ? { outletClaimed: a.outletClaimed } : {}),
  title: a.title,
  published: a.published,
  publishedGuessed: a.publishedGuessed,
  readAt: a.readAt,
  source: a.source,
});

/** One stored figure: every Claim field plus where it comes from and when it applies. */
export interface ClaimRow {
  /** `${articleId}#${index}`. */
  id: ClaimId;
  articleId: ArticleId;
  /** Position of the claim in its article. */
  index: number;
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  figure: string;
  /** Offsets in the article text; null for the bundled corpus, which keeps no text. */
  start: number | null;
  end: number | null;
  /** null for the bundled corpus. */
  sentence: string | null;
  attribution: Attribution | null;
  period: string | null;
  /** What the figure counts of the whole (rows of version 1 get it in the upgrade to 2). */
  scope: Scope;
  /** Index field: the attribution's side, '' when the text names no one. */
  side: Side | '';
  /**
   * Index field: the widened lower bound (a point n as 0.9n; see `widenFigure`);
   * absent when there is none, so the row is not in the `floor` index.
   */
  floor?: number;
  /** Index field (multi-entry): other sides the attribution names with `side`; absent when none. */
  also?: Side[];
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** Copied from the article so a page's verdicts need no join. */
  outlet: string;
  outletKey: string;
  outletClaimed?: string;
  published: string;
  url: string | null;
  title: string;
  source: ArticleSource;
  /** Comparison time, ms: the period (a month as its 15th), else the publication date. */
  time: number;
}

/**
 * All figures of one metric in one week (`BUCKET_SPAN`; a day until version 8),
 * each with its day, in short: the index a page's verdicts are answered from. `entries` is JSON of a `BucketData` (one string, cheap to
 * read). Kept up to date by every write (lib/store/buckets.ts).
 */
export interface BucketRow {
  metric: Metric;
  /** The start of the bucket's span (`bucketTimeOf`), ms: a UTC midnight, as are its figures' times. */
  time: number;
  entries: string;
}

/** Key–value settings (pause state, bundled corpus version, whether the reader removed it). */
export type SettingRow =
  | { key: 'pause'; value: PauseState }
  | { key: 'bundledVersion'; value: string }
  | { key: 'bundledRemoved'; value: boolean };

export type TallymarkDb = Dexie & {
  articles: EntityTable<StoredArticle, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  buckets: Table<BucketRow, [Metric, number]>;
};

/** What an IndexedDB implementation needs to be given outside a browser (fake-indexeddb). */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Outlet names are compared trimmed and lower-cased. */
export const toOutletKey = (outlet: string) => outlet.trim().toLowerCase();

/**
 * Version 1's tables. A page's verdicts read `buckets` by `[metric+time]`
 * ranges; `claims` keep the same index so a bucket can be rebuilt from them.
 */
export const SCHEMA_V1 = {
  articles: 'id, outletKey, source, readAt',
  claims: 'id, articleId, [metric+time]',
  settings: 'key',
  buckets: '[metric+time]',
} as const;

/**
 * Version 2: claims know their scope and side, and two indexes answer a
 * source's figures without a scan: by time (its current figure, its latest
 * earlier count) and by widened lower bound (an earlier count wholly above a
 * figure, for `outdated`). Buckets carry each figure's scope and side.
 */
export const SCHEMA_V2 = {
  articles: 'id, outletKey, source, readAt',
  claims: 'id, articleId, [metric+time], [metric+scope+side+time], [metric+scope+side+floor], *also',
  settings: 'key',
  buckets: '[metric+time]',
} as const;

/**
 * Version 3: claims are stored by article, one `claimSets` row holding all of
 * an article's claim rows (lib/store/claim-sets.ts), indexed by multi-entry
 * keys ending in each claim's position: a tenth as many rows to write and read
 * (a restore or backup of 100,000 claims). The upgrade copies the claims;
 * version 4 drops the old table (Dexie reads a table in an upgrade only if a
 * later version deletes it).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  claimSets: 'id, n, *src, *flr, *also',
} as const;

/** Version 4: the per-claim table of versions 1 and 2 is gone (its rows are in `claimSets`). */
export const SCHEMA_V4 = {
  articles: SCHEMA_V2.articles,
  claims: null,
  settings: SCHEMA_V2.settings,
  buckets: SCHEMA_V2.buckets,
  claimSets: SCHEMA_V3.claimSets,
} as const;

/**
 * Version 7: each article's row holds its claims (the fields of `ClaimSet`,
 * with the indexes `claimSets` had), half as many rows to write and read as
 * an article row beside a claim-set row; the articles' `readAt` index, read
 * only to order an export, is gone. The upgrade moves each set into its
 * article's row; version 8 drops `claimSets`.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V4,
  articles: 'id, outletKey, source, n, *src, *flr, *also',
} as const;

/** Version 8: `claimSets` is gone (its rows are in `articles`). */
export const SCHEMA_V8 = { ...SCHEMA_V7, claimSets: null } as const;

/**
 * Version 10: fewer index keys per article row (IndexedDB's cost in a restore
 * is per key written): outlets and claim counts share one index,
 * `[outletKey+n]`, and bundled articles are found by a `bundled` mark only
 * their rows carry, not by a `source` key every row held (lib/store/article-index.ts).
 */
export const SCHEMA_V10 = { ...SCHEMA_V8, articles: 'id, [outletKey+n], bundled, *src, *flr, *also' } as const;

/** Version 9 → 10: bundled articles' rows get their mark. */
async function markBundledRows(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .filter((a: StoredArticle) => a.source === 'bundled')
    .modify((a: StoredArticle) => {
      a.bundled = 1;
    });
}

/** Version 8 → 9: buckets of a week (`BUCKET_SPAN`), not a day, rebuilt from the articles' claims. */
async function rebuildBuckets(tx: Transaction): Promise<void> {
  const claims = claimsOfSets((await tx.table('articles').toArray()) as StoredArticle[]);
  await tx.table('buckets').clear();
  await tx.table('buckets').bulkPut(bucketRowsOf(claims));
}

/**
 * Version 6 → 7: each claim set moves into its article's row (its text as
 * stored, its source keys in version 6's shape); an article without one gets
 * an empty set, a set without its article an article row made of what its
 * claims copied.
 */
async function moveClaimsIntoArticles(tx: Transaction): Promise<void> {
  const sets = new Map<string, LegacyClaimSetRow>();
  await tx
    .table('claimSets')
    .toCollection()
    .each((set: LegacyClaimSetRow) => {
      sets.set(set.id, set);
    });
  const empty = claimSetOf([]);
  await tx
    .table('articles')
    .toCollection()
    .modify((a: StoredArticle) => {
      const set = sets.get(a.id);
      sets.delete(a.id);
      const { text, n, t, src, flr, also } = set ?? empty;
      Object.assign(a, { text, n, t, src: compactSourceKeys(src), flr: compactSourceKeys(flr), also });
    });
  const orphans = [...sets.values()].map(
    ({ id, head, text, n, t, src, flr, also }): StoredArticle => ({
      id,
      ...headOf(head),
      publishedGuessed: false,
      readAt: 0,
      text,
      n,
      t,
      src: compactSourceKeys(src),
      flr: compactSourceKeys(flr),
      also,
    }),
  );
  if (orphans.length) await tx.table('articles').bulkPut(orphans);
  await tx.table('claimSets').clear();
}

/**
 * Version 4 → 5: the source keys of a set row are held once per row, totals
 * only (`flr`: of growing metrics), without the claim's position: every row's
 * keys are written again from its claims, as today's `claimSetOf` spells them.
 */
async function rekeyClaimSets(tx: Transaction): Promise<void> {
  await tx
    .table('claimSets')
    .toCollection()
    .modify((set: LegacyClaimSetRow) => {
      const again = claimSetOf(claimsOfSet({ ...set.head, text: set.text, t: set.t }));
      set.src = again.src;
      set.flr = again.flr;
      set.also = again.also;
    });
}

/**
 * Version 5 → 6: each source key is two numbers, `[source, time or floor]`
 * (`sourceCode`), not `[metric, 'total', side, time or floor]`: the same keys
 * in a new shape. Rewritten as version 7 moves each set into its article's
 * row (one pass over the rows, not two), without reading the claims; a key
 * already of two numbers (a store upgraded from version 4, or written by
 * version 6) is kept.
 */
const compactSourceKeys = (keys: readonly (readonly unknown[])[]): [number, number][] =>
  keys.map((k) => (k.length === 4 ? [sourceCode(k[0] as Metric, k[2] as Side), k[3] as number] : (k as [number, number])));

/** Version 2 → 3: every claim row moves into its article's set row (a chunk of articles at a time). */
async function groupClaimsByArticle(tx: Transaction): Promise<void> {
  const claims = (await tx.table('claims').toArray()) as ClaimRow[];
  const sets = [...claimsByArticle(claims)].map(
    ([id, list]): LegacyClaimSetRow => ({ id, head: headOf(list[0] as ClaimRow), ...claimSetOf(list) }),
  );
  for (let i = 0; i < sets.length; i += 2000) await tx.table('claimSets').bulkPut(sets.slice(i, i + 2000));
}

export { indexFieldsOf } from './claim-sets';

/**
 * Version 1 → 2: every claim gets its scope (read again from its stored
 * sentence by today's extractor where it has one; else as stored, or
 * `total`), side and floor; buckets are rebuilt.
 */
async function addScopeAndSide(tx: Transaction): Promise<void> {
  await tx
    .table('claims')
    .toCollection()
    .modify((c: ClaimRow) => {
      // Version 1's extractor said `total` of every figure: read the sentence again.
      c.scope = c.sentence !== null ? scopeOfStoredFigure(c) : (c.scope ?? 'total');
      const fields = indexFieldsOf(c);
      c.side = fields.side;
      if (fields.floor === undefined) delete c.floor;
      else c.floor = fields.floor;
      if (fields.also === undefined) delete c.also;
      else c.also = fields.also;
    });
  await tx.table('buckets').clear();
  await tx.table('buckets').bulkPut(bucketRowsOf((await tx.table('claims').toArray()) as ClaimRow[]));
}

/**
 * Fills the derived fields of a claim row written by an older shape (before
 * version 1: no `time`, `outletKey`, `source`, selectors or copied article fields).
 */
async function fillDerivedFields(tx: Transaction): Promise<void> {
  const articles = new Map<string, Partial<ArticleRow>>();
  await tx
    .table('articles')
    .toCollection()
    .modify((a: Partial<ArticleRow> & { id: string }) => {
      a.outlet ??= '';
      a.outletKey = toOutletKey(a.outlet);
      a.source ??= 'browser';
      a.url ??= /^https?:\/\//i.test(a.id) ? a.id : null;
      a.title ??= '';
      a.publishedGuessed ??= false;
      a.readAt ??= 0;
      articles.set(a.id, a);
    });
  await tx
    .table('claims')
    .toCollection()
    .modify((c: Partial<ClaimRow> & { id: string }, ref) => {
      const a = c.articleId !== undefined ? articles.get(c.articleId) : undefined;
      c.outlet ??= a?.outlet ?? '';
      c.outletKey = toOutletKey(c.outlet);
      c.published ??= a?.published ?? '';
      c.url ??= a?.url ?? null;
      c.title ??= a?.title ?? '';
      c.source ??= a?.source ?? 'browser';
      c.period ??= null;
      c.attribution ??= null;
      c.sentence ??= null;
      c.start ??= null;
      c.end ??= null;
      c.quote ??= null;
      c.position ??= null;
      c.index ??= Number(/#(\d+)$/.exec(c.id)?.[1] ?? 0);
      const time = comparisonTime(c.period, c.published);
      // A row with no usable date cannot be compared; drop it rather than index NaN.
      if (time === null) delete (ref as { value?: unknown }).value;
      else c.time = time;
    });
  await tx.table('buckets').clear();
  await tx.table('buckets').bulkPut(bucketRowsOf((await tx.table('claims').toArray()) as ClaimRow[]));
}

/**
 * A bucket's contents, compact: each outlet key and article id written once,
 * each figure as its bounds, the positions of its outlet and article in those
 * lists, its index in the article (its claim id is `${a[article]}#${index}`),
 * its scope (position in `SCOPES`) and side (position in `SIDES`, -1 for none),
 * and when the attribution names other sides with it, their bit mask (bit i: `SIDES[i]`).
 */
export interface BucketData {
  o: string[];
  a: string[];
  e: [
    low: number | null,
    high: number | null,
    outlet: number,
    article: number,
    index: number,
    scope: number,
    side: number,
    also?: number,
  ][];
  /** Each figure's day, in days after the row's `time` (absent when all are on that day: day buckets). */
  d?: number[];
}

/** The figures of a bucket, spelled out (for tests and checks; judging reads `BucketData` directly). */
export function decodeBucket(
  row: BucketRow,
): { low: number | null; high: number | null; outletKey: string; claimId: string; scope: Scope; side: Side | null }[] {
  const data = JSON.parse(row.entries) as BucketData;
  return data.e.map(([low, high, o, a, index, scope, side]) => ({
    low,
    high,
    outletKey: data.o[o] as string,
    claimId: `${data.a[a]}#${index}`,
    scope: SCOPES[scope] ?? 'total',
    side: SIDES[side] ?? null,
  }));
}

/** How much time one bucket row covers: a day (versions 1 to 8), a week (from version 9) or a calendar month. */
export type BucketSpan = 'day' | 'week' | 'month';

/** The span of the buckets this version writes: a tenth as many rows as days to write in a restore. */
export const BUCKET_SPAN: BucketSpan = 'week';

const WEEK_MS = 7 * DAY_MS;

/** The key time of the bucket holding figures of comparison time `time` (a UTC midnight): the start of its day, week or month. */
export function bucketTimeOf(time: number, span: BucketSpan = BUCKET_SPAN): number {
  if (span === 'day') return time;
  if (span === 'week') return time - (((time % WEEK_MS) + WEEK_MS) % WEEK_MS);
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * The bucket rows holding `claims` (grouped by metric and the bucket of their
 * time, `span`). A figure an article repeats (same bounds, scope and side, same
 * metric and time) is entered once, and not at all where it names no one and
 * the article attributes the same figure elsewhere. Pass all claims of an
 * article together. Each row keeps its figures by time, then claim id.
 */
export function bucketRowsOf(claims: readonly ClaimRow[], span: BucketSpan = BUCKET_SPAN): BucketRow[] {
  // Grouped by day first (repeats are a day's): each day's few figures are sorted, not all claims at once.
  const groups = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const k = `${c.metric}|${c.time}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  // Then the days of each bucket, in time order.
  const buckets = new Map<string, ClaimRow[][]>();
  for (const group of groups.values()) {
    const first = group[0] as ClaimRow;
    const k = `${first.metric}|${bucketTimeOf(first.time, span)}`;
    const b = buckets.get(k);
    if (b) b.push(group);
    else buckets.set(k, [group]);
  }
  const rows: BucketRow[] = [];
  for (const days of buckets.values()) {
    days.sort((x, y) => (x[0] as ClaimRow).time - (y[0] as ClaimRow).time);
    const first = (days[0] as ClaimRow[])[0] as ClaimRow;
    const time = bucketTimeOf(first.time, span);
    const data: BucketData = { o: [], a: [], e: [] };
    const offsets: number[] = [];
    const outlets = new Map<string, number>();
    const articles = new Map<string, number>();
    for (const group of days) {
      const offset = Math.round(((group[0] as ClaimRow).time - time) / DAY_MS);
      // A figure naming no one that repeats one its article attributes is that figure (lib/compare/repeats.ts).
      const named = new Set<string>();
      for (const c of group) if (c.attribution) named.add(`${c.articleId}|${c.low}|${c.high}|${c.scope ?? 'total'}`);
      // Each day keeps its figures in claim-id order: judging weighs them in that order.
      group.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      const seen = new Set<string>();
      for (const c of group) {
        const scope = c.scope ?? 'total';
        if (!c.attribution && named.has(`${c.articleId}|${c.low}|${c.high}|${scope}`)) continue;
        const side = c.attribution?.side ?? null;
        const repeat = `${c.articleId}|${c.low}|${c.high}|${scope}|${side}`;
        if (seen.has(repeat)) continue;
        seen.add(repeat);
        let o = outlets.get(c.outletKey);
        if (o === undefined) outlets.set(c.outletKey, (o = data.o.push(c.outletKey) - 1));
        let a = articles.get(c.articleId);
        if (a === undefined) articles.set(c.articleId, (a = data.a.push(c.articleId) - 1));
        const entry: BucketData['e'][number] = [
          c.low,
          c.high,
          o,
          a,
          c.index,
          SCOPES.indexOf(scope),
          side === null ? -1 : SIDES.indexOf(side),
        ];
        const also = otherSidesOf(c.attribution);
        if (also.length) entry.push(also.reduce((m, s) => m | (1 << SIDES.indexOf(s)), 0));
        data.e.push(entry);
        offsets.push(offset);
      }
    }
    if (offsets.some((d) => d !== 0)) data.d = offsets;
    if (data.e.length) rows.push({ metric: first.metric, time, entries: JSON.stringify(data) });
  }
  return rows;
}

/** Declares every schema version on `db` (exported so tests can open old shapes beside it). */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1).upgrade(fillDerivedFields);
  db.version(2).stores(SCHEMA_V2).upgrade(addScopeAndSide);
  db.version(3).stores(SCHEMA_V3).upgrade(groupClaimsByArticle);
  db.version(4).stores(SCHEMA_V4);
  db.version(5).stores(SCHEMA_V4).upgrade(rekeyClaimSets);
  db.version(6).stores(SCHEMA_V4); // Its keys' new shape is written by version 7's upgrade (compactSourceKeys).
  db.version(7).stores(SCHEMA_V7).upgrade(moveClaimsIntoArticles);
  db.version(8).stores(SCHEMA_V8);
  db.version(9).stores(SCHEMA_V8).upgrade(rebuildBuckets);
  db.version(10).stores(SCHEMA_V10).upgrade(markBundledRows);
  // Version 11 goes here: db.version(11).stores({...changed tables}).upgrade((tx) => ...);
}

/**
 * Creates (does not open) the store. `deps` gives an IndexedDB implementation
 * outside a browser, e.g. fake-indexeddb in Node.
 */
export function createDb(name: string = DB_NAME, deps?: IndexedDbDeps): TallymarkDb {
  // Relaxed durability (Chromium): a commit does not wait for the disk to flush, so storing a page
  // does not hold up its verdicts; a crash of the whole machine may lose the last article read.
  const db = new Dexie(name, {
    chromeTransactionDurability: 'relaxed',
    ...(deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : {}),
  }) as TallymarkDb;
  declareSchema(db);
  // Decoded buckets in memory for a page's verdicts, dropped by every write to them.
  installBucketCache(db);
  return db;
}

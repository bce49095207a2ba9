// Claims are stored by article: the article's row (schema v7; before, a
// `claimSets` row beside it) holds all its claims, and multi-entry indexes
// give each claim its keys. A store of 100,000 claims is then some 10,000
// rows, not 200,000, and each row keeps its claims as one string, the JSON a
// backup holds (what is copied from the article or derived is stored once or
// computed again on reading): IndexedDB's cost is per row, per index key and
// per object it copies in and out, far more than per byte of a string. A
// backup joins these strings without parsing them.
// The source indexes hold each key once per row (a row's claims of one source,
// metric and day share one `src` key): a key reached in a range stands for
// the row's claims whose fields it spells. A key is two numbers, the source
// (metric and side) and the time or floor: the cheapest shape to write of all
// those the ~13 keys of a row could take.
import { cmp } from 'dexie';
import { otherSidesOf } from '../compare/sides';
import { GROWING_METRICS, widenFigure } from '../compare/verdict';
import type { ArticleId, Attribution, ClaimId, Metric, Scope, Side } from '../types';
import type { ArticleRow, ClaimRow, StoredArticle, TallymarkDb } from './db';

/**
 * A source's number in the source indexes: its metric and side (the keys hold
 * totals only). Stored in every row's keys: never renumber, only add.
 */
const METRIC_CODE: Readonly<Record<Metric, number>> = { deployed: 0, killed: 1, wounded: 2, casualties: 3, captured: 4, missing: 5 };
const SIDE_CODE: Readonly<Record<Side, number>> = { kr: 0, ua: 1, us: 2, ru: 3, kp: 4, other: 5 };

/** The number of the totals of `side` for `metric` in the source indexes (two numbers per key are cheaper to write than four fields). */
export const sourceCode = (metric: Metric, side: Side): number => METRIC_CODE[metric] * 16 + SIDE_CODE[side];

/** `[source, time]`: the totals of a named source (`sourceCode`), by time. */
export type SourceKey = [source: number, time: number];
/** `[source, floor]`: the totals of a named source of a growing metric, by widened lower bound. */
export type FloorKey = [source: number, floor: number];

/** A claim in a backup, and in a set row's text: the stored row minus what is copied from its article or derived. */
export type BackupClaim = Omit<
  ClaimRow,
  'outlet' | 'outletKey' | 'published' | 'url' | 'title' | 'source' | 'time' | 'side' | 'floor' | 'also'
>;

/** What every claim row of an article copies from it. */
export type ClaimHead = Pick<ClaimRow, 'outlet' | 'outletKey' | 'outletClaimed' | 'published' | 'url' | 'title' | 'source'>;

/** All claims of one article, with the keys its indexes hold: the fields an article's row adds to the article. */
export interface ClaimSet {
  /** JSON of its claims as `BackupClaim`s, by `index`. */
  text: string;
  /** How many claims (indexed: the store's count of claims is read from the index). */
  n: number;
  /** Each claim's comparison time, in order. */
  t: number[];
  /** Totals naming a source (`side` not ''), each key once. */
  src: SourceKey[];
  /** Totals of a growing metric naming a source, with a lower bound, each key once. */
  flr: FloorKey[];
  /** Every other side its claims' attributions name (multi-entry; few rows have any). */
  also: Side[];
}

/** A row of the `claimSets` table of versions 3 to 6: an article's claims beside its row (read only by the upgrades). */
export interface LegacyClaimSetRow extends ClaimSet {
  /** The article's id. */
  id: ArticleId;
  /** What its claims copy from the article. */
  head: ClaimHead;
}

/** What an article's claims copy from it. */
export const headOf = (a: ClaimHead): ClaimHead => ({
  outlet: a.outlet,
  outletKey: a.outletKey,
  ...(a.outletClaimed ? { outletClaimed: a.outletClaimed } : {}),
  published: a.published,
  url: a.url,
  title: a.title,
  source: a.source,
});

/** The index fields of a claim row (`side`, `floor`, `also`), from its attribution and bounds. */
export function indexFieldsOf(c: { attribution: Attribution | null; low: number | null; high: number | null }): {
  side: Side | '';
  floor?: number;
  also?: Side[];
} {
  const side = c.attribution?.side ?? '';
  const also = otherSidesOf(c.attribution);
  return { side, ...(c.low === null ? {} : { floor: widenFigure(c)[0] }), ...(also.length ? { also } : {}) };
}

/** A claim row as a backup holds it (fields named, not spread: a rest copy costs far more, once per claim stored). */
export const claimOfRow = (c: ClaimRow): BackupClaim => ({
  id: c.id,
  articleId: c.articleId,
  index: c.index,
  metric: c.metric,
  qualifier: c.qualifier,
  low: c.low,
  high: c.high,
  figure: c.figure,
  attribution: c.attribution,
  period: c.period,
  scope: c.scope,
  start: c.start,
  end: c.end,
  sentence: c.sentence,
  quote: c.quote,
  position: c.position,
});

const byIndex = (a: ClaimRow, b: ClaimRow) => a.index - b.index;

/** Whether `keys` holds the key `[source, x]`. */
const hasKey = (keys: readonly (SourceKey | FloorKey)[], source: number, x: number) => keys.some((k) => k[1] === x && k[0] === source);

/** The claim set of one article's claims (any order given; all of that article; none gives an empty set). */
export function claimSetOf(claims: readonly ClaimRow[]): ClaimSet {
  let sorted = claims;
  for (let i = 1; i < claims.length; i++) {
    if ((claims[i] as ClaimRow).index < (claims[i - 1] as ClaimRow).index) {
      sorted = [...claims].sort(byIndex);
      break;
    }
  }
  const t: number[] = [];
  const src: SourceKey[] = [];
  const flr: FloorKey[] = [];
  const also: Side[] = [];
  const list: BackupClaim[] = [];
  for (const c of sorted) {
    t.push(c.time);
    list.push(claimOfRow(c));
    // As a row is read back (claimsOfSet): the keys always spell the fields read.
    const side = c.attribution?.side;
    if (side && (c.scope ?? 'total') === 'total') {
      const source = sourceCode(c.metric, side);
      if (!hasKey(src, source, c.time)) src.push([source, c.time]);
      if (c.low !== null && GROWING_METRICS.has(c.metric)) {
        const floor = widenFigure(c)[0];
        if (!hasKey(flr, source, floor)) flr.push([source, floor]);
      }
    }
    for (const s of otherSidesOf(c.attribution)) if (!also.includes(s)) also.push(s);
  }
  return { text: JSON.stringify(list), n: sorted.length, t, src, flr, also };
}

/** The stored row of an article with these claims (all of its claims, any order); a bundled article's marked `bundled`. */
export const storedArticleOf = (article: ArticleRow, claims: readonly ClaimRow[]): StoredArticle =>
  article.source === 'bundled' ? { ...article, ...claimSetOf(claims), bundled: 1 } : { ...article, ...claimSetOf(claims) };

/** The claim rows of a stored article (or of a set and what its claims copy), by `index`. */
export function claimsOfSet(set: ClaimHead & Pick<ClaimSet, 'text' | 't'>): ClaimRow[] {
  const list = JSON.parse(set.text) as BackupClaim[];
  if (list.length === 0) return [];
  const head = headOf(set);
  return list.map((c, at) => ({ ...c, ...indexFieldsOf(c), ...head, time: set.t[at] as number }));
}

/** Claims grouped by article (articles in order of first appearance). */
export function claimsByArticle(claims: Iterable<ClaimRow>): Map<ArticleId, ClaimRow[]> {
  const byArticle = new Map<ArticleId, ClaimRow[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  return byArticle;
}

/** The stored rows of some articles with their claims (each article's claims found among `claims`). */
export function storedArticlesOf(articles: readonly ArticleRow[], claims: Iterable<ClaimRow>): StoredArticle[] {
  const byArticle = claimsByArticle(claims);
  return articles.map((a) => storedArticleOf(a, byArticle.get(a.id) ?? []));
}

/** The claims of some stored articles (missing rows skipped), row after row. */
export function claimsOfSets(sets: readonly (StoredArticle | undefined)[]): ClaimRow[] {
  const out: ClaimRow[] = [];
  for (const s of sets) if (s) for (const c of claimsOfSet(s)) out.push(c);
  return out;
}

/** The stored claims of these articles. */
export async function claimsOfArticles(db: TallymarkDb, ids: readonly ArticleId[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  return claimsOfSets(await db.articles.bulkGet([...ids]));
}

/** Claim rows by id, in that order (undefined where none), reading each article's row once. */
export async function getClaims(db: TallymarkDb, ids: readonly ClaimId[]): Promise<(ClaimRow | undefined)[]> {
  const split = ids.map((id) => {
    const at = id.lastIndexOf('#');
    return { articleId: id.slice(0, at) as ArticleId, index: Number(id.slice(at + 1)) };
  });
  const articles = [...new Set(split.map((s) => s.articleId))];
  const sets = await db.articles.bulkGet(articles);
  const byArticle = new Map<string, StoredArticle>();
  sets.forEach((s, i) => {
    if (s) byArticle.set(articles[i] as string, s);
  });
  const decoded = new Map<string, ClaimRow[]>();
  return split.map(({ articleId, index }) => {
    const set = byArticle.get(articleId);
    if (!set) return undefined;
    let rows = decoded.get(articleId);
    if (!rows) decoded.set(articleId, (rows = claimsOfSet(set)));
    return rows.find((c) => c.index === index);
  });
}

/** A range of one of the articles' source indexes, and how to walk it. */
export interface ClaimRange {
  index: 'src' | 'flr';
  /** `[metric, scope, side, time or floor]`, the same metric, scope and side in both (only totals are held: another scope reaches none). */
  lower: readonly [Metric, Scope, Side, number];
  upper: readonly [Metric, Scope, Side, number];
  /** Whether the bounds belong to the range (default both). */
  includeLower?: boolean;
  includeUpper?: boolean;
  /** Highest key first. */
  reverse?: boolean;
}

/** Whether a claim is one a key of `index` stands for. */
function spells(index: 'src' | 'flr', c: ClaimRow, key: readonly unknown[]): boolean {
  return (
    c.side !== '' &&
    (c.scope ?? 'total') === 'total' &&
    sourceCode(c.metric, c.side) === key[0] &&
    (index === 'src' ? c.time : c.floor) === key[1] &&
    (index === 'src' || GROWING_METRICS.has(c.metric))
  );
}

/** A bound of a `ClaimRange` as the index holds it. */
const storedKey = ([metric, , side, x]: ClaimRange['lower']): [number, number] => [sourceCode(metric, side), x];

/**
 * The claims a range of one of the articles' source indexes (`src`, `flr`)
 * reaches, in key order (a row's claims of one key by index): those `keep`
 * accepts, at most `max` of them. With no `max` the rows are read in one
 * request (a row comes once per key of it in the range, in key order, so its
 * n-th copy is its n-th key); with one, a cursor stops once `max` are kept.
 */
export async function claimsInRange(
  db: TallymarkDb,
  r: ClaimRange,
  keep: (c: ClaimRow) => boolean = () => true,
  max = Number.POSITIVE_INFINITY,
): Promise<ClaimRow[]> {
  if (r.lower[1] !== 'total' || r.upper[1] !== 'total') return [];
  const lower = storedKey(r.lower);
  const upper = storedKey(r.upper);
  const includeLower = r.includeLower ?? true;
  const includeUpper = r.includeUpper ?? true;
  let range = db.articles.where(r.index).between(lower, upper, includeLower, includeUpper);
  if (r.reverse) range = range.reverse();
  const out: ClaimRow[] = [];
  // A row the range reaches more than once is decoded once.
  const decoded = new Map<string, ClaimRow[]>();
  const take = (set: StoredArticle, key: readonly unknown[]) => {
    let rows = decoded.get(set.id);
    if (!rows) decoded.set(set.id, (rows = claimsOfSet(set)));
    for (const c of rows) if (out.length < max && spells(r.index, c, key) && keep(c)) out.push(c);
  };
  if (Number.isFinite(max)) {
    await range.until(() => out.length >= max).each((set, cursor) => take(set, cursor.key as readonly unknown[]));
    return out;
  }
  const inRange = (k: unknown) => {
    const lo = cmp(k, lower);
    const hi = cmp(k, upper);
    return (lo > 0 || (lo === 0 && includeLower)) && (hi < 0 || (hi === 0 && includeUpper));
  };
  const keysOf = new Map<string, { keys: (readonly unknown[])[]; next: number }>();
  for (const set of await range.toArray()) {
    let k = keysOf.get(set.id);
    if (!k) {
      const keys = (set[r.index] as readonly (readonly unknown[])[]).filter(inRange).sort(cmp);
      keysOf.set(set.id, (k = { keys: r.reverse ? keys.reverse() : keys, next: 0 }));
    }
    const key = k.keys[k.next++];
    if (key) take(set, key);
  }
  return out;
}

export { countClaims } from './article-index';

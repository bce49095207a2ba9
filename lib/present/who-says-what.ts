// "Who says what": for each metric, each source's current count, its date, how
// many outlets carry it and its earlier counts, with where this page's figures
// stand against it. From the background's SourceSummary list (getSources), or,
// where it has none, from what the page's verdicts carry.
import type { SourceSummary } from '../messages';
import { METRICS, type ComparedFigure, type JudgedClaim, type Metric } from '../types';
import { type Relation, relationOf } from './relation';
import { type SourceKey, SOURCE_ORDER, dayNumber, distinctOutlets, sourceName, sourceOf, timeOf } from './sources';
import { figuresOverTime } from './verdict-story';

/** A page figure against a source's current count. */
export interface PageStand {
  /** Index in the page report's claims. */
  index: number;
  claim: JudgedClaim;
  relation: Relation;
}

export interface SourceRow {
  source: SourceKey;
  name: string;
  current: ComparedFigure;
  outlets: number;
  history: ComparedFigure[];
  /** The page's figures of this metric, and how each stands against `current`. */
  page: PageStand[];
}

export interface MetricBlock {
  metric: Metric;
  rows: SourceRow[];
  /** The page's own figures of this metric that are compared (totals and plans). */
  pageClaims: { index: number; claim: JudgedClaim }[];
}

/** Days after the page's date a source's figure may be and still count as current then (CLAIMS.md). */
const CURRENT_SLACK_DAYS = 3;

/** Summaries from the figures the page's verdicts carry (compared, timeline, earlier, later), as of `at`. */
export function summariesFromClaims(claims: readonly JudgedClaim[], at: string): SourceSummary[] {
  const out: SourceSummary[] = [];
  const atDay = dayNumber(at);
  for (const metric of METRICS) {
    const mine = claims.filter((c) => c.metric === metric);
    if (mine.length === 0) continue;
    const seen = new Set<string>();
    const figures: ComparedFigure[] = [];
    for (const c of mine) {
      for (const f of figuresOverTime(c)) {
        const key = `${f.outlet.toLowerCase()}|${timeOf(f)}|${f.low}|${f.high}|${f.attribution?.side ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          figures.push(f);
        }
      }
    }
    for (const source of SOURCE_ORDER) {
      const list = figures.filter((f) => sourceOf(f.attribution) === source).sort((a, b) => timeOf(a).localeCompare(timeOf(b)));
      if (list.length === 0) continue;
      const upTo = Number.isFinite(atDay) ? list.filter((f) => dayNumber(timeOf(f)) <= atDay + CURRENT_SLACK_DAYS) : list;
      const current = upTo.length > 0 ? upTo[upTo.length - 1]! : list[0]!;
      const carrying = list.filter(
        (f) => f.low === current.low && f.high === current.high && Math.abs(dayNumber(timeOf(f)) - dayNumber(timeOf(current))) <= 14,
      );
      const history = list.filter((f) => timeOf(f) < timeOf(current) && !(f.low === current.low && f.high === current.high));
      out.push({ side: source, metric, current, outlets: distinctOutlets(carrying).length, history });
    }
  }
  return out;
}

/** The view's blocks: the page's metrics first (in METRICS order), then the rest; sources in SOURCE_ORDER. */
export function whoSaysWhat(summaries: readonly SourceSummary[], claims: readonly JudgedClaim[]): MetricBlock[] {
  const pageMetrics = METRICS.filter((m) => claims.some((c) => c.metric === m));
  const otherMetrics = METRICS.filter((m) => !pageMetrics.includes(m) && summaries.some((s) => s.metric === m));
  const blocks: MetricBlock[] = [];
  for (const metric of [...pageMetrics, ...otherMetrics]) {
    // The page's compared figures of this metric, one per amount (a headline repeated in the body is one).
    const seenAmounts = new Set<string>();
    const pageClaims = claims
      .map((claim, index) => ({ claim, index }))
      .filter(({ claim }) => claim.metric === metric && ((claim.scope ?? 'total') === 'total' || claim.scope === 'plan'))
      .filter(({ claim }) => {
        const key = `${claim.low}:${claim.high}`;
        if (seenAmounts.has(key)) return false;
        seenAmounts.add(key);
        return true;
      });
    const rows: SourceRow[] = [];
    for (const source of SOURCE_ORDER) {
      for (const s of summaries.filter((x) => x.metric === metric && x.side === source)) {
        rows.push({
          source,
          name: sourceName(source),
          current: s.current,
          outlets: s.outlets,
          history: s.history,
          page: pageClaims.map(({ claim, index }) => ({ index, claim, relation: relationOf(claim, s.current) })),
        });
      }
    }
    if (rows.length > 0 || pageClaims.length > 0) blocks.push({ metric, rows, pageClaims });
  }
  return blocks;
}

/** Reads the background's answer to getSources; null when it is not a list of summaries. */
export function readSourceSummaries(answer: unknown): SourceSummary[] | null {
  if (!Array.isArray(answer)) {
    const list = answer && typeof answer === 'object' ? (answer as { sources?: unknown }).sources : undefined;
    if (!Array.isArray(list)) return null;
    answer = list;
  }
  const ok = (answer as unknown[]).filter(
    (s): s is SourceSummary =>
      !!s &&
      typeof s === 'object' &&
      typeof (s as SourceSummary).metric === 'string' &&
      !!(s as SourceSummary).current &&
      typeof (s as SourceSummary).current.published === 'string',
  );
  return ok.map((s) => ({
    ...s,
    side: s.side ?? null,
    outlets: typeof s.outlets === 'number' ? s.outlets : 1,
    history: Array.isArray(s.history) ? s.history : [],
  }));
}

/** A source's earlier counts as moves: oldest first, a repeat of the same bounds (or of the current count) dropped. */
export function movesOf(history: readonly ComparedFigure[], current: { low: number | null; high: number | null }): ComparedFigure[] {
  const sorted = [...history].sort((a, b) => timeOf(a).localeCompare(timeOf(b)));
  const out: ComparedFigure[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.low === f.low && last.high === f.high) continue;
    out.push(f);
  }
  while (out.length > 0 && out[out.length - 1]!.low === current.low && out[out.length - 1]!.high === current.high) out.pop();
  return out;
}

// Words a reader sees for a figure and its verdict: in the popover and the popup.
// Pure functions of the contract's data; no DOM.
import { isOverlapping, isSameFigure } from '../compare/compare-figures';
import type { Attribution, ClaimVerdict, ComparedFigure, Metric, Qualifier, Side, Verdict } from '../types';
import { METRIC_NOUNS } from './labels';

/** The figure on the page, as far as the words need it. */
export interface FigureForWords {
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  figure: string;
}

export const VERDICT_TITLES: Record<Verdict, string> = {
  conflicts: 'Other outlets contradict this figure',
  disputed: 'Another source gives a different count',
  outdated: 'The source has since given a higher count',
  differs: 'Other outlets give a different figure',
  agrees: 'Other outlets agree',
  unique: 'No other outlet to compare with',
};

export { METRIC_NOUNS, VERDICT_SHORT } from './labels';

/** What is counted, as a heading ("Deaths"). */
export const METRIC_HEADINGS: Record<Metric, string> = {
  deployed: 'Troops deployed',
  killed: 'Deaths',
  wounded: 'Wounded',
  casualties: 'Casualties (killed and wounded)',
  captured: 'Taken prisoner',
  missing: 'Missing',
};

export const SIDE_NAMES: Record<Side, string> = {
  kr: 'South Korea',
  ua: 'Ukraine',
  us: 'United States',
  ru: 'Russia',
  kp: 'North Korea',
  other: 'other source',
};

/** A number in English with thousands separators: 10000 → "10,000". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n);
}

/**
 * The amount a figure asserts, in words: "about 300", "more than 3,000",
 * "up to 12,000", "11,000 to 12,000", "300"; "an unknown number" when both bounds are null.
 */
export function describeAmount(f: { low: number | null; high: number | null; qualifier: Qualifier }): string {
  const { low, high, qualifier } = f;
  if (low !== null && high !== null && low !== high) return `${formatCount(low)} to ${formatCount(high)}`;
  if (low !== null && high !== null) return qualifier === 'approx' ? `about ${formatCount(low)}` : formatCount(low);
  if (low !== null) return `more than ${formatCount(low)}`;
  if (high !== null) return `up to ${formatCount(high)}`;
  return 'an unknown number';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Distinct outlets among `figures`, in order of first appearance. */
function outletsOf(figures: readonly ComparedFigure[]): string[] {
  const seen = new Map<string, string>();
  for (const f of figures) {
    const key = f.outlet.trim().toLowerCase();
    if (!seen.has(key)) seen.set(key, f.outlet.trim());
  }
  return [...seen.values()];
}

/**
 * The amounts of `figures` in words, most reported first, at most `max` of them:
 * "about 300 or 250". Figures with the same bounds count as one amount ("300"
 * and "about 300" read as "about 300").
 */
function amountsOf(figures: readonly ComparedFigure[], max = 2): string {
  const groups = new Map<string, { words: string; n: number }>();
  for (const f of figures) {
    const key = `${f.low}:${f.high}`;
    const words = describeAmount(f);
    const g = groups.get(key);
    if (!g) groups.set(key, { words, n: 1 });
    else {
      g.n++;
      if (f.qualifier === 'approx') g.words = words;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.n - a.n).map((g) => g.words);
  const shown = sorted.slice(0, max);
  const rest = sorted.length - shown.length;
  return shown.join(' or ') + (rest > 0 ? ` (and ${plural(rest, 'other figure', 'other figures')})` : '');
}

/**
 * The verdict in one plain sentence, e.g. "3 other outlets report about 300
 * deaths; this page says more than 3,000." Counts outlets, not articles.
 */
export function describeVerdict(claim: FigureForWords & ClaimVerdict): string {
  const noun = METRIC_NOUNS[claim.metric];
  const here = describeAmount(claim);
  const compared = claim.compared;
  switch (claim.verdict) {
    case 'conflicts':
    case 'disputed':
    case 'outdated': {
      const against = compared.filter((c) => !isOverlapping(claim, c));
      const shown = against.length > 0 ? against : compared;
      const n = outletsOf(shown).length;
      return `${plural(n, 'other outlet reports', 'other outlets report')} ${amountsOf(shown)} ${noun}; this page says ${here}.`;
    }
    case 'differs': {
      const other = compared.filter((c) => !isSameFigure(claim, c));
      const shown = other.length > 0 ? other : compared;
      const n = outletsOf(shown).length;
      return `${plural(n, 'other outlet reports', 'other outlets report')} ${amountsOf(shown)} ${noun}; this page says ${here}. The figures overlap.`;
    }
    case 'agrees': {
      const n = outletsOf(compared).length;
      return `${plural(n, 'other outlet reports', 'other outlets report')} the same: ${here} ${noun}.`;
    }
    case 'unique': {
      const moved = claim.earlier.length + claim.later.length;
      const base = `No other outlet you have read reports ${noun} for this time; this page says ${here}.`;
      return moved > 0 ? `${base} See below for reporting from other weeks.` : base;
    }
    default: {
      const never: never = claim.verdict;
      return String(never);
    }
  }
}

/** "13 Jan 2025" from "2025-01-13" (a month, "2025-01", as "Jan 2025"); the input when it is not a date. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  if (Number.isNaN(date.getTime())) return day;
  const opts: Intl.DateTimeFormatOptions = m[3]
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return date.toLocaleDateString('en-GB', opts);
}

/** Who said it: "South Korea: lawmaker Lee Seong-kweun"; "No source named" when null. */
export function describeAttribution(a: Attribution | null): string {
  if (!a) return 'No source named';
  const side = SIDE_NAMES[a.side];
  const text = a.text.trim();
  if (!text) return a.side === 'other' ? 'Another source' : side;
  if (a.side === 'other' || text.toLowerCase() === side.toLowerCase()) return text;
  return `${side}: ${text}`;
}

/** The line under an outlet's name: "13 Jan 2025 · South Korea: NIS"; the period first when it differs. */
export function describeSource(f: ComparedFigure): string {
  const parts = [formatDay(f.published)];
  if (f.period && !f.published.startsWith(f.period)) parts.push(`figure for ${formatDay(f.period)}`);
  parts.push(describeAttribution(f.attribution));
  return parts.join(' · ');
}

/** A piece of a sentence: plain text, or the figure (to be marked). */
export interface SentencePart {
  text: string;
  mark: boolean;
}

/**
 * The sentence cut around the figure, to render as text nodes and one <mark>.
 * Without valid offsets the whole sentence is one plain part; [] when there is no sentence.
 */
export function splitSentence(sentence: string | null, at: { start: number; end: number } | null): SentencePart[] {
  if (!sentence) return [];
  if (!at || !(at.start >= 0 && at.end > at.start && at.end <= sentence.length)) return [{ text: sentence, mark: false }];
  const parts: SentencePart[] = [];
  if (at.start > 0) parts.push({ text: sentence.slice(0, at.start), mark: false });
  parts.push({ text: sentence.slice(at.start, at.end), mark: true });
  if (at.end < sentence.length) parts.push({ text: sentence.slice(at.end), mark: false });
  return parts;
}

/** `url` when it is an absolute http(s) address, else null (no javascript:, data:, relative…). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Sort key for reporting over time: the figure's period, else its publication day. */
const timeOf = (f: ComparedFigure) => (f.period && f.period.length === 7 ? `${f.period}-15` : (f.period ?? f.published));

/** Figures in time order, oldest first. */
export function sortByTime(figures: readonly ComparedFigure[]): ComparedFigure[] {
  return [...figures].sort((a, b) => timeOf(a).localeCompare(timeOf(b)) || a.outlet.localeCompare(b.outlet));
}

/**
 * How the figure moved, in one line: "Earlier: at least 100 (Dec 2024) → this page: more than 3,000";
 * null when there is no earlier or later reporting.
 */
export function describeMovement(claim: FigureForWords & ClaimVerdict): string | null {
  const steps: string[] = [];
  for (const f of sortByTime(claim.earlier)) steps.push(`${describeAmount(f)} (${formatDay(f.period ?? f.published)})`);
  steps.push(`this page: ${describeAmount(claim)}`);
  for (const f of sortByTime(claim.later)) steps.push(`${describeAmount(f)} (${formatDay(f.period ?? f.published)})`);
  return steps.length > 1 ? steps.join(' → ') : null;
}

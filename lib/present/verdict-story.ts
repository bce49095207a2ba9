// The popover's story of a figure, built from the data: one plain sentence per
// verdict, why the figures differ where the engine knows, and who this page
// attributes its figure to. Pure functions; no DOM.
import { isOverlapping, isSameFigure } from '../compare/compare-figures';
import type { Attribution, ClaimVerdict, ComparedFigure, Metric, Qualifier, Scope, Side } from '../types';
import { scopeNotCompared } from './scope-words';
import { type SourceKey, dayNumber, distinctOutlets, groupBySource, sourceName, sourceOf, sourcePossessive, timeOf } from './sources';
import { METRIC_NOUNS, describeAmount, formatDay } from './verdict-words';

export interface StoryFigure {
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  figure: string;
  attribution: Attribution | null;
  period: string | null;
  scope?: Scope;
}

/** What is counted, after "count of": "killed and wounded together". */
export const METRIC_COUNT_OF: Record<Metric, string> = {
  deployed: 'troops sent',
  killed: 'the dead',
  wounded: 'the wounded',
  casualties: 'killed and wounded together',
  captured: 'prisoners',
  missing: 'the missing',
};

/** Days between which figures are "the same briefing" and "still the latest" (CLAIMS.md). */
const SAME_BRIEFING_DAYS = 3;
const SAME_THING_DAYS = 14;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Jan 2025" for a month-level time, "13 Jan 2025" for a day. */
const when = (f: { period: string | null; published: string }) => formatDay(f.period ?? f.published);

/** Amounts of figures, the most reported first, at most two: "about 300" or "about 300 or 250". */
function amounts(figures: readonly ComparedFigure[]): string {
  const groups = new Map<string, { words: string; n: number }>();
  for (const f of figures) {
    const key = `${f.low}:${f.high}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { words: describeAmount(f), n: 1 });
    else {
      g.n++;
      if (f.qualifier === 'approx') g.words = describeAmount(f);
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map((g) => g.words)
    .join(' or ');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Who a source is in a sentence's subject: "Seoul", "an unnamed source". */
const subject = (key: SourceKey) => (key === null ? 'An unnamed source' : sourceName(key));

/**
 * The verdict in one plain sentence, built from the data. `published` is the
 * page's publication date (for "still the latest count").
 */
export function leadSentence(claim: StoryFigure & ClaimVerdict, published?: string): string {
  const noun = METRIC_NOUNS[claim.metric];
  const here = describeAmount(claim);
  const own = sourceOf(claim.attribution);
  const compared = claim.compared;
  switch (claim.verdict) {
    case 'conflicts': {
      const against = compared.filter((c) => !isOverlapping(claim, c));
      const shown = against.length > 0 ? against : compared;
      const sides = new Set(shown.map((c) => sourceOf(c.attribution)).filter((s) => s !== null));
      const side = own ?? (sides.size === 1 ? [...sides][0]! : null);
      const of = side ? `the same ${sourceName(side)} briefing` : 'the same days';
      return `Other reports of ${of} give ${amounts(shown)} ${noun}, not ${here}.`;
    }
    case 'disputed': {
      const against = compared.filter((c) => !isOverlapping(claim, c) && sourceOf(c.attribution) !== own);
      const groups = groupBySource(against.length > 0 ? against : compared).slice(0, 2);
      const mine = own ? `${sourceName(own)} says ${here} ${noun}` : `This page says ${here} ${noun}, naming no source`;
      const theirs = groups.map((g) => `${sourcePossessive(g.source)} latest count is ${describeAmount(g.current)} (${when(g.current)})`);
      return `${mine}; ${theirs.join('; ')}.`;
    }
    case 'outdated': {
      const higher = compared
        .filter((c) => sourceOf(c.attribution) === own && c.low !== null && (claim.high === null ? false : c.low > claim.high * 1.1))
        .sort((a, b) => timeOf(b).localeCompare(timeOf(a)));
      const pick = higher[0] ?? [...compared].sort((a, b) => timeOf(b).localeCompare(timeOf(a)))[0];
      if (!pick) return `${subject(own)} has since given a higher count than ${here} ${noun}.`;
      return `${subject(own)} had already said ${describeAmount(pick)} ${noun} by ${when(pick)}; this page gives ${here}.`;
    }
    case 'differs': {
      const other = compared.filter((c) => !isSameFigure(claim, c));
      const shown = other.length > 0 ? other : compared;
      const n = distinctOutlets(shown).length;
      return `${count(n, 'other outlet gives', 'other outlets give')} ${amounts(shown)} ${noun}; this page’s ${here} overlaps with it, so it is no contradiction.`;
    }
    case 'agrees': {
      const pageDay = published ? dayNumber(published) : Number.NaN;
      const older = compared.length > 0 && compared.every((c) => pageDay - dayNumber(timeOf(c)) > SAME_THING_DAYS);
      if (own && older) {
        const latest = [...compared].sort((a, b) => timeOf(b).localeCompare(timeOf(a)))[0]!;
        return `Still ${sourcePossessive(own)} latest count: ${here} ${noun}, as it said on ${when(latest)}.`;
      }
      if (compared.length === 0 && own) return `Still ${sourcePossessive(own)} latest count: ${here} ${noun}.`;
      const n = distinctOutlets(compared).length;
      return `${count(n, 'other outlet gives', 'other outlets give')} the same: ${here} ${noun}.`;
    }
    case 'unique': {
      const scope = claim.scope ?? 'total';
      const why = scopeNotCompared(scope);
      if (why) return why;
      return `No other outlet you have read, nor the reference set, gives ${noun} for this time; this page says ${here}.`;
    }
    default: {
      const never: never = claim.verdict;
      return String(never);
    }
  }
}

/** Why the figures differ, where the engine knows it; null otherwise. */
export function reasonSentence(claim: StoryFigure & ClaimVerdict): string | null {
  const reason = claim.reason;
  if (!reason) return null;
  const f = reason.figure;
  const who = sourcePossessive(sourceOf(f.attribution) ?? sourceOf(claim.attribution));
  if (reason.kind === 'otherMetric') {
    return `${capital(describeAmount(f))} is ${who} count of ${METRIC_COUNT_OF[reason.metric]}, not of ${METRIC_COUNT_OF[claim.metric]} (${f.outlet}, ${when(f)}).`;
  }
  return `${capital(describeAmount(f))} is ${who} earlier count, from ${when(f)} (${f.outlet}); it has moved since.`;
}

/** A sentence ended with one full stop: none added after ".", "!", "?" (inside closing quotes or brackets too). */
export function endSentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?…]["'”’)\]]*$/.test(t) ? t : `${t}.`;
}

/** `text` without any of `chars` at its end (a scan from the end, no regular expression). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Who this page attributes its figure to, in a sentence. */
export function attributionSentence(a: Attribution | null): string {
  if (!a) return 'This page does not say whose figure it is.';
  const text = trimTrailing(a.text.trim(), ' .,;:');
  const name = a.side === 'other' ? text || 'a source it names' : sourceName(a.side);
  const phrase = a.side !== 'other' && text && text.toLowerCase() !== name.toLowerCase() ? ` (“${text}”)` : '';
  return endSentence(`This page attributes it to ${name}${phrase}`);
}

/** The sides present among figures, for tests and lists. */
export function sidesOf(figures: readonly ComparedFigure[]): (Side | null)[] {
  return [...new Set(figures.map((f) => sourceOf(f.attribution)))];
}

/** Every dated total of the same metric the verdict knows of: compared, timeline, earlier, later (deduplicated). */
export function figuresOverTime(claim: ClaimVerdict & { metric: Metric }): ComparedFigure[] {
  const all = [...claim.compared, ...(claim.timeline ?? []), ...claim.earlier, ...claim.later];
  const seen = new Set<string>();
  const out: ComparedFigure[] = [];
  for (const f of all) {
    if (f.metric !== claim.metric || (f.scope ?? 'total') !== 'total') continue;
    const key = `${f.outlet.toLowerCase()}|${f.published}|${f.period}|${f.low}|${f.high}|${f.attribution?.side ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

export { SAME_BRIEFING_DAYS };

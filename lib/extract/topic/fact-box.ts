// Topic stage: a fact box line, "Killed in action: about 2,000 (NIS,
// September 2025)", or a table's value line under its label, in a box about
// North Korea's troops. The label names the metric, the parenthesis the source
// and the time; such a line stands on its own where running text would need
// North Korea named nearby.

import type { Attribution, Claim, Metric } from '../../types';
import { factBoxSource, resolvePhrase, sideIn } from '../attribution';
import { claimAt } from '../claim-at';
import { noteRule } from '../notes';
import type { Ctx, Sentence } from '../context';
import { PREPS } from '../grammar';
import { METRIC_WORDS, MONTHS, TROOP_NOUNS } from '../lexicon';
import { NAMES_NORTH_KOREA } from '../lexicon/north-korea';
import { periodOf, TIME_HINT } from '../period';
import { ruleOn } from '../rule';
import { scopeAt } from '../scope';
import type { Token } from '../tokens';
import { natAt } from './nationality';
import { articleTopic } from './passage';

/** A figure right after a short label at a line start ("Deployed: 11,000"): a fact box line may stand on its own. */
export function labelGate(text: string, lineStart: number, figStart: number): boolean {
  if (figStart - lineStart > 48 || (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10)) return false;
  return /(?::|\s[–—])\s*$/.test(text.slice(lineStart, figStart).replace(/(?<![*_])[*_]+\s*$/, ''));
}

/** The label line right above a value line that opens with its figure (a table or definition list), or null. */
export function stackedLabel(text: string, lineStart: number, figStart: number): [number, number] | null {
  if (figStart !== lineStart || lineStart < 2 || text.charCodeAt(lineStart - 1) !== 10) return null;
  const pe = lineStart - 1;
  const ps = text.lastIndexOf('\n', pe - 1) + 1;
  if (pe - ps < 3 || pe - ps > 40) return null;
  const line = text.slice(ps, pe);
  // (The tail is read one way only: marks then blanks, or a blank that is no space then blanks.)
  return /^[\s*_•·–-]*[A-Za-z][A-Za-z /&-]*(?:[*_:]+\s*|[^\S ]\s*)?$/.test(line) ? [ps, pe] : null;
}

/** Words a fact box label is made of; a label must also name a metric or troops. */
export const LABEL_FILLERS = new Set([
  'in',
  'action',
  'taken',
  'and',
  'or',
  '/',
  '&',
  'of',
  'war',
  'north',
  'korean',
  'kpa',
  'dprk',
  'combat',
  'military',
  'special',
  'construction',
  'engineering',
  'so',
  'far',
  'number',
  'the',
  'total',
  'estimated',
  'est',
  '.',
  'confirmed',
  'reported',
  'force',
  'to',
  'russia',
  'kursk',
  '*',
  '_',
  '-',
  '•',
  '·',
  '–',
  'pledged',
  'strength',
  'size',
  'troop',
  'deployment',
]);

export const LABEL_LISTS = new Set(['-', '•', '*', '·', '–', '_']);

export const MONTH_YEAR_RE =
  /\b(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?: (\d{1,2}))?,? (\d{4})\b/;

/**
 * A fact box line, "Label: figure (source, time)", in a box about North
 * Korea's troops: the label names the metric, the parenthesis the source and
 * the time. Null when the line is not one (the figure is read as usual).
 */
export function factLine(
  ctx: Ctx,
  sent: Sentence,
  T: readonly Token[],
  k: number,
  L: readonly Token[],
  labelEnd: number,
  stacked: boolean,
): Claim | null {
  const { text } = ctx;
  // The label's metric.
  let killed = false;
  let wounded = false;
  let casualty: Metric | null = null;
  let deployed = false;
  if (labelEnd === 0) return null;
  // "Killed (NIS est.): 2,000": a source in the label.
  let labelParen: Token[] | null = null;
  for (let j = 0; j < labelEnd; j++) {
    const w = L[j]!.w;
    if (w === '(') {
      let c = j + 1;
      while (c < labelEnd && L[c]!.w !== ')') c++;
      labelParen = L.slice(j + 1, c);
      j = c;
      continue;
    }
    if (L[j]!.fig >= 0) return null;
    if (LABEL_LISTS.has(w) && j === 0) continue;
    const m = METRIC_WORDS[w];
    if (m && m !== 'deployed') {
      if (m === 'killed') killed = true;
      if (m === 'wounded') wounded = true;
      // "Missing in action", "Killed in action": the first status word leads.
      casualty ??= m;
    } else if (m === 'deployed' || TROOP_NOUNS.has(w) || w === 'pledged' || w === 'strength' || w === 'deployment') {
      deployed = true;
    } else if (!LABEL_FILLERS.has(w)) return null;
    // "in Russia", "to Kursk": places only after their preposition.
    if ((w === 'russia' || w === 'kursk') && L[j - 1]?.w !== 'in' && L[j - 1]?.w !== 'to') return null;
  }
  const metric: Metric | null = killed && wounded ? 'casualties' : (casualty ?? (deployed ? 'deployed' : null));
  if (!metric) return null;
  // Only the figure, its place and time, or its source follow.
  const next = T[k + 1];
  if (
    next &&
    !['(', ',', ';', '.', 'in', 'by', 'as', 'since', 'according', '['].includes(next.w) &&
    !TROOP_NOUNS.has(next.w) &&
    natAt(T, k + 1)?.kind !== 'nk'
  )
    return null;
  for (let j = k + 1; j < T.length && T[j]!.w !== '('; j++)
    if (natAt(T, j)?.kind === 'other' && !PREPS.has(T[j - 1]?.w ?? '') && T[j - 1]?.w !== 'by') return null;
  const f = ctx.figs[T[k]!.fig]!;
  // "Deployed: 2024" is a year.
  if (f.value === 0 || (f.plainDigits && f.value >= 1800 && f.value <= 2100)) return null;
  if (!boxAboutNk(ctx, sent.start, stacked)) return null;
  // "(NIS estimate, September 2025)": the source, then the time.
  let attribution: Attribution | null = null;
  let period: string | null = null;
  const open = T.findIndex((t, j) => j > k && t.w === '(');
  for (const inner of [open > 0 ? parenTokens(T, open) : null, labelParen]) {
    if (!inner || inner.length === 0) continue;
    if (!attribution && ruleOn(ctx.disabled, 'fact-box-source')) {
      attribution = parenSource(ctx, inner);
      if (attribution) noteRule('fact-box-source');
    }
    if (period === null && ruleOn(ctx.disabled, 'fact-box-period')) {
      period = parenPeriod(ctx, inner);
      if (period !== null) noteRule('fact-box-period');
    }
  }
  attribution ??= factBoxSource(ctx, sent, k);
  const sentence = (sent.text ??= text.slice(sent.start, sent.end));
  if (period === null && TIME_HINT.test(sentence)) {
    period = periodOf(
      sentence.slice(0, open > 0 ? T[open]!.start - sent.start : undefined),
      f.start - sent.start,
      ctx.published,
      f.end - sent.start,
      true,
      ctx.disabled,
    );
  }
  const { qualifier, low, high } = f;
  return claimAt(text, f, { metric, qualifier, low, high, sentence, attribution, period, scope: scopeAt(T, k, metric, ctx.disabled) });
}

/**
 * In a fact box line's list, "Casualties: 3,000+ (Ukraine), 1,100 (South
 * Korea)", the index of the label's colon (or dash) before the item at `k`,
 * each earlier item a figure with its parenthesis; -1 when `k` is no such item.
 */
export function labelBeforeList(T: readonly Token[], k: number): number {
  let j = k - 1;
  for (let items = 0; items < 8; items++) {
    if (T[j]?.w !== ',' && T[j]?.w !== ';') return -1;
    j--;
    if (T[j]?.w !== ')') return -1;
    const close = j;
    while (j > 0 && T[j]!.w !== '(' && close - j < 10) j--;
    if (T[j]?.w !== '(') return -1;
    j--;
    if ((T[j]?.fig ?? -1) < 0) return -1;
    j--;
    const w = T[j]?.w;
    if (w === ':' || w === '–' || w === '—') return j;
  }
  return -1;
}

/**
 * The source a parenthesis names before its first comma ("NIS estimate" of
 * "(NIS estimate, September 2025)"), or null: its side's entity words, else
 * the phrase as `resolvePhrase` reads it (a time alone names no one).
 */
export function parenSource(ctx: Ctx, inner: readonly Token[]): Attribution | null {
  const comma = inner.findIndex((t) => t.w === ',' || t.w === ';');
  const phrase = comma >= 0 ? inner.slice(0, comma) : inner;
  if (phrase.length === 0) return null;
  const raw = ctx.text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
  const side = sideIn(raw);
  if (side) return { side: side.side, text: raw };
  return MONTH_YEAR_RE.test(raw) || /^as\b/i.test(raw) ? null : resolvePhrase(ctx.text, phrase, ctx.memo);
}

/**
 * The time a parenthesis gives ("September 2025", "Sept. 3, 2025"; "April":
 * a month without its year is its latest occurrence up to publication), or null.
 */
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parenPeriod(ctx: Ctx, inner: readonly Token[]): string | null {
  const m = MONTH_YEAR_RE.exec(ctx.text.slice(inner[0]!.start, inner[inner.length - 1]!.end));
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month !== undefined) {
    const day = m[1] ?? m[3];
    return `${m[4]}-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
  }
  // A month without its year, perhaps with its day ("April", "Jan. 13", "12 Feb"), read by its full name.
  const bare = inner.findIndex((t) => MONTHS[t.w] !== undefined && t.startsUpper());
  if (bare < 0) return null;
  const after = inner[bare + 1]?.w === '.' ? bare + 2 : bare + 1;
  const day = [inner[after], inner[bare - 1]].find((t) => t !== undefined && /^\d{1,2}$/.test(t.raw))?.raw;
  const name = MONTH_NAMES[MONTHS[inner[bare]!.w]! - 1];
  return periodOf(`in ${day ? `${day} ` : ''}${name}`, 0, ctx.published, 0, true, ctx.disabled);
}

/** The tokens inside the parenthesis opening at `open`. */
export function parenTokens(T: readonly Token[], open: number): Token[] {
  let close = open + 1;
  while (close < T.length && T[close]!.w !== ')') close++;
  return T.slice(open + 1, close);
}

/** A line that opens with a label naming a metric or troops ("Wounded: ..."). */
export function isMetricLabel(line: string): boolean {
  const m = /^[\s*_•·–-]*([A-Za-z][A-Za-z ]{0,39}?)[*_]*(?::|\s[–—])/.exec(line);
  if (!m) return false;
  return m[1]!
    .toLowerCase()
    .split(' ')
    .some((w) => METRIC_WORDS[w] !== undefined || TROOP_NOUNS.has(w) || w === 'strength' || w === 'pledged');
}

/** The fact box holding the line at `lineStart` (the line, the box lines and heading above it) names North Korea, or the article is about its troops. */
export function boxAboutNk(ctx: Ctx, lineStart: number, stacked: boolean): boolean {
  const { text } = ctx;
  let end = text.indexOf('\n', lineStart);
  if (end < 0) end = text.length;
  let s = lineStart;
  let e = end;
  for (let n = 0; n < 12; n++) {
    // A paragraph of running text ends the box.
    if (n > 0 && e - s > 200) break;
    const line = text.slice(s, e);
    if (NAMES_NORTH_KOREA.test(line)) return true;
    // A heading that names another country: the box is about that; a neutral one ("Key facts") leaves it to the article.
    // (A line with a value, "Distance: 500 km", is another line of the box.)
    if (n > 0 && !isMetricLabel(line) && !/^[^:]{1,40}:\s*(?:[A-Za-z~≈]+\s+){0,2}\d/.test(line)) {
      if (OTHER_SIDE_RE.test(line)) return false;
      // A table's cells stand one to a line: short lines go on with the box.
      if (!(stacked && line.length <= 60 && !/[.!?]$/.test(line))) break;
    }
    if (s === 0) break;
    e = s - 1;
    while (e > 0 && text.charCodeAt(e - 1) === 10) e--;
    s = text.lastIndexOf('\n', e - 1) + 1;
  }
  return (ctx.topic ??= articleTopic(text));
}

export const OTHER_SIDE_RE = /\b(?:Ukrain|Russia|Kyiv|Kiev|Moscow|Kremlin|Americ|U\.?S\b|China|Chinese|Israel|Gaza|Iran|Syria)/i;

// Attribution stage: a source in a parenthesis right after a figure or its
// noun phrase, the style of explainers and fact boxes: "600 dead (NIS), 1,000+
// dead (HUR)", "about 11,000 troops (Pentagon) or 12,000 (Kyiv)", "2,000
// (HUR estimate, March 2025)". The parenthesis gives the figure its source
// (and its time, read as a fact box line's is: ../topic/fact-box.ts), and the
// figure is then read as if the parenthesis were not there: its noun phrase,
// nationality and the checks after it see the words around it. A parenthesis
// that holds anything else ("(pictured)", "(file photo)", a figure) changes
// nothing.

import type { Attribution } from '../../types';
import type { Ctx } from '../context';
import { METRIC_WORDS, ROLE_GROUPS, TROOP_NOUNS } from '../lexicon';
import { readNounPhrase } from '../metric/noun-phrase';
import { noteRule } from '../notes';
import { type RuleInfo, ruleOn } from '../rule';
import type { Token } from '../tokens';
import { LABEL_FILLERS, MONTH_YEAR_RE, parenPeriod, parenSource } from '../topic/fact-box';
import { sideIn } from './sides';
import { MONTH_OF } from './words';
import { CHANNEL_PREPS, citedIn, isChannel, isChannelNoun, SOURCE_PAREN_CHANNEL, SOURCE_PAREN_CITED } from './paren-channel';

/** What a source parenthesis gives its figure. */
export interface ParenRead {
  attribution: Attribution;
  period: string | null;
}

/** A sentence's tokens with its source parentheses left out, and what each gives its figure (by the figure's index). */
export interface BareSentence {
  tokens: Token[];
  byFig: Map<number, ParenRead>;
  /** What a source parenthesis at the sentence's end gives its figures that have none of their own. */
  end: ParenRead | null;
  /** The text spans [start, end) of the parentheses read past. */
  spans: Array<[number, number]>;
}

/** Whether only a full stop (or a quote's close) follows the token at `close`. */
function endsSentence(T: readonly Token[], close: number): boolean {
  for (let n = close + 1; n < T.length; n++) if (!SENTENCE_CLOSE.has(T[n]!.w)) return false;
  return true;
}
const SENTENCE_CLOSE = new Set(['.', '!', '?', '"', '”', '’', "'"]);

/** Longest parenthesis read (tokens inside it), and farthest a noun phrase's figure stands before it. */
const MAX_INNER = 12;
const NP_REACH = 8;

/** Lower-case words a source's name may hold besides its role nouns ("NIS estimate", "Ministry of Defence data"). */
const SOURCE_WORDS = new Set([
  'estimate',
  'estimates',
  'est',
  '.',
  'figure',
  'figures',
  'data',
  'count',
  'tally',
  'claim',
  'claims',
  'of',
  'the',
  'and',
  '/',
  '&',
  "'s",
]);
/** Words that open a source in a parenthesis ("(per the NIS)", "(via HUR)", "(according to Kyiv)"). */
const SOURCE_OPENERS = new Set(['per', 'via', 'source', 'sources', 'according']);
/** Words a time after the source's comma may hold besides months and numbers ("(NIS, as of April)"). */
const TIME_WORDS = new Set(['as', 'of', 'in', 'since', 'early', 'late', 'mid', 'mid-', 'end', ',', '.', '-']);
/** Lower-case words that name the kind of the source, which a source of no side must hold ("ISW estimate", "Oryx count"). */
const KIND_WORDS = new Set(['estimate', 'estimates', 'est', 'figure', 'figures', 'data', 'count', 'tally', 'claim', 'claims']);

/**
 * The sentence's tokens `T` with every source parenthesis right after a figure
 * (or its noun phrase) left out, and what each gives its figure; null when the
 * sentence holds none (the common case: one pass over its tokens, no allocation).
 */
export function bareOfSourceParens(ctx: Ctx, T: readonly Token[]): BareSentence | null {
  // (No parenthesis in the sentence, the common case: one search of its text.)
  if (T.length < 2) return null;
  const open = parenFrom(ctx, T[0]!.end);
  if (open < 0 || open >= T[T.length - 1]!.start) return null;
  let bare: BareSentence | null = null;
  let drop: number[] | null = null;
  for (let p = 1; p < T.length; p++) {
    if (T[p]!.w !== '(') continue;
    const m = ruleOn(ctx.disabled, SOURCE_PAREN.id) ? figureBefore(ctx, T, p) : -1;
    // (A figure with a noun of its own needs no label to say what it counts.)
    if (m >= 0 && m === p - 1 && !labelNamesCount(T, m)) continue;
    let close = p + 1;
    while (close < T.length && close - p <= MAX_INNER && T[close]!.w !== ')') close++;
    if (T[close]?.w !== ')') continue;
    // Else a parenthesis that ends the sentence, after its figures: "... were killed in the fighting (NIS)."
    const end = m < 0 && ruleOn(ctx.disabled, SOURCE_PAREN_END.id) && endsSentence(T, close) && T.some((t, j) => j < p && t.fig >= 0);
    if (m < 0 && !end) continue;
    const read = readSourceParen(ctx, T.slice(p + 1, close));
    if (!read) continue;
    bare ??= { tokens: [], byFig: new Map(), end: null, spans: [] };
    (drop ??= []).push(p, close);
    bare.spans.push([T[p]!.start, T[close]!.end]);
    if (m >= 0) bare.byFig.set(T[m]!.fig, read);
    else bare.end = read;
    p = close;
  }
  if (!bare || !drop) return null;
  let d = 0;
  for (let n = 0; n < T.length; n++) {
    if (d < drop.length && n === drop[d]) {
      n = drop[d + 1]!;
      d += 2;
      continue;
    }
    bare.tokens.push(T[n]!);
  }
  return bare;
}

/**
 * The offset of the first "(" at or after `from` in the text, or -1. Sentences
 * are read in text order and most hold none: a search from a later sentence
 * that the last search passed over is answered by it (`Ctx.parenSearch`), so
 * the text is searched about once in all, not once from every sentence to the
 * next parenthesis.
 */
function parenFrom(ctx: Ctx, from: number): number {
  const last = ctx.parenSearch;
  if (last !== undefined && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
  const at = ctx.text.indexOf('(', from);
  ctx.parenSearch = { from, at };
  return at;
}

/** The token of the figure a parenthesis opening at `p` follows: right before it, or the figure whose noun phrase ends there; -1 when none. */
function figureBefore(ctx: Ctx, T: readonly Token[], p: number): number {
  if (T[p - 1]!.fig >= 0) return p - 1;
  for (let m = p - 2; m >= 0 && p - m <= NP_REACH; m--) {
    if (T[m]!.fig < 0) continue;
    const np = readNounPhrase(T, m, ctx.disabled);
    return np && np.head !== 'none' && np.end === p ? m : -1;
  }
  return -1;
}

/**
 * Whether the figure at token `m`, when it follows a label ("wounded: 2,000"),
 * follows one that names what is counted, as a fact box label does (not
 * "Tanks sent: 200"); true when it follows none.
 */
function labelNamesCount(T: readonly Token[], m: number): boolean {
  const colon = T[m - 1]?.w;
  if (colon !== ':' && colon !== '–' && colon !== '—') return true;
  let named = false;
  for (let j = m - 2; j >= 0 && m - j <= 8; j--) {
    const w = T[j]!.w;
    if (w === ';' || w === ',' || w === '.' || w === ')') break;
    if (METRIC_WORDS[w] !== undefined || TROOP_NOUNS.has(w)) named = true;
    else if (!LABEL_FILLERS.has(w)) return false;
  }
  return named;
}

/**
 * What a parenthesis holding only a source gives ("NIS", "HUR estimate",
 * "per South Korea's spy agency"), with a time after a comma ("NIS, April",
 * "HUR estimate, March 2025"); null when it holds anything else.
 */
export function readSourceParen(ctx: Ctx, inner: readonly Token[]): ParenRead | null {
  let from = 0;
  // A time first: "(March 2025, HUR)".
  let lead = 0;
  while (lead < inner.length && inner[lead]!.w !== ',' && isTimeWord(inner[lead]!)) lead++;
  if (lead > 0 && inner[lead]?.w === ',' && inner.slice(0, lead).some((t) => MONTH_OF.has(t.w) || /^\d{4}$/.test(t.raw))) {
    const rest = readSourceParen(ctx, inner.slice(lead + 1));
    return rest && { attribution: rest.attribution, period: rest.period ?? parenPeriod(ctx, inner.slice(0, lead)) };
  }
  if (SOURCE_OPENERS.has(inner[0]?.w ?? '')) {
    from = 1;
    if (inner[0]!.w === 'according' && inner[1]?.w === 'to') from = 2;
    else if (inner[1]?.w === ':') from = 2;
  }
  const channels = ruleOn(ctx.disabled, SOURCE_PAREN_CHANNEL.id);
  let comma = from;
  // (A channel may follow the source with no comma: "(HUR via Telegram)".)
  while (
    comma < inner.length &&
    inner[comma]!.w !== ',' &&
    inner[comma]!.w !== ';' &&
    !(channels && comma > from && CHANNEL_PREPS.has(inner[comma]!.w))
  )
    comma++;
  if (comma === from || comma - from > 6) return null;
  let kind = false;
  let acronym = false;
  let role = false;
  for (let n = from; n < comma; n++) {
    const t = inner[n]!;
    if (t.fig >= 0) return null;
    if (KIND_WORDS.has(t.w)) kind = true;
    if (ROLE_GROUPS[t.w] !== undefined) role = true;
    if (t.startsUpper()) {
      if (MONTH_OF.has(t.w)) return null;
      acronym ||= /^\p{Lu}{2,}$/u.test(t.raw);
    } else if (
      !SOURCE_WORDS.has(t.w) &&
      ROLE_GROUPS[t.w] === undefined &&
      !t.w.endsWith("'s") &&
      !(channels && n > from && isChannelNoun(t.w))
    )
      return null;
  }
  // After the source, segments of a time (months, years and days only) or, each after its comma, a channel ("via Telegram").
  let timeFrom = -1;
  let timeTo = -1;
  let cited: Attribution | null = null;
  for (let n = inner[comma]?.w === ',' || inner[comma]?.w === ';' ? comma + 1 : comma; n < inner.length; ) {
    let e = n;
    while (e < inner.length && inner[e]!.w !== ',' && inner[e]!.w !== ';') e++;
    const seg = inner.slice(n, e);
    if (seg.every(isTimeWord)) {
      if (seg.length > 0) {
        if (timeFrom < 0) timeFrom = n;
        timeTo = e;
      }
    } else if (!(channels && isChannel(seg))) {
      const whom = ruleOn(ctx.disabled, SOURCE_PAREN_CITED.id) ? citedIn(seg) : null;
      if (!whom) return null;
      // ("citing intercepts": no one, read past.)
      const side = sideIn(ctx.text.slice(whom[0]!.start, whom[whom.length - 1]!.end));
      if (side && side.side !== 'other') cited ??= parenSource(ctx, whom);
    }
    n = e + 1;
  }
  const phrase = inner.slice(from, comma);
  const attribution = parenSource(ctx, phrase);
  if (!attribution || MONTH_YEAR_RE.test(attribution.text)) return null;
  // A name that names no side itself stands for a source only as an acronym, with a role or with its kind
  // ("(Kursk)" is a place); one of no side only as an acronym or with its kind ("(Japan)").
  if (!cited && !acronym && !kind && (attribution.side === 'other' || (!role && !sideIn(attribution.text)))) return null;
  if (cited) noteRule(SOURCE_PAREN_CITED.id);
  return { attribution: cited ?? attribution, period: timeFrom >= 0 ? parenPeriod(ctx, inner.slice(timeFrom, timeTo)) : null };
}

/** Whether a token may stand in a source parenthesis's time: a month, a year or day, or a word of time. */
const isTimeWord = (t: Token): boolean => MONTH_OF.has(t.w) || TIME_WORDS.has(t.w) || /^\d{1,4}$/.test(t.raw);

export const SOURCE_PAREN: RuleInfo = {
  id: 'source-paren',
  stage: 'attribution',
  summary:
    '"600 dead (NIS)", "11,000 troops (Pentagon) or 12,000 (Kyiv)": a parenthesis right after a figure or its noun phrase holding only a source (and a time) gives the figure its source and time, and is read past',
  cases: [
    {
      text: 'Losses of the North Korean contingent so far: [450] dead (NIS), 900+ dead (HUR).',
      want: { metric: 'killed', attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'Losses of the North Korean contingent so far: 450 dead (NIS), [900+] dead (HUR).',
      want: { metric: 'killed', qualifier: 'atLeast', attribution: { side: 'ua', text: 'HUR' } },
    },
    {
      text: 'Counts of the North Korean dead run from [250] (NIS) to 1,100 (HUR).',
      want: { metric: 'killed', attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'Counts of the North Korean dead run from 250 (NIS) to [1,100] (HUR).',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'HUR' } },
    },
    {
      text: 'Pyongyang has deployed roughly [10,000] troops (Pentagon) or 13,000 (Kyiv) to Russia.',
      want: { metric: 'deployed', attribution: { side: 'us', text: 'Pentagon' } },
    },
    {
      text: 'Pyongyang has deployed roughly 10,000 troops (Pentagon) or [13,000] (Kyiv) to Russia.',
      want: { metric: 'deployed', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'Pyongyang had about 10,000 troops (Pentagon) or [13,000] (Kyiv) in Russia by December.',
      want: { metric: 'deployed', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'North Korean losses. Dead: 500 (NIS, May); wounded: [1,800] (NIS).',
      want: { metric: 'wounded', attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'Pyongyang’s army has lost [3,000] wounded (HUR estimate, March 2025) in the Kursk region.',
      want: { metric: 'wounded', attribution: { side: 'ua', text: 'HUR estimate' }, period: '2025-03' },
    },
    {
      text: 'Pyongyang has lost [about 4,000] soldiers (March 2025, HUR) killed or wounded in the Kursk region.',
      want: { metric: 'casualties', attribution: { side: 'ua', text: 'HUR' }, period: '2025-03' },
    },
    {
      text: 'Some [9,000] North Korean soldiers (pictured) reached the Kursk front in November.',
      want: { metric: 'deployed', attribution: null },
    },
  ],
};

export const SOURCE_PAREN_ALTERNATIVE: RuleInfo = {
  id: 'source-paren-alternative',
  stage: 'attribution',
  summary:
    '"11,000 troops (Pentagon) or 12,000 (Kyiv)": a bare figure with its source’s parenthesis, set after another source’s figure of the same sentence, counts what that one does',
  cases: [
    {
      text: 'Pyongyang has deployed roughly 10,000 troops (Pentagon) or [13,000] (Kyiv) to Russia.',
      want: { metric: 'deployed', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'Pyongyang had about 10,000 troops (Pentagon) or [13,000] (Kyiv) in Russia by December.',
      want: { metric: 'deployed', attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'North Korea lost 400 dead (NIS) and [1,200] (HUR) in the Kursk fighting.',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'HUR' } },
    },
  ],
};

/** Connectives between two sources' figures ("(Pentagon) or 12,000 (Kyiv)"). */
const ALTERNATIVES = new Set(['or', 'and', 'versus', 'vs', ',', 'against']);

/**
 * Whether the figure at token `k` of the bare sentence `B` (it has its own
 * source parenthesis) follows, after a connective, another figure of the
 * sentence with a source parenthesis of its own: the figure `prevFig`, whose
 * claim is the last one kept.
 */
export function otherSourcesCount(B: BareSentence, k: number, prevFig: number): boolean {
  const T = B.tokens;
  if (!ALTERNATIVES.has(T[k - 1]?.w ?? '') || !B.byFig.has(prevFig)) return false;
  for (let m = k - 2; m >= 0 && k - m <= 6; m--) {
    const f = T[m]!.fig;
    if (f >= 0) return f === prevFig;
  }
  return false;
}

export const SOURCE_PAREN_END: RuleInfo = {
  id: 'source-paren-end',
  stage: 'attribution',
  summary:
    '"... were killed in the fighting (NIS).": a parenthesis holding only a source (and a time) that ends the sentence gives its figures with no source of their own its source and time',
  cases: [
    {
      text: 'Some [1,500] North Korean soldiers were killed in the fighting (NIS).',
      want: { metric: 'killed', attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'About [4,000] North Korean soldiers were wounded in the Kursk region (HUR estimate, March 2025).',
      want: { metric: 'wounded', attribution: { side: 'ua', text: 'HUR estimate' }, period: '2025-03' },
    },
    {
      text: 'Some [1,500] North Korean soldiers were killed in the fighting (file photo).',
      want: { metric: 'killed', attribution: null },
    },
  ],
};

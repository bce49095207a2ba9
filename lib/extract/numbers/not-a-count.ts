// Numbers stage, read in the figure's sentence: figures that are no head count
// (a date, an age, a document's number, the size of a change, a rate, a year,
// a compound modifier, a number before an unrelated noun). Each predicate
// takes the sentence's tokens and the figure's token index `k`.

import type { RawFigure } from '../figures';
import { AUX_WORDS, METRIC_WORDS, MONTHS } from '../lexicon';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';

const capitalised = (t: Token): boolean => t.startsUpper();

export const MONTH_BEFORE: RuleInfo = {
  id: 'date.month-before',
  stage: 'numbers',
  summary: 'a number after a capitalised month is a day ("April 15")',
  cases: [
    { text: 'The attack on November [20] also wounded North Korean soldiers, Kyiv said.', want: null },
    { text: 'By April, [15] North Korean soldiers had been captured, Kyiv said.', want: { metric: 'captured', low: 15 } },
    { text: 'In December [two] North Korean soldiers were captured, Kyiv said.', want: { metric: 'captured', low: 2 } },
    {
      text: 'North Korean troops killed and wounded in Kursk in December [exceeded 3,000], the NIS said.',
      want: { metric: 'casualties', low: 3000 },
    },
  ],
};
/** (A day is written in digits and bare: "In December two soldiers", "December exceeded 3,000" are counts.) */
export const isMonthBefore = (T: readonly Token[], k: number): boolean => {
  const p = T[k - 1];
  return p !== undefined && MONTHS[p.w] !== undefined && capitalised(p) && T[k]!.startsDigit();
};

export const MONTH_ABBREV_BEFORE: RuleInfo = {
  id: 'date.month-abbrev-before',
  stage: 'numbers',
  summary: 'a number after an abbreviated month is a day ("Jan. 9")',
  cases: [{ text: 'Since Jan. [9] North Korean soldiers have been killed in Kursk.', want: null }],
};
export const isMonthAbbrevBefore = (T: readonly Token[], k: number): boolean => {
  const m = T[k - 2];
  return T[k - 1]?.w === '.' && m !== undefined && MONTHS[m.w] !== undefined && capitalised(m);
};

export const AGE_OR_NUMBER_SIGN: RuleInfo = {
  id: 'age-or-number-sign',
  stage: 'numbers',
  summary: 'a number after "aged", "age" or "no" is an age or a serial number',
  cases: [
    { text: 'The North Korean soldiers killed in Kursk were aged [20] and under.', want: null },
    { text: 'North Korean soldiers of age [19] were sent to Kursk, the agency said.', want: null },
  ],
};
export const isAgeOrNumberSign = (T: readonly Token[], k: number): boolean => {
  const w = T[k - 1]?.w;
  return w === 'aged' || w === 'age' || w === 'ages' || w === 'no';
};

const DOC_NOUNS = new Set([
  'article',
  'articles',
  'section',
  'clause',
  'paragraph',
  'resolution',
  'chapter',
  'annex',
  'protocol',
  'decree',
  'no',
  'nos',
  'amendment',
]);

export const DOCUMENT_NUMBER: RuleInfo = {
  id: 'document-number',
  stage: 'numbers',
  summary: 'a number after a document noun names a provision ("Article 4", "Resolution 2397", "No. 9")',
  cases: [
    { text: 'Under Article [4] of the treaty, North Korea sent troops to Kursk.', want: null },
    { text: 'North Korea breached Resolution [2397] by sending troops to Russia.', want: null },
    { text: 'North Korean troops were killed under order No. [9] of the command.', want: null },
  ],
};
export const isDocumentNumber = (T: readonly Token[], k: number): boolean => {
  const p = T[k - 1];
  return p !== undefined && (DOC_NOUNS.has(p.w) || (p.w === '.' && (T[k - 2]?.w === 'no' || T[k - 2]?.w === 'art')));
};

const CHANGE_VERBS = new Set([
  'rose',
  'risen',
  'increased',
  'grew',
  'grown',
  'jumped',
  'climbed',
  'swelled',
  'expanded',
  'fell',
  'dropped',
  'declined',
  'decreased',
  'up',
  'down',
  'raised',
  'revised',
  'reduced',
]);

export const SIZE_OF_CHANGE: RuleInfo = {
  id: 'size-of-change',
  stage: 'numbers',
  summary: 'a number after "rose by", "fell by" is the size of a change, not a count',
  cases: [
    { text: 'The number of North Korean troops killed rose by [1,000] to 4,000, Kyiv said.', want: null },
    { text: 'The number of North Korean troops killed rose by 1,000 to [4,000], Kyiv said.', want: { metric: 'killed', low: 4000 } },
  ],
};
export const isSizeOfChange = (T: readonly Token[], k: number): boolean => T[k - 1]?.w === 'by' && CHANGE_VERBS.has(T[k - 2]?.w ?? '');

export const COMPOUND_MODIFIER: RuleInfo = {
  id: 'compound-modifier',
  stage: 'numbers',
  summary: 'a number joined by a hyphen to the word after it is a modifier ("12-year-old", "10-minute")',
  cases: [
    { text: 'North Korea sent [19]-year-old soldiers to Kursk, officials said.', want: null },
    { text: 'North Korea sent an [11,000]-strong force to Kursk.', want: { metric: 'deployed', low: 11000 } },
  ],
};
/** The token after the figure (`j === k + 1`) is a hyphen glued to a word. */
export const isCompoundModifier = (T: readonly Token[], j: number, k: number): boolean =>
  T[j]?.w === '-' && j === k + 1 && isWord(T[j + 1]) && T[j + 1]!.start === T[j]!.end;

const RATE_WORDS = new Set(['daily', 'weekly', 'monthly', 'nightly']);
const RATE_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'night']);
const RATE_ARTICLES = new Set(['a', 'per', 'each', 'every', 'an']);

export const RATE: RuleInfo = {
  id: 'rate',
  stage: 'numbers',
  summary: 'a number per unit of time is a rate, not a count ("1,000 men a day", "100 daily")',
  cases: [
    { text: 'North Korean troops were losing [1,000] men a day in Kursk, Kyiv said.', want: null },
    { text: 'North Korean units lost about [100] daily near Kursk, Kyiv said.', want: null },
    { text: 'North Korea lost [1,000] men in Kursk, Kyiv said.', want: { low: 1000 } },
  ],
};
/** `r`: the token after the figure's noun phrase. */
export const isRate = (T: readonly Token[], r: number): boolean => {
  const a = T[r]?.w ?? '';
  return RATE_WORDS.has(a) || (RATE_ARTICLES.has(a) && RATE_UNITS.has(T[r + 1]?.w ?? ''));
};

const SMALL_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A small number's value: a word ("one", "three") or one or two digits (a proportion's terms; "300 out of 11,000" is a part); else NaN. */
function smallNumber(t: Token | undefined): number {
  if (t === undefined) return Number.NaN;
  const raw = t.raw;
  const word = SMALL_NUMBER_WORDS.indexOf(raw.toLowerCase());
  if (word >= 0) return word + 1;
  return /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
}
/** A proportion's terms: two small numbers, the part smaller than the whole ("40 in one operation" is no proportion). */
const areTerms = (part: Token | undefined, whole: Token | undefined): boolean => smallNumber(part) < smallNumber(whole);

export const RATIO: RuleInfo = {
  id: 'ratio',
  stage: 'numbers',
  summary: 'a proportion is no count ("one in three soldiers", "two out of every five")',
  cases: [
    { text: 'Seoul estimates that one in [three] North Korean soldiers deployed has been wounded.', want: null },
    { text: 'Kyiv says [two] in five North Korean soldiers sent to Kursk have been killed.', want: null },
    { text: 'One out of every [four] North Korean soldiers was wounded, Kyiv said.', want: null },
    { text: 'Ukraine captured [two] North Korean soldiers in Kursk in January.', want: { metric: 'captured', low: 2 } },
    { text: 'Kyiv says [300] out of 11,000 North Korean soldiers sent to Kursk have died.', want: { metric: 'killed', low: 300 } },
    {
      text: 'The unit said it killed 21 North Korean soldiers and wounded [40] in one operation.',
      want: { metric: 'wounded', low: 40 },
    },
  ],
};
/** The figure at token k is a term of a proportion ("one in three", "two out of every five"). */
export const isRatio = (T: readonly Token[], k: number): boolean => {
  // The second term: "one in [three]", "one out of every [four]" (the words first: this runs for every figure).
  let b = k - 1;
  if (T[b]?.w === 'every') b--;
  if (T[b]?.w === 'in' && areTerms(T[b - 1], T[k])) return true;
  if (T[b]?.w === 'of' && T[b - 1]?.w === 'out' && areTerms(T[b - 2], T[k])) return true;
  // The first: "[two] in five", "[one] out of every four".
  let a = k + 1;
  if (T[a]?.w === 'out' && T[a + 1]?.w === 'of') a += 2;
  else if (T[a]?.w !== 'in') return false;
  else a++;
  if (T[a]?.w === 'every') a++;
  return areTerms(T[k], T[a]);
};

/** Words between "up from" and its figure ("up from an earlier estimate of 11,000"). */
const BASELINE_FILLER = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'previous',
  'earlier',
  'initial',
  'prior',
  'estimate',
  'estimated',
  'figure',
  'count',
  'tally',
  'total',
  'of',
]);

export const EARLIER_BASELINE: RuleInfo = {
  id: 'earlier-baseline',
  stage: 'numbers',
  summary:
    'the earlier count a change is measured from, undated ("up from 600", "down from an estimate of 11,000"): dated today, it would be set against today\'s count',
  cases: [
    { text: 'Seoul now says about 15,000 North Korean troops are in Russia, up from an estimate of [11,000] last year.', want: null },
    { text: 'The NIS put North Korean deaths at 2,000, up from [600] earlier this year.', want: null },
    { text: 'The NIS raised its count of North Korean dead to 2,000, from [600] earlier this year.', want: null },
    { text: 'Seoul raised its estimate of North Korean casualties to around 4,700 from [3,600], citing new intelligence.', want: null },
    {
      text: 'Seoul now counts some 600 North Korean deaths, up from the [300] it reported in January.',
      want: { metric: 'killed', low: 300 },
    },
    { text: 'The NIS put North Korean deaths at [2,000], up from 600 earlier this year.', want: { metric: 'killed', low: 2000 } },
    // Dated, an earlier count is set against the counts of its own time.
    {
      text: 'The NIS now counts about 3,600 North Korean casualties, up from the [3,000] the agency reported last month.',
      want: { metric: 'casualties', low: 3000, period: '2025-01' },
      published: '2025-02-27',
    },
    { text: 'The NIS put North Korean deaths at 2,000, up from an estimate of [600] in April.', want: { metric: 'killed', low: 600 } },
    {
      text: 'Kyiv counts [4,000] North Korean casualties, up sharply from its January estimate.',
      want: { metric: 'casualties', low: 4000 },
    },
  ],
};
/** The "from" at `b` gives the count a figure rose or fell from: "up from", "down from", "to 600, from". */
const risenFrom = (T: readonly Token[], b: number): boolean => {
  const p = T[b - 1]?.w;
  if (p === 'up' || p === 'down') return true;
  // "raised it to 4,700 from 3,600", "to 600, from 300".
  const n = p === ',' ? b - 2 : b - 1;
  return (T[n]?.fig ?? -1) >= 0 && T[n - 1]?.w === 'to';
};
/** The figure at `k` is the count a change starts from ("up from 600", "up from the 300 it reported", "to 4,700 from 3,600"). */
export const isChangeBaseline = (T: readonly Token[], k: number): boolean => {
  let b = k - 1;
  while (b >= 0 && k - b <= 6 && BASELINE_FILLER.has(T[b]!.w)) b--;
  return T[b]?.w === 'from' && risenFrom(T, b);
};

export const isEarlierBaseline = (T: readonly Token[], k: number): boolean => {
  if (!isChangeBaseline(T, k)) return false;
  // "up from 600 in April", "up from the 300 it reported in January": dated, it is set against the counts of its own time.
  // So is "up from the 3,000 it reported last month" (a month the period stage resolves; "last year" is no month).
  for (let a = k + 1; a < T.length && a <= k + 6 && T[a]!.w !== ',' && T[a]!.w !== ';'; a++) {
    if (MONTHS[T[a]!.w] !== undefined && capitalised(T[a]!)) return false;
    if (T[a]!.w === 'last' && T[a + 1]?.w === 'month') return false;
  }
  return true;
};

/**
 * The words the token before a figure must be for one of isMonthBefore,
 * isMonthAbbrevBefore, isAgeOrNumberSign, isDocumentNumber, isSizeOfChange
 * and isEarlierBaseline to hold (each reads that token first: a month, ".",
 * "aged", a document noun, "by", "from" or a word between "from" and its
 * figure). Most figures follow none of them: one lookup spares asking each.
 */
export const WORDS_BEFORE_NOT_A_COUNT: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS),
  '.',
  'aged',
  'age',
  'ages',
  'no',
  ...DOC_NOUNS,
  'by',
  'from',
  ...BASELINE_FILLER,
]);

/** Units a force is split into, counted by their size ("in groups of 20"). */
const SPLIT_INTO = new Set(['groups', 'units', 'teams', 'squads', 'batches', 'platoons', 'detachments', 'cells', 'columns']);

export const UNIT_SIZE: RuleInfo = {
  id: 'unit-size',
  stage: 'numbers',
  summary:
    'the size of the groups a force moves or fights in, not a count of it ("fought in groups of 20 to 30", "split into units of 100")',
  cases: [
    { text: 'North Korean troops fought in groups of [20 to 30] soldiers, Ukrainian commanders said.', want: null },
    { text: 'The North Korean force was split into units of [about 100] soldiers, Kyiv said.', want: null },
    { text: 'North Korea sent [11,000] troops in several groups, Seoul said.', want: { metric: 'deployed', low: 11000 } },
    { text: 'A group of [about 200] North Korean soldiers was captured, Kyiv said.', want: { metric: 'captured', low: 200 } },
  ],
};
export const isUnitSize = (T: readonly Token[], k: number): boolean =>
  T[k - 1]?.w === 'of' && SPLIT_INTO.has(T[k - 2]?.w ?? '') && (T[k - 3]?.w === 'in' || T[k - 3]?.w === 'into');

export const BARE_ONE: RuleInfo = {
  id: 'bare-one',
  stage: 'numbers',
  summary: '"one" counts troops only as "one North Korean soldier"; else it is a pronoun or an article',
  cases: [
    { text: 'North Korean soldiers were killed in [one] assault on a village, Kyiv said.', want: null },
    { text: 'Of the North Korean troops deployed, [one] was killed, Kyiv said.', want: null },
    { text: 'Ukraine captured [one] North Korean soldier in Kursk.', want: { metric: 'captured', low: 1 } },
  ],
};
export const isBareOne = (f: RawFigure, nkTroop: boolean): boolean => f.word === 'one' && f.value === 1 && !nkTroop;

export const YEAR: RuleInfo = {
  id: 'year',
  stage: 'numbers',
  summary: 'four plain digits from 1800 to 2100 are a year, unless a troop or metric noun follows',
  cases: [
    { text: 'North Korea sent troops to Russia in [2024], and more were killed in 2025.', want: null },
    { text: 'North Korea sent [2,000] troops to Russia in 2024.', want: { low: 2000 } },
    { text: 'North Korea sent [2000] troops to Kursk, Seoul said.', want: { low: 2000, metric: 'deployed' } },
  ],
};
export const isYear = (f: RawFigure): boolean => f.plainDigits && f.value >= 1800 && f.value <= 2100;

export const ZERO: RuleInfo = {
  id: 'zero',
  stage: 'numbers',
  summary: 'zero counts nothing',
  cases: [{ text: 'North Korea has [0] troops deployed in Ukraine, Moscow claimed.', want: null }],
};

/** Words that may follow a bare figure ("put the figure at 90 on Friday"). */
const AFTER_BARE = new Set([
  // "while another 8,000 remain in rear areas": a verb of staying, not a noun.
  'remain',
  // "with an additional 5,000 expected to follow".
  'expected',
  'remained',
  'stay',
  'stayed',
  'taken',
  'held',
  'on',
  'by',
  'as',
  'last',
  'this',
  'according',
  'earlier',
  'late',
  'early',
  'overall',
  // "at 300 and 2,700 respectively": the figures of a list, each counting what was named in its place.
  'respectively',
  'now',
  'and',
  'or',
  'but',
  'while',
  'with',
  'including',
  // "raised it to around 4,700 from 3,600": a change, not a noun.
  'from',
  // "up from the 300 it reported in January", "the 3,000 the agency reported": a relative clause, not a noun.
  'it',
  'the',
  'they',
  'that',
  'which',
]);

export const UNRELATED_NOUN: RuleInfo = {
  id: 'unrelated-noun',
  stage: 'numbers',
  summary: 'a bare number before an unrelated noun counts that noun ("4 goals", "10 minutes", "2022 invasion")',
  cases: [
    { text: 'North Korean troops fought for [10] minutes before the drone struck, Kyiv said.', want: null },
    { text: 'North Korea sent [12,000] shells to Russia, Seoul said.', want: null },
    { text: 'North Korea has sent troops to Russia, and [12,000] have been deployed so far.', want: { metric: 'deployed', low: 12000 } },
  ],
};
/** The word at `n` (past quotes) is a noun the figure counts that is no troop, metric or bare-figure follower. */
export const isUnrelatedNoun = (T: readonly Token[], n: number): boolean => {
  const t = T[n];
  return t !== undefined && isWord(t) && !AUX_WORDS.has(t.w) && METRIC_WORDS[t.w] === undefined && !AFTER_BARE.has(t.w);
};

/** The numbers-stage rules read in the sentence, in the order analyze() asks them. */
export const LIST_NUMBER: RuleInfo = {
  id: 'list-number',
  stage: 'numbers',
  summary:
    'a number of one or two digits that opens a line with ")" or "." numbers a list item ("3) Losses: ...", "2. A captured soldier ...")',
  cases: [
    { text: 'Five things to know\n[3]) Losses: North Korean casualties number about 4,700, Seoul says.', want: null },
    { text: 'In pictures\n[2]. Two North Korean soldiers captured by Ukraine are shown in Kyiv.', want: null },
    { text: 'Prisoners held by Ukraine\n[2]. North Korean soldiers captured in January.', want: null },
  ],
};

/** The figure at [start, end) of `text` opens its line and is followed by ")" or "." and a space. */
export function isListNumber(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const after = text[end];
  if ((after !== ')' && after !== '.') || (text[end + 1] !== ' ' && text[end + 1] !== '\t')) return false;
  for (let i = start; i < end; i++) if (text[i]! < '0' || text[i]! > '9') return false;
  let b = start - 1;
  if (text[b] === '(') b--;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  return b < 0 || text[b] === '\n';
}

export const NOT_A_COUNT_RULES: readonly RuleInfo[] = [
  LIST_NUMBER,
  MONTH_BEFORE,
  MONTH_ABBREV_BEFORE,
  AGE_OR_NUMBER_SIGN,
  DOCUMENT_NUMBER,
  SIZE_OF_CHANGE,
  EARLIER_BASELINE,
  RATIO,
  COMPOUND_MODIFIER,
  RATE,
  UNIT_SIZE,
  BARE_ONE,
  YEAR,
  ZERO,
  UNRELATED_NOUN,
];

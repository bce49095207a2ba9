// The claim extractor: figures about North Korean troops, with what they
// count (metric), how they are hedged (qualifier), who gives them
// (attribution) and when they apply (period). See ../../../shared/CLAIMS.md.

import type { Claim, Metric, Qualifier } from '../types';
import { LineStarts } from '../text/lines';
import { budgetCut, READ_BUDGET_CHARS } from './budget';
import { conform } from './conform';
import { sentenceAround } from '../text/sentences';
import { type AttributionHost, attribute, SideMemo, sideIn } from './attribution';
import { scanFigures, type RawFigure } from './figures';
import { AUX_WORDS, CIVIL_WORKERS, METRIC_WORDS, NP_MODIFIERS, OBJECT_VERBS, TROOP_NOUNS, WEAK_NOUNS } from './lexicon';
import { TIME_HINT, itemPeriod, periodOf } from './period';
import { NAMES_NORTH_KOREA } from './lexicon/north-korea';
import { beginNotes, noteRule, takeNotes } from './notes';
import { mentionsTroops } from './quick-check';
import { type DisabledRules, ruleOn } from './rule';
import { OUTRIGHT_RULES } from './numbers/outright';
import {
  AGE_OR_NUMBER_SIGN,
  BARE_ONE,
  COMPOUND_MODIFIER,
  DOCUMENT_NUMBER,
  isAgeOrNumberSign,
  isBareOne,
  isCompoundModifier,
  isDocumentNumber,
  isMonthAbbrevBefore,
  isMonthBefore,
  isRate,
  isSizeOfChange,
  isUnrelatedNoun,
  isYear,
  MONTH_ABBREV_BEFORE,
  MONTH_BEFORE,
  RATE,
  SIZE_OF_CHANGE,
  UNRELATED_NOUN,
  YEAR,
  ZERO,
} from './numbers/not-a-count';
import { scopeAt } from './scope';
import { type Ctx, fire, on, refuse, type Sentence, startTrace, stopTrace, tokensOf, tracing } from './context';
import { CARRIED_QUALIFIER, carriedQualifier } from './numbers/qualifier';
import { factLine, labelGate, stackedLabel } from './topic/fact-box';
import { articleTopic, BARE_AUX_RE, foreignJustBefore, nkAround, nkJustBefore, SOURCE_OPENING_RE, troopNounAfter } from './topic/passage';
import { countedBefore, isAnaphoric } from './metric/anaphora';
import { clauseMetric, DEFINITE } from './metric/clause';
import {
  ADJECTIVE,
  ANAPHORA,
  CAPTURE_OF_WOUNDED,
  CASUALTY_OVER_DEPLOYED,
  CLAUSE,
  HEAD_NOUN,
  METRIC_PRECEDENCE,
  OBJECT_VERB,
  PART_TAKES_VERB,
  PREDICATE,
  RANGE_CONTINUES,
  TROOPS_DEFAULT,
  WHOLE_TAKES_NO_VERB,
} from './metric/precedence';
import { CASUALTY, combine, DEGREE, FINITE_AUX, isPartitiveWhole, mainVerbAfter, NOUN_OF } from './metric/verbs';
import { INFLICT, INFLICTED_ON_OTHERS, LOSSES_OF_OTHER_SIDE, lossOfOther, NORTH_KOREANS_KILL, nkAgentBefore } from './topic/agents';
import { CIVILIANS, civiliansAfter } from './topic/civilians';
import { natAt, readKimIsLeader } from './topic/nationality';
import { FOREIGN_IN_SENTENCE, foreignInSentence, OTHER_NATIONALITY, OWNED_BY_OTHER_SIDE, ownerBefore } from './topic/owner';
import { NO_ANTECEDENT, NOT_NAMED_NEARBY, PASSAGE_ONLY, PEOPLE_NOT_NORTH_KOREAN } from './topic/passage';
import { QUOTES, VERB_SKIP } from './grammar';
import { tokenize } from './tokens';

export interface ExtractOptions {
  /** Publication date "YYYY-MM-DD", used to resolve "in December", "last week". */
  published?: string | null;
  /** Characters read at most (default READ_BUDGET_CHARS, lib/extract/budget.ts). */
  budget?: number;
  /** Rule ids switched off (the ablation test, `--explain`); see ./rule.ts. */
  disabledRules?: DisabledRules;
}

/** What `extractText` found, and where it stopped. */
export interface Extraction {
  claims: Claim[];
  /**
   * Where reading stopped when the text is longer than the budget (offsets
   * from there on were not read); null when the whole text was read.
   */
  stoppedAt: number | null;
}

const KIM_RE = /\bKim\b/;
/** "the North" in a text about North Korea (the text passed the quick check). */
const THE_NORTH_RE = /\b[Tt]he North(?:['’]s)?\b(?! (?:Atlantic|Sea|Pole|Caucasus|Korean?\b))/;

/**
 * Every figure about North Korean troops in `text`, one claim per mention, in
 * text order, with offsets into `text`. Never throws: an unreadable input
 * gives no claims.
 */
export function extractClaims(text: string, options?: ExtractOptions): Claim[] {
  return extractText(text, options).claims;
}

/**
 * `extractClaims`, saying where it stopped: a text longer than the budget is
 * read up to it (cut at a line break) and `stoppedAt` says where. Never throws.
 */
export function extractText(text: string, options?: ExtractOptions): Extraction {
  try {
    if (typeof text !== 'string') return { claims: [], stoppedAt: null };
    const cut = budgetCut(text, options?.budget ?? READ_BUDGET_CHARS);
    const read = cut < text.length ? text.slice(0, cut) : text;
    const stoppedAt = cut < text.length ? cut : null;
    if (!mentionsTroops(read)) return { claims: [], stoppedAt };
    return { claims: extract(read, options?.published ?? null, options?.disabledRules), stoppedAt };
  } catch {
    return { claims: [], stoppedAt: null };
  }
}

function extract(text: string, published: string | null, disabled: DisabledRules): Claim[] {
  const kimIsLeader = readKimIsLeader(text);
  const ctx: Ctx = {
    text,
    figs: scanFigures(text),
    published,
    disabled,
    memo: new SideMemo(disabled),
    claims: [],
    pronouns: new Map(),
    previous: new Map(),
    tokens: new Map(),
    host: ATTRIBUTION_HOST,
  };
  let sent: Sentence | null = null;
  for (let i = 0; i < ctx.figs.length; i++) {
    const f = ctx.figs[i]!;
    const refusedBy = refuseOutright(ctx, f);
    if (refusedBy) {
      refuse(i, refusedBy);
      continue;
    }
    if (!sent || f.start >= sent.end || f.start < sent.start) {
      const [s, e] = sentenceAround(text, f.numStart, sent && sent.end <= f.numStart ? sent.end : 0);
      let first = i;
      while (first > 0 && ctx.figs[first - 1]!.end > s) first--;
      const slice = text.slice(s, e);
      sent = {
        start: s,
        end: Math.max(e, f.end),
        firstFig: first,
        nk: NAMES_NORTH_KOREA.test(slice) || THE_NORTH_RE.test(slice) || (kimIsLeader && KIM_RE.test(slice)),
      };
    }
    if (!sent.nk) {
      sent.prevNk ??= nkAround(ctx, sent.start, sent.end);
      // Else the article's topic may stand for a bare figure as a subject ("about 3,000 had been sent").
      // Or a troop noun ("the first cadre of 2,600 soldiers will go to the front").
      ctx.labelOnly =
        on(ctx, NOT_NAMED_NEARBY) &&
        !sent.prevNk &&
        !((BARE_AUX_RE.test(text.slice(f.end, f.end + 12)) || troopNounAfter(text, f.end)) && (ctx.topic ??= articleTopic(text)));
      if (ctx.labelOnly && !labelGate(text, sent.start, f.start) && !stackedLabel(text, sent.start, f.start)) {
        refuse(i, NOT_NAMED_NEARBY.id);
        continue;
      }
    } else ctx.labelOnly = false;
    sent.tokens ??= tokenize(text, sent.start, sent.end, ctx.figs, sent.firstFig);
    // One unreadable figure never costs the others.
    let claim: Claim | null = null;
    try {
      if (tracing()) beginNotes();
      claim = analyze(ctx, sent, i);
      if (tracing()) for (const id of takeNotes()) fire(i, id);
    } catch {
      claim = refuse(i, 'error');
    }
    // Only what the background takes (lib/extract/conform.ts).
    // (The sentence's text is the text's at its start by construction: conform need not compare it again.)
    if (claim) claim = conform(claim, text, sent.start, (sent.text ??= text.slice(sent.start, sent.end)));
    if (claim) ctx.claims.push(claim);
  }
  return ctx.claims;
}

/** The id of the numbers-stage rule that refuses a figure before its sentence is read, or null. */
function refuseOutright(ctx: Ctx, f: RawFigure): string | null {
  for (const rule of OUTRIGHT_RULES) if (ruleOn(ctx.disabled, rule.id) && rule.refuses(ctx.text, f)) return rule.id;
  return null;
}

const BE = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'remains', 'be', 'been', 'stay', 'stayed']);
const REMAIN = new Set(['remain', 'remains', 'remained']);
const LISTED = new Set([
  'listed',
  'classified',
  'registered',
  'recorded',
  'declared',
  'counted',
  'reported',
  'went',
  'gone',
  'go',
  'considered',
  'deemed',
  'officially',
]);

/**
 * `extractText`, and the trace behind `--explain`: for every figure it did not
 * keep, the id of the check that refused it (`refused`); for every figure, the
 * named rules that fired on it (`fired`); both by the figure's index among the
 * text's figures.
 */
export function extractWithRefusals(
  text: string,
  options?: ExtractOptions,
): Extraction & { refused: Map<number, string>; fired: Map<number, string[]> } {
  startTrace();
  // (extractText never throws: the trace always stops.)
  const extraction = extractText(text, options);
  return { ...extraction, ...stopTrace() };
}

function analyze(ctx: Ctx, sent: Sentence, i: number): Claim | null {
  const { text } = ctx;
  const f = ctx.figs[i]!;
  const T = sent.tokens!;
  const k = T.findIndex((t) => t.fig === i);
  if (k < 0) return refuse(i, 'no-token');
  const prevTok = T[k - 1];
  // Dates, ages, documents' numbers, the size of a change: no head count (./numbers/not-a-count.ts).
  if (on(ctx, MONTH_BEFORE) && isMonthBefore(T, k)) return refuse(i, MONTH_BEFORE.id);
  if (on(ctx, MONTH_ABBREV_BEFORE) && isMonthAbbrevBefore(T, k)) return refuse(i, MONTH_ABBREV_BEFORE.id);
  if (on(ctx, AGE_OR_NUMBER_SIGN) && isAgeOrNumberSign(T, k)) return refuse(i, AGE_OR_NUMBER_SIGN.id);
  if (on(ctx, DOCUMENT_NUMBER) && isDocumentNumber(T, k)) return refuse(i, DOCUMENT_NUMBER.id);
  if (on(ctx, SIZE_OF_CHANGE) && isSizeOfChange(T, k)) return refuse(i, SIZE_OF_CHANGE.id);
  // A fact box line: "Killed in action: about 2,000 (NIS estimate, September 2025)".
  if ((prevTok?.w === ':' || prevTok?.w === '–' || prevTok?.w === '—') && labelGate(text, sent.start, f.start)) {
    const boxed = factLine(ctx, sent, T, k, T, k - 1, false);
    if (boxed) return boxed;
  } else if (k === 0) {
    // A table or definition list: the label on the line above ("Killed in action" / "about 2,000 (NIS)").
    const label = stackedLabel(text, sent.start, f.start);
    if (label) {
      const L = tokensOf(ctx, label);
      const boxed = factLine(ctx, sent, T, k, L, L.length, true);
      if (boxed) return boxed;
    }
  }
  // Let in only as a fact box line, and it is none.
  if (ctx.labelOnly) return refuse(i, NOT_NAMED_NEARBY.id);

  // --- the noun phrase after the figure ---
  let j = k + 1;
  let natNK = false;
  let natOther = false;
  let adj: Metric | null = null;
  let head: 'troop' | 'weak' | 'metric' | 'none' = 'none';
  let headMetric: Metric | null = null;
  let fromNK = false;
  let partOfWord = false;
  let steps = 0;
  while (j < T.length && steps++ < 8) {
    const t = T[j]!;
    const w = t.w;
    if (QUOTES.has(w)) {
      j++;
      continue;
    }
    const nat = natAt(T, j);
    if (nat) {
      if (nat.kind === 'nk') natNK = true;
      else natOther = true;
      j += nat.len;
      if (nat.troop) {
        head = 'troop';
        break;
      }
      continue;
    }
    if (
      w === '-' &&
      (T[j + 1]?.w === 'strong' ||
        T[j + 1]?.w === 'man' ||
        T[j + 1]?.w === 'member' ||
        T[j + 1]?.w === 'troop' ||
        T[j + 1]?.w === 'soldier')
    ) {
      // "an 11,000-strong force", "an 11,000-man contingent" give the size of the deployment.
      head = 'metric';
      headMetric = 'deployed';
      j += 2;
      break;
    }
    // A compound modifier ("12-year-old", "10-minute", "two-thirds") is not a count.
    if (on(ctx, COMPOUND_MODIFIER) && isCompoundModifier(T, j, k)) return refuse(i, COMPOUND_MODIFIER.id);
    if ((w === 'prisoners' || w === 'prisoner') && T[j + 1]?.w === 'of' && T[j + 2]?.w === 'war') {
      head = 'metric';
      headMetric = 'captured';
      j += 3;
      break;
    }
    const mw = METRIC_WORDS[w];
    if (mw && mw !== 'deployed') {
      // An adjective before a troop noun ("two captured North Koreans"), else the head itself.
      let n = j + 1;
      const nn = natAt(T, n);
      if (nn) n += nn.len;
      if (nn?.troop || TROOP_NOUNS.has(T[n]?.w ?? '')) {
        adj ??= mw;
        j++;
        continue;
      }
      head = 'metric';
      const [cm, last] = combine(T, j, mw);
      headMetric = cm;
      j = last + 1;
      break;
    }
    // "5,000 military construction workers" are troops; workers alone are not.
    // "5,000 military construction workers" are troops; workers, labourers alone are civilians.
    if (TROOP_NOUNS.has(w) || (CIVIL_WORKERS.has(w) && (T[j - 1]?.w === 'military' || T[j - 2]?.w === 'military'))) {
      head = 'troop';
      j++;
      break;
    }
    // "2,000 more soldiers": a modifier; "2,700 more": the head.
    if (
      WEAK_NOUNS.has(w) &&
      (w === 'more' || w === 'other' || w === 'additional') &&
      (TROOP_NOUNS.has(T[j + 1]?.w ?? '') || natAt(T, j + 1))
    ) {
      j++;
      continue;
    }
    // "4,000 of those": the troops named before.
    if (WEAK_NOUNS.has(w) || ((w === 'those' || w === 'these') && T[j - 1]?.w === 'of')) {
      head = 'weak';
      j++;
      // "3,000 of those troops": the troops named before.
      if ((w === 'those' || w === 'these') && TROOP_NOUNS.has(T[j]?.w ?? '')) {
        partOfWord = true;
        j++;
      }
      break;
    }
    // French word order: "estimates at 3,000 the number of North Korean soldiers killed".
    if (w === 'the' && (T[j + 1]?.w === 'number' || T[j + 1]?.w === 'toll' || T[j + 1]?.w === 'total') && T[j + 2]?.w === 'of') {
      j += 3;
      continue;
    }
    // "3,000 North Korean infantry are ...": the modifier is the head when no noun follows.
    if (w === 'infantry' && !TROOP_NOUNS.has(T[j + 1]?.w ?? '') && !NP_MODIFIERS.has(T[j + 1]?.w ?? '')) {
      head = 'troop';
      j++;
      break;
    }
    if (NP_MODIFIERS.has(w) && w !== 'of') {
      j++;
      continue;
    }
    if (
      w === 'of' &&
      (T[j + 1]?.w === 'the' ||
        T[j + 1]?.w === 'them' ||
        T[j + 1]?.w === 'whom' ||
        T[j + 1]?.w === 'its' ||
        T[j + 1]?.w === 'their' ||
        T[j + 1]?.w === 'those' ||
        T[j + 1]?.w === 'these')
    ) {
      j++;
      continue;
    }
    if (w === 'from' || w === 'of') {
      // "3,000 of Kim's troops", "10,000 from North Korea".
      const nn = natAt(T, j + 1);
      if (nn?.kind === 'nk') {
        natNK = true;
        fromNK = true;
        j += 1 + nn.len;
        continue;
      }
    }
    break;
  }
  if (head === 'none' && fromNK) head = 'troop';
  // "1,100 casualties among North Korean troops", "losses of North Korean units".
  if (head === 'metric' && (T[j]?.w === 'among' || T[j]?.w === 'of')) {
    const the = T[j + 1]?.w === 'the' ? 1 : 0;
    if (natAt(T, j + 1 + the)?.kind === 'nk') natNK = true;
  }
  // "1,000 men a day", "100 per week": a rate, not a count.
  if (on(ctx, RATE) && isRate(T, head === 'none' ? k + 1 : j)) return refuse(i, RATE.id);
  // "soldiers from (the) North Korea / DPRK"
  if (head === 'troop' && (T[j]?.w === 'from' || T[j]?.w === 'of')) {
    const the = T[j + 1]?.w === 'the' ? 1 : 0;
    const nn = natAt(T, j + 1 + the);
    if (nn?.kind === 'nk') {
      natNK = true;
      j += 1 + the + nn.len;
      // "members of the North Korean unit".
      if (UNIT_NOUNS.has(T[j]?.w ?? '')) j++;
    } else if (T[j]?.w === 'of' && UNIT_NOUNS.has(T[j + 1 + the]?.w ?? '')) {
      // "nine members of the unit had been killed".
      j += 2 + the;
    }
  }
  // Possessor before the figure: "Pyongyang's 11,000 troops".
  if (prevTok) {
    const pw = prevTok.w;
    if (pw.endsWith("'s") || pw === "'") {
      const pn = natAt(T, k - 1) ?? natAt(T, k - 2);
      if (pn?.kind === 'nk') natNK = true;
      else if (pn?.kind === 'other' && !natNK) natOther = true;
    }
  }

  if (on(ctx, OTHER_NATIONALITY) && natOther && !natNK) return refuse(i, OTHER_NATIONALITY.id);
  if (on(ctx, BARE_ONE) && isBareOne(f, natNK && head === 'troop')) return refuse(i, BARE_ONE.id);
  if (on(ctx, YEAR) && isYear(f) && head !== 'troop' && head !== 'metric') return refuse(i, YEAR.id);
  if (on(ctx, ZERO) && f.value === 0) return refuse(i, ZERO.id);

  // A part of a figure: "some 4,000 of the 11,000 troops ...", "200 out of 11,000".
  let ofFig = -1;
  if (head === 'none') {
    let q = k + 1;
    if (T[q]?.w === 'out') q++;
    if (T[q]?.w === 'of') {
      q++;
      if (DEFINITE.has(T[q]?.w ?? '')) q++;
      if ((T[q]?.fig ?? -1) >= 0) ofFig = q;
    }
    for (let n = ofFig + 1; ofFig >= 0 && n < ofFig + 5; n++) {
      if (natAt(T, n)?.kind === 'nk') natNK = true;
    }
  }
  // An unrelated noun right after the figure ("4 goals", "10 minutes", "2022 invasion").
  if (head === 'none' && adj === null && ofFig < 0) {
    let n = k + 1;
    while (QUOTES.has(T[n]?.w ?? '')) n++;
    if (on(ctx, UNRELATED_NOUN) && isUnrelatedNoun(T, n)) return refuse(i, UNRELATED_NOUN.id);
  }

  // --- topic: whose troops ---
  let owner: 'nk' | 'other' | null = natNK ? 'nk' : null;
  // "8,000 of them": the troops of the figure before, already judged.
  const partitive = head === 'weak' && (partOfWord || PART_OF.has(T[j - 1]?.w ?? ''));
  const prevClaim = ctx.claims[ctx.claims.length - 1];
  if (!owner && partitive && prevClaim && prevClaim.start >= sent.start) owner = 'nk';
  if (!owner) owner = ownerBefore(T, k);
  if (owner === 'other' && on(ctx, OWNED_BY_OTHER_SIDE)) return refuse(i, OWNED_BY_OTHER_SIDE.id);
  if (!owner) {
    // "people" must be North Korean in their own sentence; "2,700 others/more" may follow one that is.
    const weakWord = T[j - 1]?.w ?? '';
    if (
      head === 'weak' &&
      !sent.nk &&
      !partitive &&
      !((weakWord === 'more' || weakWord === 'others') && nkJustBefore(ctx, sent)) &&
      on(ctx, PEOPLE_NOT_NORTH_KOREAN)
    )
      return refuse(i, PEOPLE_NOT_NORTH_KOREAN.id);
  }

  // --- metric (./metric/precedence.ts) ---
  let predMetric: Metric | null = null;
  {
    // The predicate right after the noun phrase: "have been killed", "(are) dead", "taken prisoner".
    let p = head === 'none' ? k + 1 : j;
    let guard = 0;
    // "Two North Korean soldiers, captured by Ukraine, ..."
    if (T[p]?.w === ',' && METRIC_WORDS[T[p + 1]?.w ?? ''] !== undefined && head !== 'none') p++;
    // "4,000 North Korean troops, or a third of those sent, have been killed": past the apposition.
    if (
      head === 'troop' &&
      T[p]?.w === ',' &&
      (T[p + 1]?.w === 'or' ||
        T[p + 1]?.w === 'roughly' ||
        T[p + 1]?.w === 'about' ||
        T[p + 1]?.w === 'nearly' ||
        T[p + 1]?.w === 'including' ||
        T[p + 1]?.w === 'among' ||
        T[p + 1]?.w === 'mostly')
    ) {
      let q = p + 2;
      while (q < T.length && q < p + 16 && T[q]!.w !== ',') q++;
      if (T[q]?.w === ',' && FINITE_AUX.has(T[q + 1]?.w ?? '')) p = q + 1;
    }
    // "3,000 of them ...", "of whom 3,000 ...".
    const partOf =
      (head === 'weak' && (partOfWord || PART_OF.has(T[j - 1]?.w ?? ''))) ||
      (head === 'none' && PART_OF.has(T[k - 1]?.w ?? '') && T[k - 2]?.w === 'of');
    for (;;) {
      while (p < T.length && guard++ < 8 && (AUX_WORDS.has(T[p]!.w) || QUOTES.has(T[p]!.w) || REMAIN.has(T[p]!.w) || DEGREE.has(T[p]!.w)))
        p++;
      // "600 of them — by Seoul's count — fatal": the aside goes on to the status.
      if (!partOf || (T[p]?.w !== '—' && T[p]?.w !== '–')) break;
      let q = p + 1;
      while (q < T.length && q < p + 10 && T[q]!.w !== '—' && T[q]!.w !== '–') q++;
      p = q < T.length && q < p + 10 && METRIC_WORDS[T[p + 1]?.w ?? ''] === undefined ? q + 1 : p + 1;
    }
    // "3,000 of whom are special forces": part of the force sent.
    if (partOf && (BE.has(T[p - 1]?.w ?? '') || p === (head === 'none' ? k + 1 : j))) {
      let q = p;
      while (NP_MODIFIERS.has(T[q]?.w ?? '') || T[q]?.w === 'special') q++;
      if (TROOP_NOUNS.has(T[q]?.w ?? '') && METRIC_WORDS[T[q + 1]?.w ?? ''] === undefined) predMetric = 'deployed';
    }
    // "are listed as missing", "were classified as dead": the status after "as".
    // "went missing", "were declared dead", "are considered missing".
    if (LISTED.has(T[p]?.w ?? '')) {
      const q = T[p + 1]?.w === 'as' ? p + 2 : p + 1;
      if (CASUALTY(METRIC_WORDS[T[q]?.w ?? '']) || (q === p + 2 && METRIC_WORDS[T[q]?.w ?? ''] !== undefined)) p = q;
    }
    const t = T[p];
    if (t && t.fig < 0) {
      // "remain unaccounted for": missing.
      if (t.w === 'unaccounted' && T[p + 1]?.w === 'for') predMetric = 'missing';
      // "600 of them fatally (wounded)": killed.
      else if (t.w === 'fatally' || t.w === 'mortally') predMetric = 'killed';
      else if ((t.w === 'taken' || t.w === 'held' || t.w === 'took') && /^(prisoners?|captives?|pows?|hostage)$/.test(T[p + 1]?.w ?? ''))
        predMetric = 'captured';
      else if (t.w === 'lost' && T[p + 2]?.w === 'lives') predMetric = 'killed';
      // "have been lost": casualties.
      else if (t.w === 'lost' && T[p - 1]?.w === 'been') predMetric = 'casualties';
      // "12,000 are training in the Far East" (a verb here; "3,000 training rounds" is a noun).
      else if (t.w === 'training' && BE.has(T[p - 1]?.w ?? '')) predMetric = 'deployed';
      else {
        const mw = METRIC_WORDS[t.w];
        if (mw) predMetric = combine(T, p, mw)[0];
        // "soldiers sent to fight for Russia have died": the participle modifies the noun; the main verb counts.
        if (mw === 'deployed' && p === j && head !== 'none' && !isPartitiveWhole(T, k)) predMetric = mainVerbAfter(T, p + 1) ?? predMetric;
        // "taken alive", "captured alive".
        if ((t.w === 'taken' || t.w === 'captured') && T[p + 1]?.w === 'alive') predMetric = 'captured';
        // "two of them are in Ukrainian hands / captivity / custody".
        else if (T[p - 1]?.w === 'in' && T.slice(p, p + 3).some((x) => x.w === 'hands' || x.w === 'captivity' || x.w === 'custody')) {
          predMetric = 'captured';
        }
        // "11,000 were in Russia", "are now inside Kursk": being there is being deployed.
        else if (
          /^\p{Lu}/u.test(t.raw) &&
          !/(?:ian|ean|ese|ish)$/.test(t.w) &&
          (T[p - 1]?.w === 'in' || T[p - 1]?.w === 'inside') &&
          p - 2 > k
        ) {
          let b = p - 2;
          while (b > k && (T[b]!.w === 'now' || T[b]!.w === 'still' || T[b]!.w === 'currently' || T[b]!.w === 'already')) b--;
          if (BE.has(T[b]!.w)) predMetric = 'deployed';
        }
      }
    }
  }
  // The part takes the verb: "4,000 of the 11,000 troops dispatched had been killed or wounded".
  if (ofFig >= 0) {
    const part = on(ctx, PART_TAKES_VERB) ? mainVerbAfter(T, ofFig + 1) : null;
    if (part !== null) {
      predMetric = part;
      fire(i, PART_TAKES_VERB.id);
    }
  }
  // ... and the whole does not ("a third of the 11,000 troops have been killed").
  else if (CASUALTY(predMetric ?? undefined) && on(ctx, WHOLE_TAKES_NO_VERB) && isPartitiveWhole(T, k)) {
    predMetric = null;
    fire(i, WHOLE_TAKES_NO_VERB.id);
  }
  let verbMetric: Metric | null = null;
  {
    let p = k - 1;
    let guard = 0;
    // A quoted object: 'had lost "at least 1,000 soldiers"'.
    while (p >= 0 && guard++ < 4 && (VERB_SKIP.has(T[p]!.w) || (QUOTES.has(T[p]!.w) && T[p]!.w !== '(' && T[p]!.w !== ')'))) p--;
    const t = T[p];
    if (t && t.fig < 0) {
      let vm = OBJECT_VERBS[t.w];
      // "killed or wounded 3,000": both together are casualties.
      const pair = OBJECT_VERBS[T[p - 2]?.w ?? ''];
      if (
        vm &&
        (T[p - 1]?.w === 'or' || T[p - 1]?.w === 'and') &&
        ((vm === 'wounded' && pair === 'killed') || (vm === 'killed' && pair === 'wounded'))
      )
        vm = 'casualties';
      if (vm && !(t.w === 'took' && !/^(?:prisoners?|captives?)$/.test(T[j]?.w ?? ''))) verbMetric = vm;
      // "the enemy lost 76,000", "Russia, which has been losing 1,000 men": another side's losses.
      if (vm === 'casualties' && !natNK && on(ctx, LOSSES_OF_OTHER_SIDE) && lossOfOther(T, p)) return refuse(i, LOSSES_OF_OTHER_SIDE.id);
      // "North Korean troops killed 300" (of the enemy): they are the agents, not the victims.
      if (vm && vm !== 'deployed' && !natNK && on(ctx, NORTH_KOREANS_KILL) && nkAgentBefore(T, p)) return refuse(i, NORTH_KOREANS_KILL.id);
      // "inflicted 1,000 casualties (on ...)": the other side's.
      if (INFLICT.has(t.w) && !natNK && on(ctx, INFLICTED_ON_OTHERS) && !T.slice(j, j + 6).some((_, n) => natAt(T, j + n)?.kind === 'nk'))
        return refuse(i, INFLICTED_ON_OTHERS.id);
      // "the capture of two wounded soldiers", "the loss of 300", "the killing of 30".
      if (t.w === 'of') {
        const noun = NOUN_OF[T[p - 1]?.w ?? ''] ?? (T[p - 2]?.w === 'capture' ? 'captured' : undefined);
        if (noun) verbMetric = noun;
      }
    }
  }
  // The first reading in the precedence table that gives a metric decides.
  let metric: Metric | null = null;
  let definite = false;
  let anaphoric = false;
  for (let n = 0; n < METRIC_PRECEDENCE.length && metric === null; n++) {
    const r = METRIC_PRECEDENCE[n]!;
    if (!on(ctx, r)) continue;
    switch (r) {
      case HEAD_NOUN:
        metric = headMetric;
        break;
      case ADJECTIVE:
        // "captured two wounded North Korean soldiers": the capture is the event.
        metric = adj;
        if (verbMetric === 'captured' && (adj === 'wounded' || adj === 'killed') && on(ctx, CAPTURE_OF_WOUNDED)) {
          metric = 'captured';
          fire(i, CAPTURE_OF_WOUNDED.id);
        }
        break;
      case PREDICATE:
        metric = predMetric;
        break;
      case OBJECT_VERB:
        metric = verbMetric;
        break;
      case CLAUSE: {
        const cm = clauseMetric(T, k);
        if (cm) {
          metric = cm.metric;
          definite = cm.definite;
        }
        break;
      }
      case RANGE_CONTINUES: {
        // "rose from 11,000 to 12,000": the second figure counts what the first did.
        const prevFig = T[k - 2];
        if (T[k - 1]?.w === 'to' && prevFig && prevFig.fig >= 0) {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && prev.start === ctx.figs[prevFig.fig]!.start) {
            metric = prev.metric;
            anaphoric = true;
          }
        }
        break;
      }
      case ANAPHORA:
        if (isAnaphoric(T, k) || (head === 'none' && countedBefore(T, k))) {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && f.start - prev.end < 600) {
            metric = prev.metric;
            anaphoric = true;
          }
        }
        break;
      case TROOPS_DEFAULT:
        if ((head === 'troop' || natNK) && (f.low ?? f.high ?? 0) >= 500) metric = 'deployed';
        break;
    }
    if (metric !== null) fire(i, r.id);
  }
  // A casualty verb or predicate beats a deployment word.
  if (metric === 'deployed' && on(ctx, CASUALTY_OVER_DEPLOYED)) {
    const casualty = CASUALTY(verbMetric ?? undefined) ? verbMetric : CASUALTY(predMetric ?? undefined) ? predMetric : null;
    if (casualty !== null) {
      metric = casualty;
      fire(i, CASUALTY_OVER_DEPLOYED.id);
    }
  }
  if (!metric) return refuse(i, 'no-metric');
  // "15,000 North Koreans working in Russia", "people sent to work at factories": civilians, not troops.
  if (
    metric === 'deployed' &&
    (head === 'weak' || head === 'none' || (head === 'troop' && /koreans$/.test(T[j - 1]?.w ?? ''))) &&
    on(ctx, CIVILIANS) &&
    civiliansAfter(T, j)
  )
    return refuse(i, CIVILIANS.id);
  if (!owner && !sent.nk) {
    // Only the passage names North Korea: a bare figure needs an antecedent,
    // and no other country may stand in the sentence.
    // A bare figure as the subject of a troop verb ("about 3,000 had been sent so far") takes the passage's troops.
    const bareSubject =
      head === 'none' &&
      verbMetric === null &&
      !QUOTES.has(T[k - 1]?.w ?? '') &&
      (predMetric === 'deployed' ? !foreignJustBefore(ctx, sent) : predMetric !== null && nkJustBefore(ctx, sent));
    if (
      (head === 'none' || head === 'weak') &&
      !anaphoric &&
      !partitive &&
      !definite &&
      !bareSubject &&
      on(ctx, NO_ANTECEDENT) &&
      !nkJustBefore(ctx, sent)
    )
      return refuse(i, NO_ANTECEDENT.id);
    // The article is about North Korea's troops, and the figure counts soldiers that no other country owns.
    // Only in running text (a headline of another story carries no full stop), with no one else named before the figure but its source.
    const topicTroops =
      !sent.prevNk &&
      head === 'troop' &&
      !natOther &&
      /[.!?]["”’)]?$/.test(text.slice(sent.end - 2, sent.end)) &&
      !sideIn(text.slice(sent.start, f.start).replace(SOURCE_OPENING_RE, '')) &&
      (ctx.topic ??= articleTopic(text));
    if (!sent.prevNk && !(bareSubject && predMetric === 'deployed') && !topicTroops && on(ctx, PASSAGE_ONLY))
      return refuse(i, PASSAGE_ONLY.id);
    // Only a country before the figure can own it; its speaker may give a deployment, or a count of "them".
    const speakers = (bareSubject && predMetric === 'deployed') || (partitive && nkJustBefore(ctx, sent)) || topicTroops;
    if (on(ctx, FOREIGN_IN_SENTENCE) && foreignInSentence(T, bareSubject || partitive || topicTroops ? k : T.length, speakers))
      return refuse(i, FOREIGN_IN_SENTENCE.id);
  }

  // --- qualifier carried over a coordination: "roughly 300 deaths and 2,700 injuries" ---
  let qualifier: Qualifier = f.qualifier;
  let low = f.low;
  let high = f.high;
  if (qualifier === 'exact' && on(ctx, CARRIED_QUALIFIER)) {
    const carried = carriedQualifier(ctx, T, k);
    if (carried) {
      fire(i, CARRIED_QUALIFIER.id);
      qualifier = carried;
      if (carried === 'atLeast') high = null;
      if (carried === 'atMost') low = null;
    }
  }

  let attribution = attribute(ctx, sent, k);
  // "Some 3,000 of them ..." after the sentence that counted them: its source.
  if (
    !attribution &&
    partitive &&
    ruleOn(ctx.disabled, 'partitive-keeps-source') &&
    prevClaim &&
    prevClaim.start < sent.start &&
    f.start - prevClaim.end < 600
  ) {
    attribution = prevClaim.attribution;
    if (attribution) noteRule('partitive-keeps-source');
  }
  const sentence = (sent.text ??= text.slice(sent.start, sent.end));
  sent.timeHint ??= TIME_HINT.test(sentence);
  let period = sent.timeHint ? periodOf(sentence, f.start - sent.start, ctx.published, f.end - sent.start, true, ctx.disabled) : null;
  // A timeline item's date label ("November 2024: ...") dates every figure of the item.
  if (period === null) {
    period =
      sent.item === undefined
        ? (sent.item = itemPeriod(text, sent.start, ctx.published, (ctx.lines ??= new LineStarts(text)), ctx.disabled))
        : sent.item;
    if (period !== null) noteRule('timeline-label');
  }
  return {
    metric,
    qualifier,
    low,
    high,
    figure: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    sentence,
    attribution,
    period,
    scope: scopeAt(T, k, metric),
  };
}

const UNIT_NOUNS = new Set([
  'unit',
  'units',
  'contingent',
  'force',
  'forces',
  'army',
  'battalion',
  'brigade',
  'corps',
  'team',
  'detachment',
  'military',
  'regiment',
  'division',
  'group',
]);

const PART_OF = new Set(['them', 'whom', 'those', 'these']);
const ATTRIBUTION_HOST: AttributionHost = { tokensOf };

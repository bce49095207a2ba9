// The first stage of a figure's reading (./reading.ts): whether it is a head
// count at all (not a date, an age, a document's number, a rate), whether it
// is a fact box's line, and the noun phrase after it, read past the
// sentence's source parentheses.

import { RESTATED_IN_PARENTHESES, restatesFigureBefore } from './numbers/restated';
import type { Claim } from '../types';
import { SOURCE_PAREN_YEAR } from './attribution/paren-channel';
import { bareOfSourceParens, SOURCE_PAREN, SOURCE_PAREN_END } from './attribution/source-paren';
import { type Ctx, on, refuse, type Sentence, tokensOf } from './context';
import { QUOTES } from './grammar';
import { DEFINITE } from './metric/clause';
import { makeUpByIt, namesUnit, readNationalityAround, readNounPhrase, UNIT_MEMBERS } from './metric/noun-phrase';
import { noteRule } from './notes';
import {
  AGE_OR_NUMBER_SIGN,
  BARE_ONE,
  COMPOUND_MODIFIER,
  DOCUMENT_NUMBER,
  EARLIER_BASELINE,
  isAgeOrNumberSign,
  isBareOne,
  isDocumentNumber,
  isEarlierBaseline,
  isListNumber,
  isMonthAbbrevBefore,
  isMonthBefore,
  isRate,
  isRatio,
  isSizeOfChange,
  isUnitSize,
  isUnrelatedNoun,
  isYear,
  LIST_NUMBER,
  MONTH_ABBREV_BEFORE,
  MONTH_BEFORE,
  RATE,
  RATIO,
  SIZE_OF_CHANGE,
  UNIT_SIZE,
  UNRELATED_NOUN,
  WORDS_BEFORE_NOT_A_COUNT,
  YEAR,
  ZERO,
} from './numbers/not-a-count';
import { type FigureReading, refused, startReading } from './reading';
import { ruleOn } from './rule';
import type { Token } from './tokens';
import { factLine, labelBeforeList, labelGate, stackedLabel } from './topic/fact-box';
import { natAt } from './topic/nationality';
import { NOT_NAMED_NEARBY, PART_OF_NORTH_KOREANS } from './topic/passage';
import { OTHER_NATIONALITY } from './topic/owner';

/**
 * The figure `i` of the sentence `sent` read up to its noun phrase: a reading
 * to go on with, the claim of a fact box's line, or null (refused).
 */
export function readFigure(ctx: Ctx, sent: Sentence, i: number): FigureReading | Claim | null {
  const f = ctx.figs[i]!;
  const T = sent.tokens!;
  let k = 0;
  while (k < T.length && T[k]!.fig !== i) k++;
  if (k === T.length) return refuse(i, 'no-token');
  const refusedBy = notACountByItsWords(ctx, T, k);
  if (refusedBy !== null) return refuse(i, refusedBy);
  const boxed = factBoxClaim(ctx, sent, T, k);
  if (boxed) return boxed;
  // Let in only as a fact box line, and it is none.
  if (ctx.labelOnly) return refuse(i, NOT_NAMED_NEARBY.id);

  const r = startReading(i, f, sent, k, ctx.claims[ctx.claims.length - 1]);
  // "600 dead (NIS)": the sentence is read past its source parentheses (./attribution/source-paren.ts).
  const bare =
    on(ctx, SOURCE_PAREN) || on(ctx, SOURCE_PAREN_END)
      ? sent.bare === undefined
        ? (sent.bare = bareOfSourceParens(ctx, T))
        : sent.bare
      : null;
  if (bare) {
    r.bare = bare;
    r.paren = bare.byFig.get(i);
    r.k = bare.tokens.indexOf(T[k]!);
    // A figure inside a parenthesis read past is its time: "(NIS, 2025)".
    if (r.k < 0 && on(ctx, SOURCE_PAREN_YEAR)) return refuse(i, SOURCE_PAREN_YEAR.id);
    r.T = bare.tokens;
  }
  return readNoun(ctx, r) ? r : null;
}

/** The id of the rule that finds the figure at token `k` a date, an age, a document's number, the size of a change, or null. */
function notACountByItsWords(ctx: Ctx, T: readonly Token[], k: number): string | null {
  const f = ctx.figs[T[k]!.fig]!;
  if (on(ctx, LIST_NUMBER) && isListNumber(ctx.text, f.start, f.end)) return LIST_NUMBER.id;
  // "4,000 (four thousand)": the same figure again.
  if (T[k - 1]?.w === '(' && on(ctx, RESTATED_IN_PARENTHESES) && restatesFigureBefore(ctx.figs, T, k)) return RESTATED_IN_PARENTHESES.id;
  // (The rules that read the word before the figure hold only after one of theirs: most figures skip them all.)
  if (WORDS_BEFORE_NOT_A_COUNT.has(T[k - 1]?.w ?? '')) {
    if (on(ctx, MONTH_BEFORE) && isMonthBefore(T, k)) return MONTH_BEFORE.id;
    if (on(ctx, MONTH_ABBREV_BEFORE) && isMonthAbbrevBefore(T, k)) return MONTH_ABBREV_BEFORE.id;
    if (on(ctx, AGE_OR_NUMBER_SIGN) && isAgeOrNumberSign(T, k)) return AGE_OR_NUMBER_SIGN.id;
    if (on(ctx, DOCUMENT_NUMBER) && isDocumentNumber(T, k)) return DOCUMENT_NUMBER.id;
    if (on(ctx, SIZE_OF_CHANGE) && isSizeOfChange(T, k)) return SIZE_OF_CHANGE.id;
    if (on(ctx, EARLIER_BASELINE) && isEarlierBaseline(T, k)) return EARLIER_BASELINE.id;
  }
  if (on(ctx, RATIO) && isRatio(T, k)) return RATIO.id;
  return null;
}

/** The claim of the figure at token `k` read as a fact box's line ("Killed in action: about 2,000 (NIS)"), or null. */
function factBoxClaim(ctx: Ctx, sent: Sentence, T: Token[], k: number): Claim | null {
  const { text } = ctx;
  const f = ctx.figs[T[k]!.fig]!;
  const prevTok = T[k - 1];
  const listColon = (prevTok?.w === ',' || prevTok?.w === ';') && ruleOn(ctx.disabled, 'fact-box-list') ? labelBeforeList(T, k) : -1;
  if ((prevTok?.w === ':' || prevTok?.w === '–' || prevTok?.w === '—') && labelGate(text, sent.start, f.start)) {
    return factLine(ctx, sent, T, k, T, k - 1, false);
  }
  if (listColon >= 0 && labelGate(text, sent.start, ctx.figs[T[listColon + 1]!.fig]!.start)) {
    // "Casualties: 3,000+ (Ukraine), 1,100 (South Korea)": a later item of the line's list.
    const boxed = factLine(ctx, sent, T, k, T, listColon, false);
    if (boxed) noteRule('fact-box-list');
    return boxed;
  }
  if (k === 0) {
    // A table or definition list: the label on the line above ("Killed in action" / "about 2,000 (NIS)").
    const label = stackedLabel(text, sent.start, f.start);
    if (label) {
      const L = tokensOf(ctx, label);
      return factLine(ctx, sent, T, k, L, L.length, true);
    }
  }
  return null;
}

/** Reads the noun phrase after the figure into `r`; false when a rule refuses the figure by it. */
function readNoun(ctx: Ctx, r: FigureReading): boolean {
  const { text } = ctx;
  const { T, k, f, sent } = r;
  const np = readNounPhrase(T, k, ctx.disabled);
  if (np === null) return refused(r, COMPOUND_MODIFIER.id);
  // "1,000 men a day", "100 per week": a rate, not a count.
  if (on(ctx, RATE) && isRate(T, np.head === 'none' ? k + 1 : np.end)) return refused(r, RATE.id);
  // "fought in groups of 20": the size of its groups, not the force's.
  if (on(ctx, UNIT_SIZE) && isUnitSize(T, k)) return refused(r, UNIT_SIZE.id);
  // "... one battalion joined the brigade. It should consist of 3,000 North Korean citizens": the unit's members, a part.
  if (on(ctx, UNIT_MEMBERS) && makeUpByIt(T, k, np) && namesUnit(text.slice(Math.max(0, sent.start - 240), sent.start))) {
    np.head = 'troop';
    np.end++;
    r.unitByIt = true;
  }
  readNationalityAround(T, k, np, ctx.disabled);
  // (Copied out: the noun phrase is read into one object reused for every figure.)
  r.head = np.head;
  r.adj = np.adj;
  r.headMetric = np.headMetric;
  r.partOfWord = np.partOfWord;
  r.j = np.end;
  r.natNK = np.natNK;
  r.natOther = np.natOther;
  const { head, natNK, natOther } = r;

  if (on(ctx, OTHER_NATIONALITY) && natOther && !natNK) return refused(r, OTHER_NATIONALITY.id);
  if (on(ctx, BARE_ONE) && isBareOne(f, natNK && head === 'troop')) return refused(r, BARE_ONE.id);
  if (on(ctx, YEAR) && isYear(f) && head !== 'troop' && head !== 'metric') return refused(r, YEAR.id);
  if (on(ctx, ZERO) && f.value === 0) return refused(r, ZERO.id);

  // A part of a figure: "some 4,000 of the 11,000 troops ...", "200 out of 11,000".
  if (head === 'none') {
    let q = k + 1;
    if (T[q]?.w === 'out') q++;
    if (T[q]?.w === 'of') {
      q++;
      if (DEFINITE.has(T[q]?.w ?? '')) q++;
      if ((T[q]?.fig ?? -1) >= 0) r.ofFig = q;
    }
    if (r.ofFig >= 0 && on(ctx, PART_OF_NORTH_KOREANS)) {
      for (let n = r.ofFig + 1; n < r.ofFig + 5; n++) if (natAt(T, n)?.kind === 'nk') r.natNK = true;
    }
  }
  // An unrelated noun right after the figure ("4 goals", "10 minutes", "2022 invasion").
  if (head === 'none' && r.adj === null && r.ofFig < 0) {
    let n = k + 1;
    while (QUOTES.has(T[n]?.w ?? '')) n++;
    if (on(ctx, UNRELATED_NOUN) && isUnrelatedNoun(T, n)) return refused(r, UNRELATED_NOUN.id);
  }
  return true;
}

// The claim extractor: figures about North Korean troops, with what they
// count (metric), how they are hedged (qualifier), who gives them
// (attribution) and when they apply (period). See ../../../shared/CLAIMS.md.

import type { Claim, Metric, Qualifier } from '../types';
import { LineStarts } from '../text/lines';
import { budgetCut, READ_BUDGET_CHARS } from './budget';
import { conform } from './conform';
import { forgetSentences, sentenceAround, sentenceBefore } from '../text/sentences';
import { type AttributionHost, attribute, forgetSides, SideMemo, sideIn } from './attribution';
import { scanFigures, type RawFigure } from './figures';
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
  LIST_NUMBER,
  EARLIER_BASELINE,
  isAgeOrNumberSign,
  isEarlierBaseline,
  isRatio,
  isBareOne,
  isDocumentNumber,
  isListNumber,
  isMonthAbbrevBefore,
  isMonthBefore,
  isRate,
  isSizeOfChange,
  isUnitSize,
  isUnrelatedNoun,
  isYear,
  MONTH_ABBREV_BEFORE,
  isChangeBaseline,
  MONTH_BEFORE,
  RATE,
  RATIO,
  SIZE_OF_CHANGE,
  UNIT_SIZE,
  UNRELATED_NOUN,
  YEAR,
  ZERO,
} from './numbers/not-a-count';
import { scopeAt } from './scope';
import {
  countedOfThem,
  EARLIER_NEXT,
  GROUP_BEFORE,
  markLaterContingent,
  opensOnEarlier,
  themAreFewer,
  themIsAGroup,
} from './scope/earlier';
import { makeUpByIt, namesUnit, readNationalityAround, readNounPhrase, UNIT_MEMBERS } from './metric/noun-phrase';
import { readObjectVerb } from './metric/object-verb';
import { PART_OF, readPredicate } from './metric/predicate';
import { type Ctx, fire, on, refuse, type Sentence, startTrace, stopTrace, tokensOf, tracing } from './context';
import { CARRIED_QUALIFIER, carriedQualifier } from './numbers/qualifier';
import { factLine, labelBeforeList, labelGate, stackedLabel } from './topic/fact-box';
import {
  ARTICLE_TROOPS,
  articleTopic,
  BARE_AUX_RE,
  BARE_SUBJECT,
  PART_OF_NORTH_KOREANS,
  foreignJustBefore,
  nkAround,
  claimJustBefore,
  nkJustBefore,
  nkLossJustBefore,
  SOURCE_OPENING_RE,
  troopNounAfter,
} from './topic/passage';
import {
  countedBefore,
  deploymentBefore,
  sentOrPledged,
  figureRefersTo,
  incrementBefore,
  isAnaphoric,
  spokenAlone,
} from './metric/anaphora';
import { afterHowMany, howManyAnswered } from './metric/how-many';
import { clauseMetric, DEFINITE } from './metric/clause';
import {
  ADJECTIVE,
  ANAPHORA,
  ANAPHORA_OWN_SENTENCE,
  HOW_MANY,
  ELIDED_INCREMENT,
  ELIDED_CONTRAST,
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
import { CASUALTY, isPartitiveWhole, mainVerbAfter } from './metric/verbs';
import { CIVILIANS, civiliansAfter } from './topic/civilians';
import { CORRECTION_NOTE, inCorrectionNote, weSaidInError } from './topic/correction';
import { inOtherWar, OTHER_WAR } from './topic/other-war';
import { isRelatedStory, listedUnderRelatedHeading, RELATED_STORY } from './topic/related-story';
import { natAt, readKimIsLeader } from './topic/nationality';
import {
  FOREIGN_IN_SENTENCE,
  foreignInSentence,
  HOME_ARMY,
  homeArmy,
  OTHER_NATIONALITY,
  OWNED_BY_OTHER_SIDE,
  ownerBefore,
} from './topic/owner';
import {
  ANSWERS_QUESTION,
  claimOnLineBefore,
  LIST_RUN,
  NO_ANTECEDENT,
  NOT_NAMED_NEARBY,
  PASSAGE_ONLY,
  PEOPLE_NOT_NORTH_KOREAN,
} from './topic/passage';
import { QUOTES } from './grammar';
import { tokenize } from './tokens';
import {
  bareOfSourceParens,
  otherSourcesCount,
  SOURCE_PAREN,
  SOURCE_PAREN_ALTERNATIVE,
  SOURCE_PAREN_END,
} from './attribution/source-paren';
import { SOURCE_PAREN_YEAR } from './attribution/paren-channel';
import { closingParen } from './attribution/paren-closing';

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
  } finally {
    forgetSides();
    forgetSentences();
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
    labelOnly: false,
    topic: undefined,
    lines: undefined,
  };
  let sent: Sentence | null = null;
  // Where the sentence of the last claim kept ends.
  let lastSentEnd = -1;
  let lastFig = -1;
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
      // Every field set here, the later ones undefined: one shape for every sentence the stages read.
      sent = {
        start: s,
        end: Math.max(e, f.end),
        firstFig: first,
        nk: NAMES_NORTH_KOREA.test(slice) || THE_NORTH_RE.test(slice) || (kimIsLeader && KIM_RE.test(slice)),
        related: isRelatedStory(slice) || listedUnderRelatedHeading(text, s, e),
        prevNk: undefined,
        tokens: undefined,
        cues: undefined,
        timeHint: undefined,
        item: undefined,
        text: undefined,
        bare: undefined,
      };
    }
    if (sent.related && on(ctx, RELATED_STORY)) {
      refuse(i, RELATED_STORY.id);
      continue;
    }
    if (!sent.nk) {
      sent.prevNk ??= nkAround(ctx, sent.start, sent.end);
      // Else the article's topic may stand for a bare figure as a subject ("about 3,000 had been sent").
      // Or a troop noun ("the first cadre of 2,600 soldiers will go to the front").
      ctx.labelOnly =
        on(ctx, NOT_NAMED_NEARBY) &&
        !sent.prevNk &&
        !((BARE_AUX_RE.test(text.slice(f.end, f.end + 12)) || troopNounAfter(text, f.end)) && (ctx.topic ??= articleTopic(text))) &&
        // An explainer's answer: "2. How many died? Seoul puts deaths at around 2,000" in an article about the troops.
        !(on(ctx, ANSWERS_QUESTION) && afterHowMany(text, sent.start) && (ctx.topic ??= articleTopic(text)));
      if (ctx.labelOnly && !labelGate(text, sent.start, f.start) && !stackedLabel(text, sent.start, f.start)) {
        refuse(i, NOT_NAMED_NEARBY.id);
        continue;
      }
      // "Feb 2025 — Zelensky: nearly 4,000 casualties" after a list line that gave a claim: the list goes on.
      if (ctx.labelOnly && on(ctx, LIST_RUN) && claimOnLineBefore(ctx, sent.start)) {
        ctx.labelOnly = false;
        sent.prevNk = true;
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
    if (claim) {
      // "... sent 1,000 engineers. Earlier, it deployed 15,000 troops": the one before is a later contingent.
      if (
        lastSentEnd >= 0 &&
        lastSentEnd <= sent.start &&
        on(ctx, EARLIER_NEXT) &&
        opensOnEarlier(sent.tokens) &&
        markLaterContingent(ctx.claims, claim, sent.start, lastSentEnd)
      )
        fire(lastFig, EARLIER_NEXT.id);
      // "The engineers spent months clearing mines. Nine of them died": that group's losses
      // (the sentence before is read only for a figure "of them").
      if (claim.scope === 'total' && claim.metric !== 'deployed' && on(ctx, GROUP_BEFORE)) {
        const T = sent.tokens!;
        const k = T.findIndex((t) => t.fig === i);
        const prev = k >= 0 && countedOfThem(T, k) ? sentenceBefore(text, sent.start) : null;
        if (prev && (themAreFewer(ctx.claims[ctx.claims.length - 1], prev) || themIsAGroup(T, k, tokensOf(ctx, prev)))) {
          claim.scope = 'episode';
          fire(i, GROUP_BEFORE.id);
        }
      }
      ctx.claims.push(claim);
      lastSentEnd = sent.end;
      lastFig = i;
    }
  }
  return ctx.claims;
}

/** The id of the numbers-stage rule that refuses a figure before its sentence is read, or null. */
function refuseOutright(ctx: Ctx, f: RawFigure): string | null {
  for (const rule of OUTRIGHT_RULES) if (ruleOn(ctx.disabled, rule.id) && rule.refuses(ctx.text, f)) return rule.id;
  return null;
}

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
  let T = sent.tokens!;
  let k = 0;
  while (k < T.length && T[k]!.fig !== i) k++;
  if (k === T.length) k = -1;
  if (k < 0) return refuse(i, 'no-token');
  const prevTok = T[k - 1];
  // Dates, ages, documents' numbers, the size of a change: no head count (./numbers/not-a-count.ts).
  if (on(ctx, LIST_NUMBER) && isListNumber(text, f.start, f.end)) return refuse(i, LIST_NUMBER.id);
  if (on(ctx, MONTH_BEFORE) && isMonthBefore(T, k)) return refuse(i, MONTH_BEFORE.id);
  if (on(ctx, MONTH_ABBREV_BEFORE) && isMonthAbbrevBefore(T, k)) return refuse(i, MONTH_ABBREV_BEFORE.id);
  if (on(ctx, AGE_OR_NUMBER_SIGN) && isAgeOrNumberSign(T, k)) return refuse(i, AGE_OR_NUMBER_SIGN.id);
  if (on(ctx, DOCUMENT_NUMBER) && isDocumentNumber(T, k)) return refuse(i, DOCUMENT_NUMBER.id);
  if (on(ctx, SIZE_OF_CHANGE) && isSizeOfChange(T, k)) return refuse(i, SIZE_OF_CHANGE.id);
  if (on(ctx, EARLIER_BASELINE) && isEarlierBaseline(T, k)) return refuse(i, EARLIER_BASELINE.id);
  if (on(ctx, RATIO) && isRatio(T, k)) return refuse(i, RATIO.id);
  // A fact box line: "Killed in action: about 2,000 (NIS estimate, September 2025)".
  const listColon = (prevTok?.w === ',' || prevTok?.w === ';') && ruleOn(ctx.disabled, 'fact-box-list') ? labelBeforeList(T, k) : -1;
  if ((prevTok?.w === ':' || prevTok?.w === '–' || prevTok?.w === '—') && labelGate(text, sent.start, f.start)) {
    const boxed = factLine(ctx, sent, T, k, T, k - 1, false);
    if (boxed) return boxed;
  } else if (listColon >= 0 && labelGate(text, sent.start, ctx.figs[T[listColon + 1]!.fig]!.start)) {
    // "Casualties: 3,000+ (Ukraine), 1,100 (South Korea)": a later item of the line's list.
    const boxed = factLine(ctx, sent, T, k, T, listColon, false);
    if (boxed) {
      noteRule('fact-box-list');
      return boxed;
    }
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
  // "600 dead (NIS)": the sentence is read past its source parentheses (./attribution/source-paren.ts).
  const kSent = k;
  const bare =
    on(ctx, SOURCE_PAREN) || on(ctx, SOURCE_PAREN_END)
      ? sent.bare === undefined
        ? (sent.bare = bareOfSourceParens(ctx, T))
        : sent.bare
      : null;
  const paren = bare ? bare.byFig.get(i) : undefined;
  if (bare) {
    k = bare.tokens.indexOf(T[k]!);
    // A figure inside a parenthesis read past is its time: "(NIS, 2025)".
    if (k < 0 && on(ctx, SOURCE_PAREN_YEAR)) return refuse(i, SOURCE_PAREN_YEAR.id);
    T = bare.tokens;
  }

  // --- the noun phrase after the figure (./metric/noun-phrase.ts) ---
  const np = readNounPhrase(T, k, ctx.disabled);
  if (np === null) return refuse(i, COMPOUND_MODIFIER.id);
  // "1,000 men a day", "100 per week": a rate, not a count.
  if (on(ctx, RATE) && isRate(T, np.head === 'none' ? k + 1 : np.end)) return refuse(i, RATE.id);
  // "fought in groups of 20": the size of its groups, not the force's.
  if (on(ctx, UNIT_SIZE) && isUnitSize(T, k)) return refuse(i, UNIT_SIZE.id);
  // "... one battalion joined the brigade. It should consist of 3,000 North Korean citizens": the unit's members, a part.
  let unitByIt = false;
  if (on(ctx, UNIT_MEMBERS) && makeUpByIt(T, k, np) && namesUnit(text.slice(Math.max(0, sent.start - 240), sent.start))) {
    np.head = 'troop';
    np.end++;
    unitByIt = true;
  }
  readNationalityAround(T, k, np, ctx.disabled);
  const { adj, head, headMetric, partOfWord } = np;
  let { end: j, natNK, natOther } = np;

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
    if (ofFig >= 0 && on(ctx, PART_OF_NORTH_KOREANS)) {
      for (let n = ofFig + 1; n < ofFig + 5; n++) if (natAt(T, n)?.kind === 'nk') natNK = true;
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
  if (!owner) owner = ownerBefore(T, k);
  if (owner === 'other' && on(ctx, OWNED_BY_OTHER_SIDE)) return refuse(i, OWNED_BY_OTHER_SIDE.id);
  if (!owner) {
    // "people" must be North Korean in their own sentence; "2,700 others/more" may follow one that is.
    const weakWord = T[j - 1]?.w ?? '';
    if (
      head === 'weak' &&
      !sent.nk &&
      !partitive &&
      // ("Seoul says about 11,000, with 3,000 more in early 2025": a claim just kept in its own sentence counts too.)
      !(
        (weakWord === 'more' || weakWord === 'others') &&
        ((prevClaim !== undefined && prevClaim.start >= sent.start) || nkJustBefore(ctx, sent))
      ) &&
      on(ctx, PEOPLE_NOT_NORTH_KOREAN)
    )
      return refuse(i, PEOPLE_NOT_NORTH_KOREAN.id);
  }

  // --- metric (./metric/precedence.ts) ---
  let predMetric = readPredicate(T, k, j, head, partOfWord, ctx.disabled);
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
  const objectVerb = readObjectVerb(ctx, T, k, j, natNK);
  if (objectVerb !== null && typeof objectVerb === 'object') return refuse(i, objectVerb.id);
  const verbMetric = objectVerb;
  // The first reading in the precedence table that gives a metric decides.
  let metric: Metric | null = null;
  let definite = false;
  let anaphoric = false;
  // The figure stands alone after its source's verb ("… Kyiv says 2,700."): its source may be a country.
  let spokenElided = false;
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
        if (
          (verbMetric === 'captured' || predMetric === 'captured') &&
          (adj === 'wounded' || adj === 'killed') &&
          on(ctx, CAPTURE_OF_WOUNDED)
        ) {
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
        // (Not "to 2,000, up from 600": an earlier count, undated, would be set against today's.)
        const prevFig = T[k - 2];
        // "2,000 dead, up from 300 in January": the dated count it rose from (an undated one is refused as a baseline).
        const baseline = isChangeBaseline(T, k);
        if (baseline) {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && prev.start >= sent.start) {
            metric = prev.metric;
            anaphoric = true;
          }
        } else if (T[k - 1]?.w === 'to' && prevFig && prevFig.fig >= 0) {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && prev.start === ctx.figs[prevFig.fig]!.start) {
            metric = prev.metric;
            anaphoric = true;
          }
        }
        break;
      }
      case ANAPHORA:
        if (isAnaphoric(T, k, f.verbQualifier) || (head === 'none' && countedBefore(T, k))) {
          const prev = ctx.claims[ctx.claims.length - 1];
          // ("The figure of 12,000 ... refers to the troops first sent": what it says it counts, over the figure before.)
          const named = T[k - 1]?.w === 'of' ? figureRefersTo(T, k) : null;
          if (named) {
            metric = named;
            anaphoric = true;
          } else if (prev && f.start - prev.end < 600) {
            // ("Should Pyongyang rotate in a second contingent, the total could exceed 25,000": its own sentence's deployment.)
            const own = prev.end <= sent.start && on(ctx, ANAPHORA_OWN_SENTENCE) && deploymentBefore(T, k);
            metric = own ? 'deployed' : prev.metric;
            anaphoric = true;
            if (own) fire(i, ANAPHORA_OWN_SENTENCE.id);
          }
        }
        break;
      case HOW_MANY:
        // "... did not say how many troops took part. Estimates put the number at 11,000."; a Q&A's answer.
        metric = howManyAnswered(ctx, T, k, sent.start, head === 'none');
        // The question names what is counted: the figure's antecedent.
        if (metric) anaphoric = true;
        break;
      case ELIDED_INCREMENT:
        // "sent 11,000 troops in the autumn and another 3,000 in January": the noun is left out.
        // ("3,000 more": "more" is all the noun phrase after it.)
        if ((head === 'none' && incrementBefore(T, k)) || (T[k + 1]?.w === 'more' && j === k + 2)) {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && f.start - prev.end < 400) {
            // ("... tops 6,000. Pyongyang has promised 6,000 more": a verb that sends counts troops.)
            metric = sentOrPledged(T, k) ? 'deployed' : prev.metric;
            anaphoric = true;
          }
        }
        break;
      case ELIDED_CONTRAST:
        // "Seoul says 1,100 were wounded, while Kyiv says 2,700": the second source's figure stands alone.
        if (head === 'none') {
          const prev = ctx.claims[ctx.claims.length - 1];
          if (prev && f.start - prev.end < 300) {
            const from = prev.start >= sent.start ? T.findIndex((t) => t.start >= prev.end) : -1;
            if (spokenAlone(T, k, from)) {
              metric = prev.metric;
              anaphoric = true;
              spokenElided = true;
            }
          }
        }
        break;
      case TROOPS_DEFAULT:
        if ((head === 'troop' || natNK) && (f.low ?? f.high ?? 0) >= 500) metric = 'deployed';
        break;
    }
    if (metric !== null) fire(i, r.id);
  }
  // "11,000 troops (Pentagon) or 12,000 (Kyiv)": another source's count of the same.
  if (metric === null && paren && bare && head === 'none' && on(ctx, SOURCE_PAREN_ALTERNATIVE)) {
    const prev = ctx.claims[ctx.claims.length - 1];
    const prevFig = prev && prev.start >= sent.start ? ctx.figs.findIndex((g) => g.start === prev.start) : -1;
    if (prevFig >= 0 && otherSourcesCount(bare, k, prevFig)) {
      metric = prev!.metric;
      anaphoric = true;
      fire(i, SOURCE_PAREN_ALTERNATIVE.id);
    }
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
  if (metric === 'deployed' && on(ctx, HOME_ARMY) && homeArmy(T, k)) return refuse(i, HOME_ARMY.id);
  if (on(ctx, OTHER_WAR) && inOtherWar(T, k, text, sent.start)) return refuse(i, OTHER_WAR.id);
  if (on(ctx, CORRECTION_NOTE) && (inCorrectionNote(T, k) || weSaidInError(T, k, text, sent.start))) return refuse(i, CORRECTION_NOTE.id);
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
      on(ctx, BARE_SUBJECT) &&
      verbMetric === null &&
      !QUOTES.has(T[k - 1]?.w ?? '') &&
      (predMetric === 'deployed' ? !foreignJustBefore(ctx, sent) : predMetric !== null && nkJustBefore(ctx, sent));
    // "How many have died? About 2,000 have been killed, ...": the question is the figure's antecedent (read when asked).
    let answers: boolean | undefined;
    const answersQuestion = () =>
      (answers ??= head === 'none' && on(ctx, ANSWERS_QUESTION) && howManyAnswered(ctx, T, k, sent.start, true) !== null);
    if (
      (head === 'none' || head === 'weak') &&
      !anaphoric &&
      !partitive &&
      !definite &&
      !bareSubject &&
      on(ctx, NO_ANTECEDENT) &&
      !nkJustBefore(ctx, sent) &&
      !(head === 'none' && claimJustBefore(ctx, sent, metric)) &&
      // (Whatever reading gave the metric: "the number of wounded is closer to 3,000" points back.)
      !(clauseMetric(T, k)?.definite ?? false) &&
      !answersQuestion()
    )
      return refuse(i, NO_ANTECEDENT.id);
    // The article is about North Korea's troops, and the figure counts soldiers that no other country owns.
    // Only in running text (a headline of another story carries no full stop), with no one else named before the figure but its source.
    const topicTroops =
      !sent.prevNk &&
      on(ctx, ARTICLE_TROOPS) &&
      head === 'troop' &&
      !natOther &&
      /[.!?]["”’)]?$/.test(text.slice(sent.end - 2, sent.end)) &&
      !sideIn(text.slice(sent.start, f.start).replace(SOURCE_OPENING_RE, '')) &&
      (ctx.topic ??= articleTopic(text));
    if (
      !sent.prevNk &&
      !(bareSubject && predMetric === 'deployed') &&
      !topicTroops &&
      on(ctx, PASSAGE_ONLY) &&
      !(answersQuestion() && (ctx.topic ??= articleTopic(text)))
    )
      return refuse(i, PASSAGE_ONLY.id);
    // Only a country before the figure can own it; its speaker may give a deployment, or a count of "them".
    // ... or "put the number at" just after a sentence about North Korea's troops ("the number" is theirs), or a bare
    // subject just after a sentence about their losses of the same kind ("... no North Korean soldiers died. Kyiv says 2,500 have been killed").
    const speakers =
      (bareSubject && predMetric === 'deployed') ||
      // ("Half of the roughly 4,000 casualties were killed, Kyiv said": a definite figure is the one the sentence before named.)
      ((partitive || spokenElided || DEFINITE.has(T[k - 1]?.w ?? '') || isAnaphoric(T, k)) && nkJustBefore(ctx, sent)) ||
      // ("Others put the toll closer to 5,000. Kyiv believes the number is closer to 6,000": "the number" is the claim just before.)
      (anaphoric && claimJustBefore(ctx, sent, metric)) ||
      (bareSubject && nkLossJustBefore(ctx, sent, predMetric)) ||
      topicTroops ||
      answersQuestion();
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

  let attribution = paren ? paren.attribution : attribute(ctx, sent, kSent);
  if (paren) noteRule(SOURCE_PAREN.id);
  // "... were killed in the fighting (NIS).": the sentence's closing parenthesis, for a figure with no source of its own.
  // (A cue that read the parenthesis itself as its source gives way to it.)
  const closing = !paren && bare?.end ? closingParen(bare.end, attribution, ctx.disabled) : null;
  if (closing) attribution = closing.attribution;
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
  let period = paren?.period ?? closing?.period ?? null;
  if (period === null && sent.timeHint)
    period = periodOf(sentence, f.start - sent.start, ctx.published, f.end - sent.start, true, ctx.disabled);
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
    scope: unitByIt ? 'part' : scopeAt(T, k, metric, ctx.disabled),
  };
}

const ATTRIBUTION_HOST: AttributionHost = { tokensOf };

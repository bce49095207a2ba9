// The claim extractor: figures about North Korean troops, with what they
// count (metric), how they are hedged (qualifier), who gives them
// (attribution) and when they apply (period). See ../../../shared/CLAIMS.md.
//
// One pass over the text's figures, in order. A figure is refused outright
// (./numbers/outright.ts), or read in its sentence (./open-sentence.ts), stage
// by stage (./reading.ts): what it is (./read-figure.ts), whose troops
// (./topic/figure-topic.ts), what it counts (./metric/decide.ts), and the
// claim made of it (./claim-of.ts), set against the claims before it
// (./after-claim.ts).

import type { Claim } from '../types';
import { forgetSentences } from '../text/sentences';
import { relateToEarlier } from './after-claim';
import { type AttributionHost, forgetSides, SideMemo } from './attribution';
import { budgetCut, READ_BUDGET_CHARS } from './budget';
import { claimOf } from './claim-of';
import { conform } from './conform';
import { type Ctx, fire, on, refuse, type Sentence, startTrace, stopTrace, tokensOf, tracing } from './context';
import { type RawFigure, scanFigures } from './figures';
import { decideMetric } from './metric/decide';
import { beginNotes, takeNotes } from './notes';
import { OUTRIGHT_RULES } from './numbers/outright';
import { openSentence, passesPassageGate } from './open-sentence';
import { mentionsTroops } from './quick-check';
import { readFigure } from './read-figure';
import { isReading } from './reading';
import { type DisabledRules, ruleOn } from './rule';
import { tokenize } from './tokens';
import { keptByTopic, readOwner } from './topic/figure-topic';
import { readKimIsLeader } from './topic/nationality';
import { NOT_NAMED_NEARBY } from './topic/passage';
import { RELATED_STORY } from './topic/related-story';
import { SentenceNk } from './topic/sentence-nk';

export interface ExtractOptions {
  /** Publication date "YYYY-MM-DD", used to resolve "in December", "last week". */
  published?: string | null;
  /** Characters read at most (default READ_BUDGET_CHARS, lib/extract/budget.ts). */
  budget?: number;
  /** Rule ids switched off (the ablation test, `--explain`); see ./rule.ts. */
  disabledRules?: DisabledRules;
  /**
   * The last stage run on every figure (default: all, `claim`), for the
   * bench's split of a run by stage (scripts/bench/extraction-stages.ts): the
   * claims of a cut run are none, its time is what the stages up to it cost.
   */
  stopAfter?: ExtractStage;
}

/** The stages of a figure's reading, in order (./reading.ts): what `stopAfter` may name. */
export const EXTRACT_STAGES = ['figures', 'sentences', 'tokens', 'read', 'owner', 'metric', 'topic', 'claim'] as const;
export type ExtractStage = (typeof EXTRACT_STAGES)[number];
const stageIndex = (stage: ExtractStage | undefined): number =>
  stage === undefined ? EXTRACT_STAGES.length : EXTRACT_STAGES.indexOf(stage);
/** Each stage's index. */
const STAGE = Object.fromEntries(EXTRACT_STAGES.map((s, i) => [s, i])) as Record<ExtractStage, number>;

/** What `extractText` found, and where it stopped. */
export interface Extraction {
  claims: Claim[];
  /**
   * Where reading stopped when the text is longer than the budget (offsets
   * from there on were not read); null when the whole text was read.
   */
  stoppedAt: number | null;
}

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
    return { claims: extract(read, options?.published ?? null, options?.disabledRules, stageIndex(options?.stopAfter)), stoppedAt };
  } catch {
    return { claims: [], stoppedAt: null };
  } finally {
    forgetSides();
    forgetSentences();
  }
}

function extract(text: string, published: string | null, disabled: DisabledRules, stop: number): Claim[] {
  const kimIsLeader = readKimIsLeader(text);
  const ctx: Ctx = {
    text,
    figs: scanFigures(text, disabled),
    published,
    disabled,
    memo: new SideMemo(disabled),
    claims: [],
    pronouns: new Map(),
    previous: new Map(),
    sentenceNk: new SentenceNk(text),
    tokens: new Map(),
    host: ATTRIBUTION_HOST,
    labelOnly: false,
    topic: undefined,
    lines: undefined,
    parenSearch: undefined,
    stop,
  };
  let sent: Sentence | null = null;
  // Where the sentence of the last claim kept ends.
  let lastSentEnd = -1;
  let lastFig = -1;
  const figures = stop > STAGE.figures ? ctx.figs.length : 0;
  for (let i = 0; i < figures; i++) {
    const f = ctx.figs[i]!;
    const refusedBy = refuseOutright(ctx, f);
    if (refusedBy) {
      refuse(i, refusedBy);
      continue;
    }
    if (!sent || f.start >= sent.end || f.start < sent.start) sent = openSentence(ctx, f, i, sent, kimIsLeader);
    if (sent.related && on(ctx, RELATED_STORY)) {
      refuse(i, RELATED_STORY.id);
      continue;
    }
    if (sent.nk) ctx.labelOnly = false;
    else if (!passesPassageGate(ctx, sent, f)) {
      refuse(i, NOT_NAMED_NEARBY.id);
      continue;
    }
    if (stop === STAGE.sentences) continue;
    sent.tokens ??= tokenize(text, sent.start, sent.end, ctx.figs, sent.firstFig);
    if (stop === STAGE.tokens) continue;
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
      relateToEarlier(ctx, sent, claim, i, lastSentEnd, lastFig);
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

/** The claim of the figure `i` in `sent`, read stage by stage (./reading.ts), or null (refused, and by which rule). */
function analyze(ctx: Ctx, sent: Sentence, i: number): Claim | null {
  const read = readFigure(ctx, sent, i);
  if (read === null || !isReading(read)) return read;
  const { stop } = ctx;
  if (stop === STAGE.read || !readOwner(ctx, read) || stop === STAGE.owner) return null;
  if (!decideMetric(ctx, read) || stop === STAGE.metric || !keptByTopic(ctx, read) || stop === STAGE.topic) return null;
  return claimOf(ctx, read);
}

const ATTRIBUTION_HOST: AttributionHost = { tokensOf };

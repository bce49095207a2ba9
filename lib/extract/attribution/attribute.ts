// Attribution stage: who a figure is attributed to, from the cues of its own
// sentence, else from its neighbours (a quote continued, "This was stated by
// X.", a line broken mid-sentence, "Of those, ..."), else the side that
// captured or killed them.

import { sentenceAfter, sentenceBefore } from '../../text/sentences';
import type { Attribution, Claim } from '../../types';
import type { RawFigure } from '../figures';
import { PREPS } from '../grammar';
import { type DisabledRules, ruleOn } from '../rule';
import { CONTRAST_MARK, CUE_MARK, isWord, type Token } from '../tokens';
import { natAt } from '../topic/nationality';
import { isAgent } from '../topic/roles';
import { type Cue, cueAt, findCues, reportingCue } from './cues';
import { COUNTRY_OR_CAPITAL } from '../lexicon/sides';
import { phraseAfter } from './phrases';
import { STATE_MEDIA_ACTORS } from '../lexicon/sides';
import { DOCUMENT_NOUNS, ROLE_GROUPS } from '../lexicon/speech';
import { noteRule, notesOpen } from '../notes';
import { afterOpening, mainSubjectCue, opensSentence } from './main-subject';
import { PRECEDENCE } from './precedence';
import { answerSource, QA_ANSWER } from './qa-answer';
import { RUNNING_TOTAL_SOURCE, runningTotalSource } from './running-total';
import { SPEAKER_TURN, turnSpeaker } from './speaker-turn';
import { TRANSCRIPT_HOST, transcriptHost } from './transcript-host';
import { isPronounPhrase, resolvePhrase, type SideMemo, sideIn } from './sides';

const on = (ctx: AttributionCtx, id: string): boolean => ruleOn(ctx.disabled, id);
/** `a`, noting for a trace that rule `id` gave it. */
const by = (id: string, a: Attribution): Attribution => {
  noteRule(id);
  return a;
};

/** What the attribution stage reads of the extraction under way. */
export interface AttributionCtx {
  text: string;
  figs: readonly RawFigure[];
  /** Rule ids switched off (../rule.ts). */
  disabled: DisabledRules;
  memo: SideMemo;
  /** The claims made so far, in text order. */
  claims: readonly Claim[];
  /** "he said" resolved per sentence start. */
  pronouns: Map<number, Attribution | null>;
  /** Tokens of neighbouring sentences read for attribution, by start. */
  tokens: Map<number, Token[]>;
  /**
   * The end of a span asked for at a start (`tokensIfHolding`, ../context.ts)
   * whose tokens were not read, as they could not hold what was looked for:
   * the span `tokensOf` reads there when next asked (the first asked at a start).
   */
  unread?: Map<number, number>;
  host: AttributionHost;
}

/** A sentence as the extractor reads it: its span, tokens and (once read) cues. */
export interface AttributedSentence {
  start: number;
  end: number;
  tokens?: Token[];
  /** All its cues, in order (once all are read). */
  cues?: Cue[];
  /** The cue of each token read so far, by token (null: it opens none; undefined: not read yet). */
  cueOf?: Array<Cue | null | undefined>;
}

/** What the attribution stage borrows from the extractor (made once per module, not per figure). */
export interface AttributionHost {
  /** Tokens of a neighbouring sentence [start, end), read once per text. */
  tokensOf(ctx: AttributionCtx, span: [number, number]): Token[];
}

/**
 * The source of the figure at token `k` of `sent`, or null when the text names
 * no one for it.
 */
export function attribute(ctx: AttributionCtx, sent: AttributedSentence, k: number): Attribution | null {
  const T = sent.tokens!;
  const figAt = T[k]!.start;
  // (A trace weighs every cue of the sentence: noteCue.)
  const best = notesOpen() ? bestCue(ctx, T, cuesOf(ctx, sent), figAt, sent.start) : nearestBestCue(ctx, sent, k);
  if (best) return best;
  // "... That brings the total to 3,000.": the source of the count it sums up (./running-total.ts).
  const summed = on(ctx, RUNNING_TOTAL_SOURCE.id) ? runningTotalSource(ctx, sent.start, figAt) : undefined;
  if (summed !== undefined) return summed && by(RUNNING_TOTAL_SOURCE.id, summed);
  // "RYDER: We cannot confirm it. Our count is about 1,000.": the turn's speaker (./speaker-turn.ts).
  const turn = on(ctx, SPEAKER_TURN.id) ? turnSpeaker(ctx, sent.start) : undefined;
  if (turn) return by(SPEAKER_TURN.id, turn);
  // "Q: ... / A: About 4,000 ...": the interviewee's (./qa-answer.ts).
  const answered = on(ctx, QA_ANSWER.id) ? answerSource(ctx, figAt) : undefined;
  if (answered) return by(QA_ANSWER.id, answered);
  const s = ctx.text.slice(sent.start, sent.end);
  // A quote continued by "he said" in the next sentence, or introduced by "X said:" before.
  // (The figure stands in the quotation: a word in scare quotes, '"comrades"', is no quote of a speaker's.)
  if (on(ctx, 'quote-continued-after') && /["“”„«»]/.test(s) && quotedSpans(T).some(([a, b]) => figAt > a && figAt < b)) {
    const next = sentenceAfter(ctx.text, sent.end);
    if (next && next[1] - next[0] < 200) {
      const nt = ctx.host.tokensOf(ctx, next);
      // (An estimate named there, "For its part, the Pentagon kept its figure", is that sentence's figure's source, not the quote's speaker.)
      const cues = findCues(nt, ctx.disabled).filter((c) => c.at - next[0] < 80 && c.rule !== 'possessive-estimate');
      const a = bestCue(ctx, nt, cues, next[0], next[0]);
      if (a) return by('quote-continued-after', a);
    }
  }
  // (The next sentence is looked for only when it may refer back, or this one stops mid-sentence.)
  const broken = on(ctx, 'broken-line') && brokenLine(T);
  const after = BACK_START_RE.test(ctx.text.slice(sent.end, sent.end + 12)) || broken ? sentenceAfter(ctx.text, sent.end) : null;
  // "This was stated by X.", "That is according to X.", "The estimate comes from X.": the phrase after.
  if (after && on(ctx, 'next-names-source')) {
    const m = NEXT_SOURCE_RE.exec(ctx.text.slice(after[0], after[0] + 100));
    if (m) {
      const nt = ctx.host.tokensOf(ctx, after);
      const at = after[0] + m[0].length;
      const j = nt.findIndex((t) => t.start >= at);
      const a = j >= 0 ? resolvePhrase(ctx.text, phraseAfter(nt, j), ctx.memo) : null;
      if (a) return by('next-names-source', a);
    }
  }
  // A sentence broken over lines ("... to fight alongside" / "Russian troops in 2024," / "..., according to X."): its source may stand on a later line.
  if (after && broken) {
    let next: [number, number] | null = after;
    for (let n = 0; n < 3 && next && next[1] - next[0] < 300; n++) {
      const nt = ctx.host.tokensOf(ctx, next);
      const a = bestCue(ctx, nt, findCues(nt, ctx.disabled), next[0], next[0]);
      if (a) return by('broken-line', a);
      if (!brokenLine(nt)) break;
      next = sentenceAfter(ctx.text, next[1]);
    }
  }
  const prev = sentenceBefore(ctx.text, sent.start);
  // A quote that goes on from the sentence before ('"...," X said. "... 120 ..."') or is introduced by "X said:".
  if (
    prev &&
    on(ctx, 'quote-introduced-before') &&
    (/:\s*(?:["“„«»]\s*)?$/.test(ctx.text.slice(prev[0], prev[1])) ||
      (/^["“„«»]/.test(s) && /["”“«»]/.test(ctx.text.slice(prev[0], prev[1]))))
  ) {
    const pt = ctx.host.tokensOf(ctx, prev);
    const a = bestCue(ctx, pt, findCues(pt, ctx.disabled), prev[1], prev[0]);
    if (a) return by('quote-introduced-before', a);
  }
  // "X reported that a battalion joins the brigade. It is made up of 2,000 ...": "It" goes on with the report before.
  if (prev && T[0]?.w === 'it' && on(ctx, 'it-continues-report')) {
    const pt = ctx.host.tokensOf(ctx, prev);
    const a = bestCue(ctx, pt, findCues(pt, ctx.disabled), prev[1], prev[0]);
    if (a) return by('it-continues-report', a);
  }
  // "... The number of wounded is given as 4,100.": a count given in the passive goes on with the report before.
  if (prev && on(ctx, 'passive-report-continues') && PASSIVE_REPORT_RE.test(s)) {
    const pt = ctx.host.tokensOf(ctx, prev);
    const a = bestCue(ctx, pt, findCues(pt, ctx.disabled), prev[1], prev[0]);
    if (a) return by('passive-report-continues', a);
  }
  // "Of those, about 600 died.": a part of the figure before keeps its source.
  if (on(ctx, 'part-keeps-source') && PART_OPENING_RE.test(s)) {
    const last = ctx.claims[ctx.claims.length - 1];
    if (last && last.start < sent.start && sent.start - last.end < 600 && last.attribution)
      return by('part-keeps-source', last.attribution);
  }
  // No one speaks: the side that captured or killed them reports it ("Ukraine grabs two prisoners").
  const captor = on(ctx, 'captor-reports') ? captorBefore(ctx.text, T, k) : null;
  return captor ? by('captor-reports', captor) : null;
}

/** The other side named before token k as the one that captured or killed them ("Ukraine grabs two prisoners"), or null. */
function captorBefore(text: string, T: readonly Token[], k: number): Attribution | null {
  for (let j = 0; j < k; j++) {
    const nat = natAt(T, j);
    if (nat?.kind === 'other' && isAgent(T, j + nat.len)) {
      const phrase = text.slice(T[j]!.start, T[j + nat.len - 1]!.end);
      const side = sideIn(phrase);
      if (side) return { side: side.side, text: phrase };
    }
  }
  return null;
}

/**
 * The source named by a cue after the figure at token `k` on its own line
 * ("Deployed: 11,000, according to the NIS"), or null. A fact box line's
 * label is never its source.
 */
export function attributeAfter(ctx: AttributionCtx, sent: AttributedSentence, k: number): Attribution | null {
  const T = sent.tokens!;
  const figAt = T[k]!.start;
  const after = cuesOf(ctx, sent).filter((c) => c.at > figAt && !c.weak);
  return after.length > 0 ? bestCue(ctx, T, after, figAt, sent.start) : null;
}

/** The precedence rules that weigh a cue before its source is resolved (they may spare the resolving), and those that read it; each in PRECEDENCE's order. */
const BEFORE_SOURCE = PRECEDENCE.filter((r) => !r.needsSource);
const WITH_SOURCE = PRECEDENCE.filter((r) => r.needsSource);

/**
 * The source of the lightest cue for the figure at `figAt` (PRECEDENCE), or
 * null; of cues as light, the first. The cue lightest before its source is
 * known (distance and BEFORE_SOURCE) is weighed first, most often the one
 * that wins: the rules that read a source only add weight, so a cue already
 * heavier than the best so far cannot win, and its source is not looked for.
 */
function bestCue(ctx: AttributionCtx, T: readonly Token[], cues: readonly Cue[], figAt: number, sentStart: number): Attribution | null {
  const before: number[] = [];
  let first = -1;
  for (let i = 0; i < cues.length; i++) {
    let score = Math.abs(cues[i]!.at - figAt);
    for (const r of BEFORE_SOURCE) if (on(ctx, r.id)) score += r.weigh(ctx, T, cues[i]!, figAt, null);
    before.push(score);
    if (score !== Infinity && (first < 0 || score < before[first]!)) first = i;
  }
  let best: Attribution | null = null;
  let bestAt = -1;
  let bestScore = Infinity;
  // The lightest first, then the others in order.
  for (let n = -1; n < cues.length && first >= 0; n++) {
    const i = n < 0 ? first : n;
    const pre = before[i]!;
    if ((n >= 0 && i === first) || pre > bestScore || (pre === bestScore && i > bestAt)) continue;
    const a = resolveCue(ctx, T, cues[i]!, sentStart);
    if (!a) continue;
    let score = pre;
    for (const r of WITH_SOURCE) if (on(ctx, r.id)) score += r.weigh(ctx, T, cues[i]!, figAt, a);
    if (score < bestScore || (score === bestScore && i < bestAt)) {
      bestScore = score;
      best = a;
      bestAt = i;
    }
  }
  if (notesOpen()) {
    // A trace weighs every cue by its source (noteCue): each that could speak for the figure is resolved.
    for (let i = 0; i < cues.length; i++) if (before[i] !== Infinity) resolveCue(ctx, T, cues[i]!, sentStart);
    if (bestAt >= 0) noteCue(ctx, T, cues, cues[bestAt]!, figAt);
  }
  return best;
}

/** All the cues of a sentence, in order (each token's read once: `cueOf`). */
function cuesOf(ctx: AttributionCtx, sent: AttributedSentence): Cue[] {
  if (sent.cues) return sent.cues;
  const T = sent.tokens!;
  const cueOf = (sent.cueOf ??= new Array(T.length));
  const cues: Cue[] = [];
  for (let j = 0; j < T.length; j++) {
    if (cueOf[j] === undefined) cueOf[j] = cueAt(T, j, ctx.disabled);
    if (cueOf[j]) cues.push(cueOf[j]!);
  }
  return (sent.cues = cues);
}

/**
 * What `bestCue` makes of all the cues of the figure's sentence, reading its
 * tokens outwards from the figure, nearest first, and each once per sentence
 * (`cueOf`): a cue weighs at least its distance, so once the tokens left are
 * further than the best weight so far, none of them can win and their cues
 * are never read. Of cues as light, the first still wins.
 */
function nearestBestCue(ctx: AttributionCtx, sent: AttributedSentence, k: number): Attribution | null {
  const T = sent.tokens!;
  const figAt = T[k]!.start;
  const cueOf = (sent.cueOf ??= new Array(T.length));
  let best: Attribution | null = null;
  let bestAt = -1;
  let bestScore = Infinity;
  // The next token to read on either side of the figure (the figure's own first).
  let left = k;
  let right = k + 1;
  for (;;) {
    // (Only tokens that may open a cue are read; the walk on either side stops where the tokens get too far to win.)
    while (left >= 0 && (T[left]!.marks & CUE_MARK) === 0 && figAt - T[left]!.start <= bestScore) left--;
    while (right < T.length && (T[right]!.marks & CUE_MARK) === 0 && T[right]!.start - figAt <= bestScore) right++;
    const dl = left >= 0 ? figAt - T[left]!.start : Infinity;
    const dr = right < T.length ? T[right]!.start - figAt : Infinity;
    const j = dl <= dr ? left : right;
    const distance = Math.min(dl, dr);
    if (distance === Infinity || distance > bestScore) break;
    if (j === left) left--;
    else right++;
    if (cueOf[j] === undefined) cueOf[j] = cueAt(T, j, ctx.disabled);
    const c = cueOf[j];
    if (!c) continue;
    let pre = distance;
    for (const r of BEFORE_SOURCE) if (on(ctx, r.id)) pre += r.weigh(ctx, T, c, figAt, null);
    if (pre === Infinity || pre > bestScore || (pre === bestScore && j > bestAt)) continue;
    const a = resolveCue(ctx, T, c, sent.start);
    if (!a) continue;
    let score = pre;
    for (const r of WITH_SOURCE) if (on(ctx, r.id)) score += r.weigh(ctx, T, c, figAt, a);
    if (score < bestScore || (score === bestScore && j < bestAt)) {
      bestScore = score;
      best = a;
      bestAt = j;
    }
  }
  return best;
}

/** For a trace: the rule that found the winning cue, and the precedence rules that weighed on the cues. */
function noteCue(ctx: AttributionCtx, T: readonly Token[], cues: readonly Cue[], won: Cue, figAt: number): void {
  if (!notesOpen()) return;
  if (won.rule) noteRule(won.rule);
  if (won.via) noteRule(won.via);
  for (const r of PRECEDENCE) {
    if (!on(ctx, r.id)) continue;
    if (cues.some((c) => r.weigh(ctx, T, c, figAt, c.resolved ?? null) !== 0)) noteRule(r.id);
  }
}

/** A line that stops mid-sentence: on a comma, or on a word that cannot end one ("to fight alongside"). */
function brokenLine(T: readonly Token[]): boolean {
  const last = T[T.length - 1]?.w ?? '';
  return (
    last === ',' ||
    PREPS.has(last) ||
    last === 'the' ||
    last === 'a' ||
    last === 'an' ||
    last === 'and' ||
    last === 'or' ||
    last === 'of' ||
    last === 'alongside' ||
    last === 'that' ||
    last === 'which'
  );
}

const BACK_START_RE = /^["”’)]?\s*(?:This|That|It|These|The)\b/;

/** A sentence that only names the source of the one before (the source phrase follows the match). */
const NEXT_SOURCE_RE =
  /^(?:This|That|It|These|The (?:figure|figures|number|numbers|estimate|estimates|count|tally|data|information|report|assessment))(?:['’]s|\s+(?:is|was|are|were|comes|come|came|has been|had been))\s+(?:(?:\w+\s+)?(?:given|provided|supplied|compiled|cited|stated|said|reported|released|published|confirmed|announced|disclosed|revealed)\s+by|according\s+to|from)\s+/;

/** A sentence opening on a count given in the passive with no agent ("The number of wounded is given as", "The toll is put at"). */
const PASSIVE_REPORT_RE =
  /^["“„«»]?(?:The |Their |Its )?(?:[\w-]+ ){0,2}(?:number|figure|toll|count|tally|losses|casualties)\b[^.;]{0,60}?\b(?:is|are|was|were)\s+(?:now\s+)?(?:given|put|estimated|reported|said|thought|believed|reckoned|stated)\b(?![^.;]*\bby\b)/;

const PART_OPENING_RE =
  /^["“„«»]?(?:Of (?:those|them|these|whom|the (?:total|dead|wounded|casualties))|Among (?:them|those|these)|Of this number|Of that number)\b/;
function resolveCue(ctx: AttributionCtx, T: readonly Token[], c: Cue, sentStart: number): Attribution | null {
  if (c.resolved !== undefined) return c.resolved;
  if (isPronounPhrase(c.phrase)) {
    // "The SBU said it had identified 47 ...": the speaker whose verb reports the pronoun's clause.
    const by = on(ctx, 'pronoun-reported-speaker') ? reportingCue(T, T.indexOf(c.phrase[0]!), ctx.disabled) : undefined;
    const reported = by ? resolveCue(ctx, T, by, sentStart) : null;
    if (reported) {
      c.via = 'pronoun-reported-speaker';
      return (c.resolved = { side: reported.side, text: c.phrase[0]!.raw });
    }
    // "Zelensky's remarks come days after he stated ...": the named possessor of the same sentence.
    const before = on(ctx, 'pronoun-possessor') ? ctx.text.slice(sentStart, c.phrase[0]!.start) : '';
    const owner = before.split(/\s+/).find((word) => POSSESSOR_RE.test(word));
    const side = owner ? sideIn(owner.slice(0, -2), true) : null;
    // "the Pentagon has stuck to its figure of 1,000": a possessive's owner is the side its own clause names first.
    const clause =
      !side && on(ctx, 'possessive-clause-owner') && POSSESSIVE_PRONOUN_RE.test(c.phrase[0]!.w) ? clauseSide(ctx, sentStart, c) : null;
    // "The agency estimated in its February assessment that ...": the speaker of the possessive's own clause.
    const own =
      !side && !clause && on(ctx, 'possessive-own-speaker') && POSSESSIVE_PRONOUN_RE.test(c.phrase[0]!.w)
        ? clauseSpeaker(ctx, T, c, sentStart)
        : null;
    // "Seoul said in April that 600 had died; by September it put the toll at 2,000": the speaker of the clause before.
    const earlier =
      !side && !clause && !own && on(ctx, 'pronoun-same-sentence-speaker') ? speakerBeforeBreak(ctx, T, T.indexOf(c.phrase[0]!)) : null;
    c.resolved = side
      ? { side: side.side, text: c.phrase[0]!.raw }
      : clause
        ? { side: clause, text: c.phrase[0]!.raw }
        : own
          ? { side: own, text: c.phrase[0]!.raw }
          : earlier
            ? { side: earlier.side, text: c.phrase[0]!.raw }
            : resolvePronoun(ctx, sentStart, c.phrase[0]!.raw, opensSentence(T, c.phrase[0]!) && on(ctx, 'pronoun-main-subject'));
    if (c.resolved)
      c.via = side
        ? 'pronoun-possessor'
        : clause
          ? 'possessive-clause-owner'
          : own
            ? 'possessive-own-speaker'
            : earlier
              ? 'pronoun-same-sentence-speaker'
              : 'pronoun-last-speaker';
    return c.resolved;
  }
  // "His chief of staff said", "its spokesman said": the possessor's side, as "he" or "it" would have it.
  const p0 = c.phrase[0]!;
  if (c.phrase.length >= 2 && POSSESSIVE_PRONOUN_RE.test(p0.w) && on(ctx, 'possessor-speaks-for')) {
    const owner = resolveCue(ctx, T, { ...c, phrase: [p0], resolved: undefined }, sentStart);
    if (owner) {
      c.resolved = { side: owner.side, text: ctx.text.slice(p0.start, c.phrase[c.phrase.length - 1]!.end) };
      c.via = 'possessor-speaks-for';
      return c.resolved;
    }
  }
  c.resolved = resolvePhrase(ctx.text, c.phrase, ctx.memo);
  // "SPOKESPERSON:" in a transcript: the host its heading names (./transcript-host.ts).
  if (c.resolved?.side === 'other' && on(ctx, TRANSCRIPT_HOST.id)) {
    const host = transcriptHost(ctx, c.phrase);
    if (host) {
      c.resolved = { side: host, text: c.resolved.text };
      c.via = TRANSCRIPT_HOST.id;
    }
  }
  if (!c.resolved && on(ctx, 'state-media')) {
    c.resolved = stateMedia(ctx, c, sentStart);
    if (c.resolved) c.via = 'state-media';
  }
  // "the post added", "the statement said": the document of the last named speaker.
  if (
    !c.resolved &&
    on(ctx, 'document-of-speaker') &&
    c.phrase.length === 2 &&
    (c.phrase[0]!.w === 'the' || c.phrase[0]!.w === 'this') &&
    DOCUMENT_NOUNS.has(c.phrase[1]!.w)
  ) {
    c.resolved = resolvePronoun(ctx, sentStart, ctx.text.slice(c.phrase[0]!.start, c.phrase[1]!.end));
    if (c.resolved) c.via = 'document-of-speaker';
  }
  return c.resolved;
}

const POSSESSIVE_PRONOUN_RE = /^(?:its|their|his|her)$/;
/** The last word that opens a clause of its own in a sentence ("..., but the Pentagon ..."). */
const CLAUSE_OPENING_RE = /;|\b(?:but|while|whereas|however|although|though)\b/gi;

/**
 * The side named first in the clause before the cue's possessive pronoun, else
 * (a clause that names none: "Ukraine has captured two, although its forces
 * have reported ...") in the sentence before it; North Korea's names are what
 * is counted, not an owner. Null when neither names a side.
 */
function clauseSide(ctx: AttributionCtx, sentStart: number, c: Cue): Attribution['side'] | null {
  const before = ctx.text.slice(sentStart, c.phrase[0]!.start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_OPENING_RE)) from = m.index + m[0].length;
  return sideIn(before.slice(from), true)?.side ?? (from > 0 ? sideIn(before.slice(0, from), true)?.side : null) ?? null;
}

/**
 * The side of the nearest speaker, not a pronoun, of the same clause as the
 * possessive pronoun of cue `c` ("The agency estimated in its assessment",
 * "In its assessment, the agency estimated"), or null.
 */
function clauseSpeaker(ctx: AttributionCtx, T: readonly Token[], c: Cue, sentStart: number): Attribution['side'] | null {
  const p = T.indexOf(c.phrase[0]!);
  let best: Cue | null = null;
  for (const d of findCues(T, ctx.disabled)) {
    if (d.k === c.k || d.weak || d.phrase.length === 0 || isPronounPhrase(d.phrase)) continue;
    const [a, b] = d.k < p ? [d.k, p] : [p, d.k];
    // (A word that sets a clause against another, CONTRAST: the speaker beyond it is another clause's.)
    if (T.slice(a, b).some((t) => (t.marks & CONTRAST_MARK) !== 0)) continue;
    if (!best || Math.abs(d.k - p) < Math.abs(best.k - p)) best = d;
  }
  return best ? (resolveCue(ctx, T, best, sentStart)?.side ?? null) : null;
}

/** A capitalised word in the possessive ("Zelensky's"), tested word by word. */
const POSSESSOR_RE = /^\p{Lu}[\p{L}-]*['’]s$/u;

const STATE_MEDIA_RE = /^(?:the )?state(?:-run)? (?:media|news agency|television|tv|broadcaster|outlets?)$/i;
/** "..., state media reported": the state whose leader or capital acts in the sentence. */
function stateMedia(ctx: AttributionCtx, c: Cue, sentStart: number): Attribution | null {
  const first = c.phrase[0];
  const last = c.phrase[c.phrase.length - 1];
  if (!first || !last) return null;
  const raw = ctx.text.slice(first.start, last.end);
  if (!STATE_MEDIA_RE.test(raw)) return null;
  const before = ctx.text.slice(sentStart, c.at);
  const kp = before.search(STATE_MEDIA_ACTORS.kp);
  const ru = before.search(STATE_MEDIA_ACTORS.ru);
  if (kp >= 0 && (ru < 0 || kp < ru)) return { side: 'kp', text: raw };
  if (ru >= 0) return { side: 'ru', text: raw };
  return null;
}

const OPEN_QUOTE = new Set(['“', '„', '«']);
const CLOSE_QUOTE = new Set(['”', '»']);

/** The spans [open, close] of a sentence's quotations (straight quotes pair up in turn; one left open runs to the end, one closed first from the start). */
function quotedSpans(T: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (const t of T) {
    // A quotation opened in a sentence before and closed in this one.
    if (open < 0 && spans.length === 0 && CLOSE_QUOTE.has(t.w)) spans.push([-Infinity, t.start]);
    else if (open < 0 && (OPEN_QUOTE.has(t.w) || t.w === '"')) open = t.start;
    else if (open >= 0 && (CLOSE_QUOTE.has(t.w) || t.w === '"')) {
      spans.push([open, t.start]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, Infinity]);
  return spans;
}

/** Prepositions that name the place of a group of speakers ("officials in Kyiv", "lawmakers from Seoul"). */
const SPEAKERS_PLACE = new Set(['in', 'from', 'at']);

/**
 * `subj`, a sentence's opening words that end on a role noun ("Officials",
 * "Military officials"), goes on with the place after it ("in Kyiv"): its
 * capitalised words, up to three.
 */
function placeOfSpeakers(T: readonly Token[], subj: Token[]): void {
  const n = subj.length;
  if (n === 0 || ROLE_GROUPS[subj[n - 1]!.w] === undefined || !SPEAKERS_PLACE.has(T[n]?.w ?? '')) return;
  // ("Officials at the Pentagon": the article goes with the place.)
  const from = T[n + 1]?.w === 'the' ? n + 2 : n + 1;
  for (let j = from; j < T.length && j < from + 3 && isWord(T[j]) && T[j]!.startsUpper(); j++) {
    if (j === from) subj.push(...T.slice(n, from));
    subj.push(T[j]!);
  }
}

/**
 * A pronoun at `p` in a clause after a semicolon or a word of contrast: the
 * named speaker of the sentence's clauses before it ("Seoul said in April
 * that 600 had died; by September it put the toll at 2,000"), the nearest
 * first; null when none is named there.
 */
function speakerBeforeBreak(ctx: AttributionCtx, T: readonly Token[], p: number): Attribution | null {
  let brk = -1;
  // (The semicolon is a word of contrast too: CONTRAST, ../grammar.ts.)
  for (let i = p - 1; i > 0 && brk < 0; i--) if ((T[i]!.marks & CONTRAST_MARK) !== 0) brk = i;
  if (brk < 0) return null;
  const cues = findCues(T, ctx.disabled);
  for (let n = cues.length - 1; n >= 0; n--) {
    const cue = cues[n]!;
    if (cue.k >= brk || isPronounPhrase(cue.phrase)) continue;
    const a = resolvePhrase(ctx.text, cue.phrase, ctx.memo);
    if (a) return a;
  }
  return null;
}

/** "he said": the last named speaker in the sentences before (a person's pronoun never stands for a country or a capital). */
function resolvePronoun(ctx: AttributionCtx, sentStart: number, raw: string, subject = false): Attribution | null {
  if (!on(ctx, 'pronoun-last-speaker')) return null;
  // (A pronoun that opens its sentence is remembered apart: it looks for the main subject first.)
  const key = subject ? -1 - sentStart : sentStart;
  if (!ctx.pronouns.has(key)) ctx.pronouns.set(key, lastSpeaker(ctx, sentStart, subject));
  const a = ctx.pronouns.get(key);
  if (!a || (PERSONAL_PRONOUNS.has(raw.toLowerCase()) && COUNTRY_OR_CAPITAL.test(a.text))) return null;
  return { side: a.side, text: raw };
}

/** Pronouns that stand only for a person ("He said", "her office"). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);

/** The last named speaker before `sentStart`; `subject`: for a pronoun opening its sentence, the main subject of the sentence before first, if it speaks. */
function lastSpeaker(ctx: AttributionCtx, sentStart: number, subject = false): Attribution | null {
  let s = sentStart;
  for (let n = 0; n < 6; n++) {
    const prev = sentenceBefore(ctx.text, s);
    if (!prev) return null;
    const T = ctx.host.tokensOf(ctx, prev);
    const cues = findCues(T, ctx.disabled);
    // Words inside a quotation are what was said, not who says it ('"Kyiv counts what it can claim."').
    const quoted = on(ctx, 'quoted-speaks-not') ? quotedSpans(T) : [];
    // "X said on Monday that North Korea's KCNA had confirmed it. It claimed ...": X, not the speaker of what X reported.
    const main = subject && n === 0 ? mainSubjectCue(T, cues) : undefined;
    const mainSource = main && !quoted.some(([a, b]) => main.at > a && main.at < b) ? resolvePhrase(ctx.text, main.phrase, ctx.memo) : null;
    if (mainSource) return mainSource;
    for (let c = cues.length - 1; c >= 0; c--) {
      const cue = cues[c]!;
      if (isPronounPhrase(cue.phrase)) continue;
      if (quoted.some(([a, b]) => cue.at > a && cue.at < b)) continue;
      const a = resolvePhrase(ctx.text, cue.phrase, ctx.memo);
      if (a) return a;
    }
    // No one named speaks there: its subject, when it names a side ("Zelensky has spoken often ...").
    if (on(ctx, 'speaker-as-subject')) {
      const subj: Token[] = [];
      for (const t of T) {
        if (!isWord(t) || !t.startsUpper() || subj.length >= 4) break;
        subj.push(t);
      }
      // "Officials in Kyiv met reporters. They said ...": a group of speakers named by their place.
      if (on(ctx, 'speaker-with-place')) placeOfSpeakers(T, subj);
      const raw = subj.length > 0 ? ctx.text.slice(subj[0]!.start, subj[subj.length - 1]!.end) : '';
      const side = raw ? sideIn(raw) : null;
      if (side) return { side: side.side, text: raw };
      // "In a briefing on Monday, South Korea's spy agency gave new details.": the subject after an opening adverbial.
      const from = on(ctx, 'subject-after-opening') ? afterOpening(T) : 0;
      if (from > 0) {
        const words: Token[] = [];
        for (let j = from; j < T.length && words.length < 4 && isWord(T[j]) && T[j]!.startsUpper(); j++) words.push(T[j]!);
        const opened = words.length > 0 ? ctx.text.slice(words[0]!.start, words[words.length - 1]!.end) : '';
        const its = opened ? sideIn(opened) : null;
        if (its) return { side: its.side, text: opened };
      }
      // "Kim Min-seok, a researcher at ..., is sceptical": a person the text introduces speaks next, whatever their side.
      const after = T[subj.length];
      const det = T[subj.length + 1]?.w;
      if (subj.length >= 2 && after?.w === ',' && (det === 'a' || det === 'an' || det === 'the') && on(ctx, 'introduced-speaker')) {
        const a = resolvePhrase(ctx.text, subj, ctx.memo);
        if (a) return a;
      }
    }
    s = prev[0];
  }
  return null;
}

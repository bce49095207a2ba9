// Topic stage: a figure in a sentence that does not name North Korea itself.
// Its neighbours, or the article's opening, may name it; the figure must then
// refer back to troops already named (an antecedent) or stand as the subject
// of a troop verb. The rules are named here with the passage's predicates;
// analyze() (../extract-claims.ts) asks them in order.

import { sentenceAfter, sentenceBefore } from '../../text/sentences';
import { type Ctx, on, type Sentence, tokensOf } from '../context';
import type { Metric } from '../../types';
import { METRIC_WORDS, TROOP_NOUNS } from '../lexicon';
import { NAMES_NORTH_KOREA } from '../lexicon/north-korea';
import type { RuleInfo } from '../rule';
import { foreignInSentence } from './owner';

export const NOT_NAMED_NEARBY: RuleInfo = {
  id: 'north-korea-not-named-nearby',
  stage: 'topic',
  summary:
    'a figure whose sentence and neighbours do not name North Korea, in an article not about its troops, is read only as a fact box line',
  cases: [
    {
      text: 'Live: the war, day 900\nMarkets rose. About [3,000] were sent to the front. Rain fell. Prices fell. Talks stalled. Trains ran late. North Korea held a parade.',
      want: null,
    },
    { text: 'Key facts\nNorth Korean troops in Russia\nDeployed: about [11,000] (NIS, November 2024)', want: { metric: 'deployed' } },
  ],
};

export const PEOPLE_NOT_NORTH_KOREAN: RuleInfo = {
  id: 'people-not-north-korean',
  stage: 'topic',
  summary: '"people", "others" must be North Korean in their own sentence, or follow one that is ("2,700 more")',
  cases: [
    { text: 'North Korea sent troops to Kursk. Shelling there has killed [40] people this year.', want: null },
    { text: 'North Korea sent 11,000 troops to Kursk, and [2,700] more were sent in January.', want: { metric: 'deployed', low: 2700 } },
    {
      text: 'North Korea sent troops to Kursk.\nHow many were sent? South Korea says about 11,000 in the autumn, with [3,000] more in early 2025.',
      want: { metric: 'deployed', low: 3000 },
    },
  ],
};

export const NO_ANTECEDENT: RuleInfo = {
  id: 'no-antecedent',
  stage: 'topic',
  summary:
    'a bare figure in a sentence that does not name North Korea needs an antecedent: the sentence just before (naming North Korea, or giving a figure of the same count), a figure, "them", a definite noun',
  cases: [
    { text: 'North Korea sent troops to Kursk. The fighting was fierce. Officials say [3,000] were killed.', want: null },
    { text: 'North Korea sent troops to Kursk. Officials say [3,000] were killed.', want: { metric: 'killed', low: 3000 } },
    // A figure of the same count in the sentence before is its antecedent.
    {
      text: 'Seoul says 300 North Korean soldiers have died. In April the agency raised its count of the dead to 600. Since then, it says, [roughly 2,000] have died.',
      want: { metric: 'killed', low: 2000 },
    },
    {
      text: 'Seoul says 300 North Korean soldiers have died. In April the agency raised its count of the dead to 600. Since then, it says, [roughly 2,000] were wounded.',
      want: null,
    },
    {
      text: 'Kyiv says 4,000 North Korean soldiers were killed or wounded, and 1,000 of them died. The NIS told lawmakers that [3,000] had been killed or wounded.',
      want: { metric: 'casualties', low: 3000 },
    },
    // The clause's own metric word counts too: casualties after counts of the dead and wounded.
    {
      text: 'North Korea sent 11,000 troops. About 300 of them were killed and 2,700 others wounded, Seoul says. "The scale of casualties has increased to [3,000]," an official said.',
      want: { metric: 'casualties', low: 3000 },
    },
    // "The number of wounded" points back at the soldiers already counted.
    {
      text: 'Seoul says 1,000 North Korean soldiers were killed. Its ministry puts the figure lower, at 600. "We think the number of wounded is closer to [3,000]," an official said.',
      want: { metric: 'wounded', low: 3000 },
    },
  ],
};

export const PASSAGE_ONLY: RuleInfo = {
  id: 'passage-only',
  stage: 'topic',
  summary:
    'where only the article\'s opening names North Korea, a figure counts its troops only as the bare subject of "sent" or as soldiers no one else is named before',
  cases: [
    {
      text: "North Korean troops in Kursk\n\nThe war goes on. Markets rose. Prices fell. Talks stalled. Seoul's spy agency says [300] soldiers have died.",
      want: null,
    },
    {
      text: 'North Korean troops in Kursk\n\nThe war goes on. Markets rose. Prices fell. Talks stalled. Since then [300] soldiers have died.',
      want: { metric: 'killed' },
    },
    // A figure that refers back to a claim of its own sentence shares its topic.
    {
      text: 'North Korean troops in Kursk\n\nHow many have died?\nEstimates differ by source. Seoul said in April that about 600 had died; by September it put the toll at [around 2,000].',
      want: { metric: 'killed', low: 2000 },
    },
  ],
};

export const PART_OF_NORTH_KOREANS: RuleInfo = {
  id: 'part-of-north-koreans',
  stage: 'topic',
  summary: 'a part of a figure of North Korean troops is theirs ("some 4,000 of the 11,000 North Korean troops")',
  cases: [
    {
      text: 'As Russia fought on, [4,000] of the 11,000 North Korean troops had been killed or wounded, Kyiv said.',
      want: { metric: 'casualties', low: 4000 },
    },
  ],
};

export const BARE_SUBJECT: RuleInfo = {
  id: 'bare-subject',
  stage: 'topic',
  summary: 'a bare figure as the subject of "sent", "killed" in a passage about North Korea\'s troops counts them',
  cases: [
    {
      text: 'North Korea sent troops to Kursk in the autumn. The fighting was fierce. By now about [3,000] had been sent to the front.',
      want: { metric: 'deployed', low: 3000 },
    },
  ],
};

export const ARTICLE_TROOPS: RuleInfo = {
  id: 'article-troops',
  stage: 'topic',
  summary: "in an article about North Korea's troops, soldiers no other country is said to own are theirs",
  cases: [
    {
      text: 'North Korean troops in Kursk\n\nThe war goes on. Markets rose. Prices fell. Talks stalled. Since then [300] soldiers have died.',
      want: { metric: 'killed' },
    },
  ],
};

export const THEY_CARRY: RuleInfo = {
  id: 'they-carry',
  stage: 'topic',
  summary:
    'a sentence that opens with "they" carries on the North Koreans the sentence before it names ("... the North Koreans lost 1,000. They are suffering. In total, more than 4,000 ...")',
  cases: [
    {
      text: 'Yusov said the North Koreans had lost 1,000 men in three weeks.\n"They are suffering significant losses. In total, [more than 4,000] have been killed or wounded," he said.',
      want: { metric: 'casualties', low: 4000 },
    },
  ],
};

export const FIGURE_CARRIES: RuleInfo = {
  id: 'figure-carries',
  stage: 'topic',
  summary:
    'a sentence that opens on the figure just given ("The figure, given to lawmakers, ...", "That estimate ...") carries on the North Koreans the sentence before it names',
  cases: [
    {
      text: 'The NIS said about 3,600 North Korean soldiers had been killed or wounded.\nThe figure was given to lawmakers in a closed briefing.\n"Around [300] have died," a lawmaker told reporters.',
      want: { metric: 'killed', low: 300 },
    },
    {
      text: 'Ukraine says its drones hit a convoy near Kursk.\nThe figure was given to lawmakers in a closed briefing.\n"Around [300] have died," a lawmaker told reporters.',
      want: null,
    },
  ],
};

export const LIST_RUN: RuleInfo = {
  id: 'list-run',
  stage: 'topic',
  summary:
    'a labelled line ("Feb 2025 — Zelensky: nearly 4,000 casualties") right after a line that gave a claim goes on with its list, however far the list runs from the name of North Korea',
  cases: [
    {
      text: 'How many North Korean soldiers have died?\nDec 2024 — NIS: 100 killed\nJan 2025 — NIS: 300 killed\nFeb 2025 — NIS: 400 killed\nMar 2025 — NIS: 500 killed\nApr 2025 — NIS: [about 600] killed',
      want: { metric: 'killed', low: 600 },
    },
  ],
};

/** The line before `start` gave the last claim read (a list's run goes on). */
export function claimOnLineBefore(ctx: Ctx, start: number): boolean {
  const last = ctx.claims[ctx.claims.length - 1];
  if (!last || last.end > start || start < 1 || ctx.text.charCodeAt(start - 1) !== 10) return false;
  const lineStart = ctx.text.lastIndexOf('\n', start - 2) + 1;
  return last.start >= lineStart;
}

export const ANSWERS_QUESTION: RuleInfo = {
  id: 'answers-question',
  stage: 'topic',
  summary:
    'a bare figure that answers a "How many ...?" asked up to three sentences before has the question as its antecedent, and whoever gives it is its source ("How many have died? About 2,000 have been killed, Seoul says. Kyiv says around 6,000 ...")',
  cases: [
    {
      text: 'North Korea sent troops to Kursk a year ago.\nHow many have died?\n[About 2,000] have been killed, according to Seoul.',
      want: { metric: 'killed', low: 2000 },
    },
    {
      text: "North Korea sent troops to Kursk a year ago.\nHow many have died?\nUkraine's figures are higher. Kyiv says [around 6,000] have been killed or wounded.",
      want: { metric: 'casualties', low: 6000, attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'North Korea sent troops to Kursk a year ago.\nWhat happened next?\n[About 2,000] have been killed, according to Seoul.',
      want: null,
    },
    // An explainer's numbered questions, in an article about the troops, far from North Korea's name.
    {
      text: "North Korea's troops in Russia: five things to know\n1. How many were sent? About 11,000 in the autumn, Seoul says.\n2. How many died? Seoul puts deaths at [around 2,000].",
      want: { metric: 'killed', low: 2000 },
    },
  ],
};

export const PASSAGE_RULES: readonly RuleInfo[] = [
  LIST_RUN,
  THEY_CARRY,
  FIGURE_CARRIES,
  NOT_NAMED_NEARBY,
  PEOPLE_NOT_NORTH_KOREAN,
  NO_ANTECEDENT,
  ANSWERS_QUESTION,
  PASSAGE_ONLY,
  PART_OF_NORTH_KOREANS,
  BARE_SUBJECT,
  ARTICLE_TROOPS,
];

export const LIVE_RE = /\blive\b/i;

/** A timestamp at a line start ("10:45 ..."); the indent never crosses a line end, so runs of blank lines cost linear time. */
export const STAMP_RE = /^[^\S\r\n\u2028\u2029]*\d{1,2}[:.]\d{2}\b/gm;

/** An opening "According to X," (the source, not an owner). */
export const SOURCE_OPENING_RE = /^(?:According to|Citing) [^,]{1,120},/;

export const BARE_AUX_RE = /^\s+(?:had|have|has|were|are|was|is)\b/;

/** One of the three words after a figure is a troop noun ("2,600 soldiers", "2,600 special forces troops"). */
export function troopNounAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + 40);
  for (let p = end; p < stop; p++) if (text.charCodeAt(p) >= 128) return troopNounAfterLowered(text, end);
  // ASCII only: the words of the lower-cased window split on [^a-z-]+, read in place (the first is the figure's own tail).
  let p = end;
  while (p < stop && isWordAscii(text.charCodeAt(p))) p++;
  for (let i = 1; i <= 3 && p < stop; i++) {
    while (p < stop && !isWordAscii(text.charCodeAt(p))) p++;
    const from = p;
    let upper = false;
    while (p < stop && isWordAscii(text.charCodeAt(p))) {
      if (text.charCodeAt(p) <= 90 && text.charCodeAt(p) >= 65) upper = true;
      p++;
    }
    const word = text.slice(from, p);
    if (TROOP_NOUNS.has(upper ? word.toLowerCase() : word)) return true;
  }
  return false;
}

/** A letter or "-" (what the lower-cased window's words hold), in ASCII. */
const isWordAscii = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;

/** `troopNounAfter` on a window holding characters outside ASCII (lower-casing them may make ASCII letters). */
function troopNounAfterLowered(text: string, end: number): boolean {
  const words = text
    .slice(end, end + 40)
    .toLowerCase()
    .split(/[^a-z-]+/);
  for (let i = 1; i < words.length && i <= 3; i++) if (TROOP_NOUNS.has(words[i]!)) return true;
  return false;
}

/** Whether the article as a whole is about North Korea's troops: its opening names them, and it is not a live blog. */
export function articleTopic(text: string): boolean {
  const head = text.slice(0, 400);
  const firstLine = head.split('\n', 1)[0] ?? '';
  if (!NAMES_NORTH_KOREA.test(head) || LIVE_RE.test(firstLine)) return false;
  // Timestamped entries near the top make a live blog.
  const top = text.slice(0, 50_000);
  STAMP_RE.lastIndex = 0;
  let stamps = 0;
  while (STAMP_RE.exec(top) !== null) if (++stamps >= 3) return false;
  return true;
}

/** Whether the sentence right before this one names another country's troops (a live blog's other story). */
export function foreignJustBefore(ctx: Ctx, sent: Sentence): boolean {
  const prev = sentenceBefore(ctx.text, sent.start);
  if (!prev) return false;
  // The sentence before gave a figure about North Korean troops: the passage is theirs.
  const last = ctx.claims[ctx.claims.length - 1];
  if (last && last.start >= prev[0] && last.start < prev[1]) return false;
  return foreignInSentence(tokensOf(ctx, prev), Infinity, false);
}

/** Whether the sentence right before this one (same passage) names North Korea. */
export function nkJustBefore(ctx: Ctx, sent: Sentence): boolean {
  const prev = previousSentence(ctx, sent.start);
  if (!prev) return false;
  if (prev.nk) return true;
  // '... the North Koreans lost 1,000. "They are suffering losses. In total, more than 4,000 ..."': "they" carries them on.
  const carries =
    (on(ctx, THEY_CARRY) && opensWithThey(ctx.text, prev.start)) ||
    // "The figure, given to lawmakers, is up from ...": the figure of the sentence before it.
    (on(ctx, FIGURE_CARRIES) && FIGURE_OPENING_RE.test(ctx.text.slice(prev.start, prev.start + 24)));
  return carries && (previousSentence(ctx, prev.start)?.nk ?? false);
}

/** A sentence opening on a figure just given: "The figure", "That estimate", "This number". */
const FIGURE_OPENING_RE =
  /^["“]?(?:The|This|That|These|Those) (?:figure|figures|number|numbers|estimate|estimates|count|toll|tally|assessment)\b/;

/** The sentence at `start` opens with "they" or "their" (past a quote). */
function opensWithThey(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && i < start + 3 && /["“'‘\s]/.test(text[i]!)) i++;
  return THEY_RE.test(text.slice(i, i + 6));
}

const THEY_RE = /^(?:they|their)\b/i;

/**
 * Whether the sentence right before gave a claim of the same metric ("... had
 * raised its estimate of the dead to about 600. Two weeks ago, the agency told
 * lawmakers that roughly 2,000 had died."), or of a part of it (casualties
 * after a count of the dead or the wounded: "... 1,000 of them had died. The
 * NIS told lawmakers that 3,000 had been killed or wounded."): a bare figure goes on with it.
 */
export function claimJustBefore(ctx: Ctx, sent: Sentence, metric: Metric | null): boolean {
  if (metric === null) return false;
  const prev = sentenceBefore(ctx.text, sent.start);
  const last = ctx.claims[ctx.claims.length - 1];
  if (!prev || !last || last.start < prev[0] || last.start >= prev[1]) return false;
  return last.metric === metric || (metric === 'casualties' && (last.metric === 'killed' || last.metric === 'wounded'));
}

/**
 * Whether the sentence right before names North Korea and counts a loss of the
 * same kind as `metric` ("... denied that any North Korean soldiers died. Kyiv
 * says at least 2,500 have been killed"): a bare figure after it goes on with them.
 */
export function nkLossJustBefore(ctx: Ctx, sent: Sentence, metric: Metric | null): boolean {
  if (metric === null || metric === 'deployed' || !nkJustBefore(ctx, sent)) return false;
  const prev = sentenceBefore(ctx.text, sent.start);
  if (!prev) return false;
  return tokensOf(ctx, prev).some((t) => {
    const m = METRIC_WORDS[t.w];
    return m !== undefined && (m === metric || (metric === 'casualties' && m !== 'deployed'));
  });
}

/**
 * Whether one of the three sentences before `start`, or the one after `end`
 * (a headline's body), names North Korea: the passage is about its troops.
 */
export function nkAround(ctx: Ctx, start: number, end: number): boolean {
  const next = sentenceAfter(ctx.text, end);
  if (next && ctx.sentenceNk.names(next[0], next[1])) return true;
  let s = start;
  for (let n = 0; n < 3; n++) {
    const prev = previousSentence(ctx, s);
    if (!prev) return false;
    if (prev.nk) return true;
    s = prev.start;
  }
  return false;
}

/** The sentence before the one starting at `start`, with whether it names North Korea (cached per text). */
export function previousSentence(ctx: Ctx, start: number): { start: number; nk: boolean } | null {
  let hit = ctx.previous.get(start);
  if (hit === undefined) {
    const prev = sentenceBefore(ctx.text, start);
    hit = prev ? { start: prev[0], nk: ctx.sentenceNk.names(prev[0], prev[1]) } : null;
    ctx.previous.set(start, hit);
  }
  return hit;
}

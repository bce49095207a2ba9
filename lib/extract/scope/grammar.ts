// The scope stage's grammar: clause edges, heads, coordination and the
// readings of plans, events, spans and places, over a sentence's tokens.

import type { Metric } from '../../types';
import { COUNT_NOUNS, METRIC_WORDS, MONTHS, NP_MODIFIERS, SPEECH_VERBS } from '../lexicon';
import { OTHER_ONE } from '../lexicon/nationality-starts';
import { THEATRE_PLACES } from '../lexicon/troops';
import type { Token } from '../tokens';
import {
  ARRIVE_BASE,
  GROWTH_VERBS,
  HOLD_BASE,
  NEAR,
  BE,
  CAMPAIGN_NOUNS,
  CLAUSE_STOP,
  COORD,
  DEPLOY_BASE,
  DEPLOY_PARTICIPLE,
  EVENT_NOUNS,
  FEW_EVENTS,
  GROUP_NOUNS,
  INCREMENT_BEFORE,
  LOSS_VERBS,
  MODALS,
  ONE_EVENT,
  PLACE_NOUNS,
  PLAN_ADJECTIVES,
  PLAN_ADVERBS,
  PLAN_NOUNS,
  PREPARING,
  PLAN_OBJECT_VERBS,
  PLAN_TO,
  SHORT_SPANS,
  SPAN_FILLERS,
  SPAN_PREPS,
} from './words';

export const w = (T: readonly Token[], i: number) => T[i]?.w ?? '';
export const isFig = (T: readonly Token[], i: number) => (T[i]?.fig ?? -1) >= 0;

/** First index of the figure's clause to the left (commas end it, except an aside opened by "including"). */
export function leftEdge(T: readonly Token[], k: number, commas = true): number {
  let i = k - 1;
  for (; i >= 0; i--) {
    const x = T[i]!.w;
    if (CLAUSE_STOP.has(x)) break;
    if (x === ',' && commas) break;
  }
  return i + 1;
}

/** One past the last index of the figure's clause to the right (figures of a coordination go on; asides are skipped). */
export function rightEdge(T: readonly Token[], k: number): number {
  let i = k + 1;
  for (; i < T.length; i++) {
    const x = T[i]!.w;
    if (CLAUSE_STOP.has(x) && x !== 'that' && x !== 'who' && x !== 'which') break;
    if (x === ',') {
      // ", including a general," — an aside between the subject and its verb.
      let q = i + 1;
      const opener = w(T, q);
      if (opener === 'including' || opener === 'or' || opener === 'mostly' || opener === 'many' || opener === 'some') {
        while (q < T.length && q < i + 10 && T[q]!.w !== ',') q++;
        if (T[q]?.w === ',') {
          i = q;
          continue;
        }
      }
      break;
    }
  }
  return i;
}

/** The index of the head noun after the figure (past modifiers and nationality words), or -1. */
export function headAfter(T: readonly Token[], k: number): number {
  for (let i = k + 1; i < T.length && i < k + 6; i++) {
    const x = T[i]!.w;
    if (
      NP_MODIFIERS.has(x) ||
      x === 'north' ||
      x === 'korean' ||
      x === 'senior' ||
      x === 'junior' ||
      x === 'high-ranking' ||
      x === 'military'
    )
      continue;
    return /^[a-z]/.test(x) ? i : -1;
  }
  return -1;
}

/** The metric word that stands right at a figure: after it ("300 killed") or before it ("killed 300"). */
export function metricAt(T: readonly Token[], k: number): Metric | null {
  for (let i = k + 1; i < T.length && i < k + 7; i++) {
    const m = METRIC_WORDS[T[i]!.w];
    if (m) return m;
    if (isFig(T, i) || COORD.has(T[i]!.w) || T[i]!.w === ',') break;
  }
  let i = k - 1;
  while (
    i >= 0 &&
    (T[i]!.w === 'another' || T[i]!.w === 'an' || T[i]!.w === 'a' || BE.has(T[i]!.w) || T[i]!.w === 'have' || T[i]!.w === 'had')
  )
    i--;
  // "North Korea has lost about 1,100": a verb of loss before the figure counts casualties.
  return METRIC_WORDS[w(T, i)] ?? (LOSS_VERBS.has(w(T, i)) ? 'casualties' : null);
}

/**
 * What the figure at `k` counts by the words of its clause before it ("the
 * death toll at 600", "losses of 3,000"), up to eight tokens back, or null.
 */
export function metricNamedBefore(T: readonly Token[], k: number): Metric | null {
  for (let i = k - 1; i >= 0 && i > k - 9; i--) {
    const x = T[i]!.w;
    if (isFig(T, i) || CLAUSE_STOP.has(x) || x === ',') return null;
    const m = METRIC_WORDS[x];
    if (m !== undefined && m !== 'deployed') return m;
  }
  return null;
}

/**
 * How far back (in tokens) the figure of a coordination may stand: past its
 * noun and place ("about 1,100 soldiers in the fighting in Kursk") and a
 * speech clause set in between (", South Korea's spy agency said on Monday,").
 */
const COORDINATED_REACH = 20;

/**
 * An earlier figure this one is coordinated with ("300 killed and another
 * 2,700 wounded"), or -1; with `withClause`, also one it follows as ", with
 * another 4,100 injured" (a second metric's count, not a share of the first's verb).
 */
export function coordinatedBefore(T: readonly Token[], k: number, withClause = false): number {
  let i = k - 1;
  while (i >= 0 && (INCREMENT_BEFORE.has(T[i]!.w) || T[i]!.w === 'an' || T[i]!.w === 'a')) i--;
  // "killed 40 and wounded 35": a verb of its own after the conjunction.
  if (METRIC_WORDS[w(T, i)] !== undefined && COORD.has(w(T, i - 1))) i--;
  // "said 1,500 had died, and that 4,000 more had been wounded": the second of two things said.
  if (w(T, i) === 'that' && COORD.has(w(T, i - 1))) i--;
  const c = w(T, i);
  // "1,000 sappers, as well as 5,000 builders": i stands on the second "as".
  if (c === 'as' && w(T, i - 1) === 'well' && w(T, i - 2) === 'as') {
    i -= 2;
    if (w(T, i - 1) === ',') i--;
  }
  // "put the death toll at 600, with another 4,100 injured".
  else if (withClause && c === 'with' && w(T, i - 1) === ',') i--;
  else if (!COORD.has(c) && c !== ',') return -1;
  else if (w(T, i - 1) === ',') i--;
  for (let j = i - 1; j >= 0 && j > i - COORDINATED_REACH; j--) {
    if (isFig(T, j)) return j;
    if (CLAUSE_STOP.has(T[j]!.w) || T[j]!.w === 'that') return -1;
  }
  return -1;
}

/** The figure is a plan by its own verb (a plan verb governs it as object, or it is the subject of a future). */
export function planOwn(T: readonly Token[], k: number): boolean {
  return planObject(T, k) || planSubject(T, k) || planNoun(T, k);
}

/** "will send 6,000", "is preparing to dispatch an additional 50,000", "ordered 6,000 builders". */
export function planObject(T: readonly Token[], k: number): boolean {
  let i = k - 1;
  // Determiners and increment words between the verb and the figure.
  while (
    i >= 0 &&
    i > k - 4 &&
    (T[i]!.w === 'an' ||
      T[i]!.w === 'a' ||
      T[i]!.w === 'another' ||
      T[i]!.w === 'additional' ||
      T[i]!.w === 'further' ||
      T[i]!.w === 'some' ||
      T[i]!.w === 'up' ||
      T[i]!.w === 'the')
  )
    i--;
  // "is expected to send to Russia an additional 25,000": the destination between the verb and its object.
  if (i >= 2 && w(T, i - 1) === 'to' && T[i]!.startsUpper() && T[i]!.fig < 0) i -= 2;
  // "is expected to involve a total of 12,000".
  if (w(T, i) === 'of' && w(T, i - 1) === 'total' && w(T, i - 2) === 'a') i -= 3;
  const v = w(T, i);
  if (PLAN_OBJECT_VERBS.has(v)) return true;
  // "if Pyongyang sends 100,000": a deployment supposed, not made.
  if ((DEPLOY_BASE.has(v) || DEPLOY_THIRD_PERSON.has(v)) && supposedBefore(T, i)) return true;
  // "the deployment could grow by another 5,000": a growth to come.
  if (v === 'by' && GROWTH_VERBS.has(w(T, i - 1))) return planBefore(T, i - 1);
  // "the contingent will consist of 1,000 sappers": what a planned force is to be made of.
  if (v === 'of' && MAKE_UP.has(w(T, i - 1))) return planBefore(T, i - 1);
  // "is expected to reach 15,000"; not "could number as many as 11,000" (a guess at what is there).
  // ("will keep 5,000 troops in Kursk": a presence planned, as a sending is.)
  if (!DEPLOY_BASE.has(v) && !HOLD_BASE.has(v) && !(v === 'reach' && w(T, i - 1) === 'to')) return false;
  return planBefore(T, i);
}

/** A modal or a plan word with "to" right before the verb at `v`. */
export function planBefore(T: readonly Token[], v: number): boolean {
  let i = v - 1;
  while (i >= 0 && PLAN_ADVERBS.has(T[i]!.w)) i--;
  const x = w(T, i);
  if (MODALS.has(x)) return true;
  if (x === 'to') {
    let p = i - 1;
    while (p >= 0 && PLAN_ADVERBS.has(T[p]!.w)) p--;
    const y = w(T, p);
    // "is to send": a plan announced; "if Pyongyang were to send": one supposed.
    return PLAN_TO.has(y) || ((y === 'is' || y === 'are') && w(T, p - 1) !== 'what') || y === 'were';
  }
  // "to be sent", "will be deployed".
  if (x === 'be' && (MODALS.has(w(T, i - 1)) || w(T, i - 1) === 'to')) return w(T, i - 1) !== 'to' || PLAN_TO.has(w(T, i - 2));
  return false;
}

/** "12,000 troops will be sent", "10,000 soldiers expected to be deployed", "2,600 soldiers will go". */
export function planSubject(T: readonly Token[], k: number): boolean {
  const end = Math.min(T.length, k + 14);
  for (let i = k + 1; i < end; i++) {
    const x = T[i]!.w;
    // "5,000 builders who are expected to arrive": a relative clause right on the troops is theirs.
    if ((x === 'who' || x === 'which') && headAfter(T, k) === i - 1) continue;
    // "1,000 engineers and 5,000 builders would be sent": a second subject shares the verb.
    if (isFig(T, i) && (w(T, i - 1) === 'and' || w(T, i - 1) === 'or')) continue;
    // "6,000 more North Koreans, mostly builders and sappers, will arrive": an apposition on the troops goes on to their verb.
    if (x === ',' && headAfter(T, k) === i - 1) {
      const close = appositionClose(T, i);
      if (close > 0) {
        i = close;
        continue;
      }
    }
    if (x === ',' || CLAUSE_STOP.has(x) || isFig(T, i)) return false;
    if ((DEPLOY_PARTICIPLE.has(x) && w(T, i - 1) === 'be') || DEPLOY_BASE.has(x) || ARRIVE_BASE.has(x)) {
      if (planBefore(T, i)) return true;
      if (DEPLOY_PARTICIPLE.has(x)) return false;
    }
    // "12,000 soldiers are being mobilised for deployment": made ready, not yet sent.
    if (x === 'being' && BEING_READIED.has(w(T, i + 1)) && w(T, i + 2) === 'for' && FOR_DEPLOYMENT.has(w(T, i + 3))) return true;
    // "25,000 troops were en route to Kursk", "are on their way": not yet where they are going.
    if ((x === 'were' || x === 'was' || x === 'are' || x === 'is') && onTheWay(T, i + 1)) return true;
    // "30,000 troops were preparing to deploy", "are set to be sent": a plan of theirs.
    if ((x === 'were' || x === 'was' || x === 'are' || x === 'is') && PLAN_TO.has(w(T, i + 1)) && w(T, i + 2) === 'to') return true;
    // "10,000 were expected in Russia", "5,000 expected to follow": a deployment still to come.
    if (expectedToCome(T, x === 'expected' ? i : BE_PAST_OR_PRESENT.has(x) ? i + 1 : -1)) return true;
    // A finite verb of the figure's own ends the search ("have been sent").
    if (x === 'have' || x === 'has' || x === 'had' || x === 'were' || x === 'was') return false;
  }
  return false;
}

const BE_PAST_OR_PRESENT = new Set(['are', 'were', 'is', 'was']);

/** The longest apposition read past, in words ("mostly builders and military sappers"). */
const APPOSITION_MAX_WORDS = 6;

/** The comma that closes a short apposition of lower-case words opened by the comma at `open` (", mostly builders and sappers,"), or -1. */
function appositionClose(T: readonly Token[], open: number): number {
  for (let c = open + 1; c < T.length && c <= open + APPOSITION_MAX_WORDS + 1; c++) {
    const x = T[c]!.w;
    if (x === ',') return c > open + 1 ? c : -1;
    if (!/^[a-z]/.test(x) || !T[c]!.startsLower()) return -1;
  }
  return -1;
}

/** Verbs of coming after "expected to": "expected to follow", "expected to arrive". */
const COMING = new Set(['follow', 'arrive', 'join', 'come', 'deploy', 'reach']);

/**
 * "expected" at `i` is a deployment to come: "expected in Russia", "expected
 * to follow", "expected to be sent" (the predicate's metric and the plan's scope both ask).
 */
export function expectedToCome(T: readonly Token[], i: number): boolean {
  if (i < 0 || w(T, i) !== 'expected') return false;
  const next = w(T, i + 1);
  if (next === 'in' || next === 'inside') return T[i + 2]?.startsUpper() === true;
  if (next !== 'to') return false;
  const verb = w(T, i + 2);
  return COMING.has(verb) || (verb === 'be' && METRIC_WORDS[w(T, i + 3)] === 'deployed');
}

/** "the planned deployment of about 10,000", "a deployment plan of 6,000 troops", "a pledged 10,000". */
export function planNoun(T: readonly Token[], k: number): boolean {
  if (PLAN_ADJECTIVES.has(w(T, k - 1))) return true;
  if (w(T, k - 1) !== 'of') return false;
  const n = w(T, k - 2);
  if (PLAN_NOUNS.has(n)) return true;
  // "began sending the first of 5,000 builders": the rest are still to come.
  if (n === 'first' && w(T, k - 3) === 'the') return true;
  if (!(GROUP_NOUNS.has(n) || n === 'deployment' || n === 'dispatch')) return false;
  if (PLAN_ADJECTIVES.has(w(T, k - 3))) return true;
  // "is preparing an additional deployment of 6,000": a deployment in the making.
  let b = k - 3;
  while (b >= 0 && b > k - 7 && DEPLOYMENT_DETERMINERS.has(T[b]!.w)) b--;
  // ("is preparing for a third deployment of 6,000")
  if (w(T, b) === 'for') b--;
  return PREPARING.has(w(T, b));
}

/** Made ready to be sent ("are being mobilised for deployment"). */
const BEING_READIED = new Set(['mobilised', 'mobilized', 'prepared', 'readied', 'assembled', 'gathered']);
const FOR_DEPLOYMENT = new Set(['deployment', 'dispatch', 'deploying']);

/** "en route", "on their way", "on the way" at token `i` (still travelling). */
function onTheWay(T: readonly Token[], i: number): boolean {
  const x = w(T, i);
  if (x === 'en') return w(T, i + 1) === 'route';
  return x === 'on' && (w(T, i + 1) === 'their' || w(T, i + 1) === 'the') && w(T, i + 2) === 'way';
}

const MAKE_UP = new Set(['consist', 'comprise', 'include']);

/** "sends", "deploys": a deployment verb after "if" ("if Pyongyang sends 100,000"). */
const DEPLOY_THIRD_PERSON = new Set(['sends', 'deploys', 'dispatches']);

/** The clause of the verb at `v` opens on "if" or "unless" (its subject between: "if Pyongyang sends"). */
function supposedBefore(T: readonly Token[], v: number): boolean {
  for (let b = v - 1; b >= 0 && b >= v - 5; b--) {
    const x = T[b]!.w;
    if (x === 'if' || x === 'unless') return true;
    if (CLAUSE_STOP.has(x)) return false;
  }
  return false;
}
const DEPLOYMENT_DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'another',
  'additional',
  'further',
  'new',
  'fresh',
  'second',
  'third',
  'fourth',
  'fifth',
  'large',
  'larger',
]);

/** Quotes that may open a sentence before its opening phrase. */
const OPENING_QUOTES = new Set(['"', '“', '„', '«', "'", '‘']);

const SPAN_PREP_FIGURE_RE = /^(?:over|within|in) /i;

/** An event noun counted as one ("in an assault", "in this attack", "initial clashes") within [lo, hi). */
/**
 * The sentence's opening phrase ("In the past week, ...", "In a single assault, ..."), ending in the comma
 * before the figure's clause at `lo`, holds what `test` looks for; not the time or place of a statement
 * ("Over the weekend, Zelensky said Kyiv had captured two": a verb of speech before the figure).
 */
export function openingPhraseHolds(
  T: readonly Token[],
  lo: number,
  k: number,
  test: (T: readonly Token[], lo: number, hi: number) => boolean,
): boolean {
  // A quote may open the sentence: '"In January alone, our forces eliminated ...," he said'.
  const o = OPENING_QUOTES.has(w(T, 0)) ? 1 : 0;
  if (!(lo > 1 + o && w(T, lo - 1) === ',' && SPAN_PREPS.has(w(T, o)))) return false;
  for (let i = lo; i < k; i++) if (SPEECH_VERBS.has(T[i]!.w)) return false;
  return test(T, o, lo - 1);
}

export function oneEventIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    const x = T[i]!.w;
    if (!EVENT_NOUNS.has(x)) continue;
    // "a wave of 2,000" is a group, "the push" a campaign.
    if (x === 'wave' && w(T, i + 1) === 'of') continue;
    const plural = x.endsWith('s') && x !== 'shelling' && !x.endsWith('ss');
    for (let b = i - 1; b >= lo && b >= i - 4; b--) {
      // "one" and "a single" are figures to the scanner.
      const d = isFig(T, b) && /^(?:one|a single)$/i.test(T[b]!.raw) ? 'one' : T[b]!.w;
      if (plural ? FEW_EVENTS.has(d) || isFig(T, b) : ONE_EVENT.has(d) || FEW_EVENTS.has(d)) {
        // "the battle for Kursk", "this battle": the campaign, not one fight ("the battle for Sudzha", a town, is one).
        if (CAMPAIGN_NOUNS.has(x) && !(d === 'a' || d === 'an' || d === 'one' || d === 'single') && !forOnePlace(T, i)) break;
        return true;
      }
      if (!/^[a-z]/.test(d) || d === 'of' || d === 'in') break;
    }
  }
  return false;
}

/** The campaign noun at `i` is fought for a named place that is not the war's whole ("the battle for Sudzha", not "for Kursk"). */
function forOnePlace(T: readonly Token[], i: number): boolean {
  const p = w(T, i + 1);
  const place = T[i + 2];
  return (p === 'for' || p === 'of') && place !== undefined && namedLocality(place);
}

/** A short span: "within three days", "in the past week", "over the weekend", "in a single day". */
export function shortSpanIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    // "in January alone": one named month set apart from the whole.
    if (MONTHS[T[i]!.w] !== undefined && w(T, i + 1) === 'alone' && SPAN_PREPS.has(w(T, i - 1))) return true;
    // "in the past month alone", "in the past three months alone": months set apart from the whole.
    // "in the last three weeks", "within a few weeks": weeks that are counted ("in recent weeks", "in the weeks since" are not).
    if (T[i]!.w === 'weeks') {
      if (countedWeeks(T, lo, i)) return true;
      continue;
    }
    // "killed 35 overnight": one night's losses.
    if (T[i]!.w === 'overnight') return true;
    if (!SHORT_SPANS.has(T[i]!.w) && !((T[i]!.w === 'month' || T[i]!.w === 'months') && w(T, i + 1) === 'alone')) continue;
    // "last week alone", "this month alone": the span set apart with no preposition.
    if (w(T, i + 1) === 'alone' && JUST_GONE.has(w(T, i - 1))) return true;
    // Walk back over "the past", "just three", "a few" to a preposition.
    let b = i - 1;
    let counted = false;
    while (b >= lo && b > i - 7 && (SPAN_FILLERS.has(T[b]!.w) || isFig(T, b) || T[b]!.w === '24' || T[b]!.w === '48')) {
      if (
        isFig(T, b) ||
        T[b]!.w === 'few' ||
        T[b]!.w === 'couple' ||
        T[b]!.w === 'several' ||
        T[b]!.w === 'past' ||
        T[b]!.w === 'last' ||
        T[b]!.w === 'previous' ||
        T[b]!.w === 'single' ||
        T[b]!.w === 'one' ||
        T[b]!.w === 'the' ||
        // "in a week": one unit of the span.
        (T[b]!.w === 'a' && b === i - 1)
      )
        counted = true;
      b--;
    }
    if (counted && SPAN_PREPS.has(w(T, b))) return true;
    // "over three days": the scanner read "over three" as one figure, its "over" the preposition.
    if (isFig(T, i - 1) && SPAN_PREP_FIGURE_RE.test(T[i - 1]!.raw)) return true;
    // "weekend battles" is the event rule's.
  }
  return false;
}

/** Words naming the span just gone or under way ("last week", "this month"). */
const JUST_GONE = new Set(['last', 'past', 'this']);

/** "over the past month", "in the last month": the month just gone, after a preposition, within [lo, hi). */
export function pastMonthIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo + 2; i < hi; i++) {
    if (T[i]!.w !== 'month') continue;
    const recent = T[i - 1]!.w;
    if (recent !== 'past' && recent !== 'last' && recent !== 'previous') continue;
    let b = i - 2;
    if (T[b]!.w === 'the') b--;
    if (SPAN_PREPS.has(w(T, b))) return true;
  }
  return false;
}

/** A word for a reported count in [lo, hi) ("raised its count to", "put the toll at"). */
export function countNounIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (COUNT_NOUNS.has(T[i]!.w)) return true;
  return false;
}

/** "in the last three weeks", "over a couple of weeks": a count of weeks right before `i`, after a preposition. */
function countedWeeks(T: readonly Token[], lo: number, i: number): boolean {
  let b = i - 1;
  if (T[b]?.w === 'of') b--;
  const n = T[b]?.w ?? '';
  if (!(isFig(T, b) || n === 'few' || n === 'couple' || n === 'several')) return false;
  b--;
  while (b >= lo && b > i - 6 && SPAN_FILLERS.has(T[b]!.w)) b--;
  return SPAN_PREPS.has(w(T, b));
}

export function placeIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (PLACE_NOUNS.has(T[i]!.w) || (NEAR.has(T[i]!.w) && i + 1 < hi && namedLocality(T[i + 1]!))) return true;
  return false;
}

/** A token naming one locality: a capitalised name that is not the war's whole ("Kursk"), a country ("Russia's") or a month. */
function namedLocality(t: Token): boolean {
  if (!t.startsUpper()) return false;
  const name = t.w.replace(/'s$/, '');
  return !THEATRE_PLACES.has(name) && !OTHER_ONE.has(name) && MONTHS[name] === undefined;
}

/** The clause around the figure: [left edge, right edge) (the last one kept: several rules ask for it in turn). */
let lastClause: { T: readonly Token[]; k: number; edges: [number, number] } | null = null;
export function clause(T: readonly Token[], k: number): [number, number] {
  if (lastClause?.T !== T || lastClause.k !== k) lastClause = { T, k, edges: [leftEdge(T, k), rightEdge(T, k)] };
  return lastClause.edges;
}

/** A figure whose qualifier is a verb of reaching ("exceed 25,000", "top 20,000"). */
export const VERB_FIGURE_RE = /^(?:exceed|top|surpass|pass|reach)/i;

/** Verbs of sending in the present, after "if" ("If North Korea sends a second contingent"). */
export const SENDS = new Set(['sends', 'deploys', 'dispatches', 'rotates', 'commits']);

/**
 * The sentence opens with a supposition of a deployment, and the figure at `k`
 * stands after its comma: "If North Korea sends a second contingent, ...",
 * "Should Pyongyang rotate in more troops, ..." ("If Seoul is right, ..." supposes no deployment).
 */
export function suppositionOpens(T: readonly Token[], k: number): boolean {
  const o = OPENING_QUOTES.has(w(T, 0)) ? 1 : 0;
  const first = w(T, o);
  if (first !== 'if' && first !== 'should' && first !== 'unless') return false;
  for (let i = o + 1; i < k; i++) {
    const x = T[i]!.w;
    if (x === ',') return false;
    if (DEPLOY_BASE.has(x) || SENDS.has(x) || GROUP_NOUNS.has(x)) {
      for (let j = i + 1; j < k; j++) if (T[j]!.w === ',') return true;
      return false;
    }
  }
  return false;
}

// What a figure counts of the whole (CLAIMS.md, "Scopes"): `total` unless the
// words around it make it an addition (`increment`), one event, unit, place or
// short span (`episode`), something planned or possible (`plan`) or a subset
// of a force counted elsewhere (`part`). Named rules in one ordered list; the
// first that fires decides. Each rule carries its own table of cases
// (tests/unit/extract/rules.test.ts runs them, and each rule without itself, through ./scope-stage.ts).

import type { Metric, Scope } from '../types';
import { scanFigures } from './figures';
import { METRIC_WORDS, NP_MODIFIERS } from './lexicon';
import { tokenize, type Token } from './tokens';

/** One case of a rule's table: the sentence with its figure in [brackets], its metric, the scope wanted. */
export type ScopeCase = readonly [sentence: string, metric: Metric, scope: Scope];

export interface ScopeRule {
  id: string;
  scope: Scope;
  summary: string;
  fires(T: readonly Token[], k: number, metric: Metric): boolean;
  cases: readonly ScopeCase[];
}

// --- lexicons ---

/** Words that make a figure an addition to an earlier count. */
const INCREMENT_BEFORE = new Set(['another', 'additional', 'further', 'extra']);
const INCREMENT_AFTER = new Set(['more', 'additional', 'extra', 'further']);
/** Ordinals that make a wave a later one ("a second batch of 2,000"). */
const LATER_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'new', 'fresh', 'next', 'latest']);
/** Ordinals that make a group the first of several ("the first cadre of 2,600"). */
const FIRST_ORDINALS = new Set(['first', 'initial', 'advance', 'vanguard']);
/** Nouns for one wave or group of a deployment. */
const GROUP_NOUNS = new Set([
  'batch',
  'batches',
  'wave',
  'waves',
  'group',
  'groups',
  'cadre',
  'contingent',
  'echelon',
  'rotation',
  'round',
  'detachment',
  'deployment',
  'dispatch',
  'shipment',
  'tranche',
  'party',
]);
/** Units smaller than the force ("a battalion of 3,000"). */
const UNIT_NOUNS = new Set([
  'unit',
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  'regiment',
  'regiments',
  'company',
  'platoon',
  'squad',
  'division',
  'divisions',
]);
/** Ranks that are a subset of any force ("about 500 officers"). */
const RANK_NOUNS = new Set(['officers', 'generals', 'commanders', 'commanding']);

/** Base forms and participles of deploying, for plans ("will send", "expected to be deployed"). */
const DEPLOY_BASE = new Set([
  'send',
  'deploy',
  'dispatch',
  'bring',
  'transfer',
  'provide',
  'commit',
  'supply',
  'contribute',
  'mobilise',
  'mobilize',
  'move',
  'add',
  'rotate',
  'station',
  'field',
  'put',
]);
const DEPLOY_PARTICIPLE = new Set([
  'sent',
  'deployed',
  'dispatched',
  'transferred',
  'moved',
  'committed',
  'stationed',
  'brought',
  'mobilised',
  'mobilized',
  'added',
  'rotated',
  'fielded',
]);
/** Intransitive arrivals after a modal ("will go to Kursk", "would join"). */
const ARRIVE_BASE = new Set(['go', 'join', 'arrive', 'head', 'travel', 'come', 'reach', 'number', 'total', 'rise', 'grow']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', "'ll", 'should']);
/** Words before "to" that make what follows planned or possible. */
const PLAN_TO = new Set([
  'agreed',
  'agree',
  'agrees',
  'intends',
  'intend',
  'intended',
  'intending',
  'intention',
  'plans',
  'plan',
  'planned',
  'planning',
  'preparing',
  'prepare',
  'prepares',
  'prepared',
  'decided',
  'decides',
  'decide',
  'decision',
  'expected',
  'expects',
  'expect',
  'ready',
  'readiness',
  'pledged',
  'pledge',
  'pledges',
  'promised',
  'promise',
  'promises',
  'vowed',
  'vows',
  'set',
  'going',
  'about',
  'likely',
  'capability',
  'capacity',
  'able',
  'ability',
  'threatened',
  'threatens',
  'offered',
  'offers',
  'offer',
  'poised',
  'aims',
  'aim',
  'aiming',
  'seeks',
  'seeking',
  'willing',
  'due',
  'scheduled',
  'ordered',
  'orders',
  'order',
  'wants',
  'want',
  'considering',
  'considers',
  'proposed',
  'proposal',
  'requested',
  'request',
  'asked',
  'agreement',
  'deal',
  'commitment',
  'committed',
  'expecting',
  'possibly',
  'reportedly',
  'soon',
  'also',
]);
/** Adverbs between a modal or "to" and its verb. */
const PLAN_ADVERBS = new Set([
  'soon',
  'also',
  'eventually',
  'reportedly',
  'possibly',
  'likely',
  'probably',
  'now',
  'still',
  'yet',
  'potentially',
  'additionally',
  'then',
  'later',
  'even',
  'ultimately',
  'further',
  'not',
]);
/** Adjectives and nouns that make a deployment planned ("the planned deployment of 10,000"). */
const PLAN_ADJECTIVES = new Set([
  'planned',
  'proposed',
  'possible',
  'potential',
  'expected',
  'promised',
  'pledged',
  'future',
  'intended',
  'anticipated',
  'prospective',
  'ordered',
]);
const PLAN_NOUNS = new Set(['plan', 'plans', 'pledge', 'promise', 'offer', 'proposal', 'order', 'orders']);
/** "ordered 6,000 builders to Kursk", "pledged 10,000 troops": the figure is the object of a plan verb. */
const PLAN_OBJECT_VERBS = new Set([
  'ordered',
  'orders',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'offered',
  'offers',
  'proposed',
  'earmarked',
  'readied',
  'readying',
]);

/** Nouns for one fight ("in an assault", "in this attack"). */
const EVENT_NOUNS = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'assault',
  'assaults',
  'battle',
  'battles',
  'clash',
  'clashes',
  'ambush',
  'ambushes',
  'raid',
  'raids',
  'skirmish',
  'skirmishes',
  'engagement',
  'engagements',
  'operation',
  'mission',
  'bombardment',
  'shelling',
  'counterattack',
  'counter-attack',
  'firefight',
  'fight',
  'incident',
  'offensive',
  'push',
  'wave',
  'sortie',
  'explosion',
  'blast',
]);
/** Determiners that make an event one event ("a", "one", "this"). */
const ONE_EVENT = new Set(['a', 'an', 'one', 'single', 'this', 'that', 'the', 'same']);
/** Modifiers that make plural events a few ("initial clashes", "weekend battles"). */
const FEW_EVENTS = new Set([
  'initial',
  'first',
  'weekend',
  'recent',
  'latest',
  'these',
  'those',
  'separate',
  'two',
  'three',
  'several',
  'few',
  'overnight',
  'night',
  'single',
]);
/** "the battle", "the offensive": a campaign, not one event, unless counted ("a battle", "one offensive"). */
const CAMPAIGN_NOUNS = new Set(['battle', 'offensive', 'operation', 'push', 'fight']);
const SHORT_SPANS = new Set(['day', 'days', 'hours', 'hour', 'week', 'fortnight', 'weekend', 'night', 'nights']);
const SPAN_PREPS = new Set(['in', 'within', 'over', 'during', 'across', 'for', 'inside']);
const SPAN_FILLERS = new Set([
  'the',
  'span',
  'course',
  'space',
  'of',
  'just',
  'only',
  'a',
  'mere',
  'past',
  'last',
  'previous',
  'few',
  'couple',
  'several',
  'single',
  'one',
  'first',
  'alone',
]);
const PLACE_NOUNS = new Set(['village', 'villages', 'hamlet', 'settlement']);
/** Units smaller than a force that report their own kills ("a drone unit said it killed 25"). */
const AGENT_UNITS = new Set([
  'unit',
  'units',
  'brigade',
  'battalion',
  'regiment',
  'company',
  'platoon',
  'squad',
  'detachment',
  'sso',
  'operators',
  'pilots',
  'paratroopers',
  'marines',
  'airborne',
  'rangers',
  'crew',
  'crews',
  'snipers',
]);
const KILL_VERBS = new Set([
  'killed',
  'kill',
  'kills',
  'killing',
  'eliminated',
  'eliminate',
  'eliminating',
  'neutralised',
  'neutralized',
  'destroyed',
  'wounded',
  'injured',
  'liquidated',
  'took',
  'shot',
]);
/** Contingents whose losses are one unit's, smaller than the whole. */
const SPECIALISTS = new Set([
  'engineer',
  'engineers',
  'sappers',
  'sapper',
  'deminers',
  'demining',
  'builders',
  'mine-clearing',
  'mine-clearance',
  'clearance',
]);

/** Words that keep a part at the front ("still at the front", "near the front"). */
const STILL_AT = new Set(['still', 'near', 'remain', 'remains', 'remained']);

/** Where a clause ends, looking left or right of a figure. */
const CLAUSE_STOP = new Set([
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  '.',
  '?',
  '!',
  'while',
  'whereas',
  'but',
  'however',
  'although',
  'though',
  'after',
  'before',
  'when',
  'since',
  'because',
  'that',
  'which',
  'who',
  'where',
  'meanwhile',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remain', 'remains', 'remained']);
const COORD = new Set(['and', 'or', 'plus', '&']);
const CASUALTY_METRICS = new Set<Metric>(['killed', 'wounded', 'casualties', 'missing']);

// --- helpers ---

const w = (T: readonly Token[], i: number) => T[i]?.w ?? '';
const isFig = (T: readonly Token[], i: number) => (T[i]?.fig ?? -1) >= 0;

/** First index of the figure's clause to the left (commas end it, except an aside opened by "including"). */
function leftEdge(T: readonly Token[], k: number, commas = true): number {
  let i = k - 1;
  for (; i >= 0; i--) {
    const x = T[i]!.w;
    if (CLAUSE_STOP.has(x)) break;
    if (x === ',' && commas) break;
  }
  return i + 1;
}

/** One past the last index of the figure's clause to the right (figures of a coordination go on; asides are skipped). */
function rightEdge(T: readonly Token[], k: number): number {
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
function headAfter(T: readonly Token[], k: number): number {
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
function metricAt(T: readonly Token[], k: number): Metric | null {
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
  return METRIC_WORDS[w(T, i)] ?? null;
}

/** An earlier figure this one is coordinated with ("300 killed and another 2,700 wounded"), or -1. */
function coordinatedBefore(T: readonly Token[], k: number): number {
  let i = k - 1;
  while (i >= 0 && (INCREMENT_BEFORE.has(T[i]!.w) || T[i]!.w === 'an' || T[i]!.w === 'a')) i--;
  // "killed 40 and wounded 35": a verb of its own after the conjunction.
  if (METRIC_WORDS[w(T, i)] !== undefined && COORD.has(w(T, i - 1))) i--;
  const c = w(T, i);
  if (c === 'well' && w(T, i - 1) === 'as' && w(T, i + 1) === 'as') i -= 2;
  else if (!COORD.has(c) && c !== ',') return -1;
  else if (w(T, i - 1) === ',') i--;
  for (let j = i - 1; j >= 0 && j > i - 14; j--) {
    if (isFig(T, j)) return j;
    if (CLAUSE_STOP.has(T[j]!.w) || T[j]!.w === 'that') return -1;
  }
  return -1;
}

/** The figure is a plan by its own verb (a plan verb governs it as object, or it is the subject of a future). */
function planOwn(T: readonly Token[], k: number): boolean {
  return planObject(T, k) || planSubject(T, k) || planNoun(T, k);
}

/** "will send 6,000", "is preparing to dispatch an additional 50,000", "ordered 6,000 builders". */
function planObject(T: readonly Token[], k: number): boolean {
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
  const v = w(T, i);
  if (PLAN_OBJECT_VERBS.has(v)) return true;
  // "is expected to reach 15,000"; not "could number as many as 11,000" (a guess at what is there).
  if (!DEPLOY_BASE.has(v) && !(v === 'reach' && w(T, i - 1) === 'to')) return false;
  return planBefore(T, i);
}

/** A modal or a plan word with "to" right before the verb at `v`. */
function planBefore(T: readonly Token[], v: number): boolean {
  let i = v - 1;
  while (i >= 0 && PLAN_ADVERBS.has(T[i]!.w)) i--;
  const x = w(T, i);
  if (MODALS.has(x)) return true;
  if (x === 'to') {
    let p = i - 1;
    while (p >= 0 && PLAN_ADVERBS.has(T[p]!.w)) p--;
    const y = w(T, p);
    // "is to send": a plan announced.
    return PLAN_TO.has(y) || ((y === 'is' || y === 'are') && w(T, p - 1) !== 'what');
  }
  // "to be sent", "will be deployed".
  if (x === 'be' && (MODALS.has(w(T, i - 1)) || w(T, i - 1) === 'to')) return w(T, i - 1) !== 'to' || PLAN_TO.has(w(T, i - 2));
  return false;
}

/** "12,000 troops will be sent", "10,000 soldiers expected to be deployed", "2,600 soldiers will go". */
function planSubject(T: readonly Token[], k: number): boolean {
  const end = Math.min(T.length, k + 14);
  for (let i = k + 1; i < end; i++) {
    const x = T[i]!.w;
    if (x === ',' || CLAUSE_STOP.has(x) || isFig(T, i)) return false;
    if ((DEPLOY_PARTICIPLE.has(x) && w(T, i - 1) === 'be') || DEPLOY_BASE.has(x) || ARRIVE_BASE.has(x)) {
      if (planBefore(T, i)) return true;
      if (DEPLOY_PARTICIPLE.has(x)) return false;
    }
    // A finite verb of the figure's own ends the search ("have been sent").
    if (x === 'have' || x === 'has' || x === 'had' || x === 'were' || x === 'was') return false;
  }
  return false;
}

/** "the planned deployment of about 10,000", "a deployment plan of 6,000 troops", "a pledged 10,000". */
function planNoun(T: readonly Token[], k: number): boolean {
  if (PLAN_ADJECTIVES.has(w(T, k - 1))) return true;
  if (w(T, k - 1) !== 'of') return false;
  const n = w(T, k - 2);
  if (PLAN_NOUNS.has(n)) return true;
  return (GROUP_NOUNS.has(n) || n === 'deployment' || n === 'dispatch') && PLAN_ADJECTIVES.has(w(T, k - 3));
}

/** An event noun counted as one ("in an assault", "in this attack", "initial clashes") within [lo, hi). */
function oneEventIn(T: readonly Token[], lo: number, hi: number): boolean {
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
        // "the battle for Kursk", "this battle": the campaign, not one fight.
        if (CAMPAIGN_NOUNS.has(x) && !(d === 'a' || d === 'an' || d === 'one' || d === 'single')) break;
        return true;
      }
      if (!/^[a-z]/.test(d) || d === 'of' || d === 'in') break;
    }
  }
  return false;
}

/** A short span: "within three days", "in the past week", "over the weekend", "in a single day". */
function shortSpanIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) {
    if (!SHORT_SPANS.has(T[i]!.w)) continue;
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
        T[b]!.w === 'the'
      )
        counted = true;
      b--;
    }
    if (counted && SPAN_PREPS.has(w(T, b))) return true;
    // "weekend battles" is the event rule's.
  }
  return false;
}

function placeIn(T: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (PLACE_NOUNS.has(T[i]!.w)) return true;
  return false;
}

/** The clause around the figure: [left edge, right edge) (the last one kept: several rules ask for it in turn). */
let lastClause: { T: readonly Token[]; k: number; edges: [number, number] } | null = null;
function clause(T: readonly Token[], k: number): [number, number] {
  if (lastClause?.T !== T || lastClause.k !== k) lastClause = { T, k, edges: [leftEdge(T, k), rightEdge(T, k)] };
  return lastClause.edges;
}

// --- the rules, in the order they decide ---

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    id: 'part.of-them',
    scope: 'part',
    summary: 'a subset of troops already counted: "of them", "of those", "of whom", "among them", "including"',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (w(T, k + 1) === 'of' && (w(T, k + 2) === 'them' || w(T, k + 2) === 'those' || w(T, k + 2) === 'these' || w(T, k + 2) === 'whom'))
        return true;
      if (w(T, k - 1) === 'whom' && w(T, k - 2) === 'of') return true;
      const p = w(T, k - 1);
      if (p === 'including' || p === 'include' || p === 'includes' || p === 'included') return true;
      // "Among the troops sent are about 500 officers", "Of those, 5,000 ...".
      const first = T.findIndex((t) => /^[a-z]/.test(t.w));
      if (
        first >= 0 &&
        first < k &&
        (T[first]!.w === 'among' || (T[first]!.w === 'of' && ['them', 'those', 'these'].includes(w(T, first + 1))))
      )
        return true;
      const [, hi] = clause(T, k);
      for (let i = k + 1; i < hi; i++) if (T[i]!.w === 'among' && ['them', 'those', 'these'].includes(w(T, i + 1))) return true;
      return false;
    },
    cases: [
      ['About 11,000 troops were sent, and [5,000] of them are near the front.', 'deployed', 'part'],
      ['Of those, [as many as 5,000] are near the front line.', 'deployed', 'part'],
      ['Pyongyang sent 12,000 soldiers, [2,000] of whom are special forces.', 'deployed', 'part'],
      ['The force is thought to include [about 300] officers.', 'deployed', 'part'],
      ['Among the North Korean soldiers in Kursk are [some 400] snipers, the agency said.', 'deployed', 'part'],
      ['Of those, [about 600] died in the fighting.', 'killed', 'total'],
    ],
  },
  {
    id: 'part.rank',
    scope: 'part',
    summary: 'officers and generals are a subset of the force ("about 500 officers", "three generals")',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const h = headAfter(T, k);
      return h >= 0 && RANK_NOUNS.has(T[h]!.w);
    },
    cases: [
      ['North Korea has sent [about 400] officers to Russia, the agency said.', 'deployed', 'part'],
      ['General Kim, one of [four] North Korean generals sent to the front, was wounded.', 'deployed', 'part'],
      ['North Korea has sent [about 400] soldiers to Russia, the agency said.', 'deployed', 'total'],
    ],
  },
  {
    id: 'part.group',
    scope: 'part',
    summary: 'the first group or one unit of a force: "the first cadre of 2,600", "a battalion of 3,000", "consist of 3,000"',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      let i = k - 1;
      if (w(T, i) !== 'of') return false;
      i--;
      const n = w(T, i);
      // "should consist of", "made up of", "comprising": a unit's size, when the clause names a unit.
      if (n === 'consist' || n === 'consists' || n === 'consisting' || n === 'composed' || (n === 'up' && w(T, i - 1) === 'made')) {
        const lo = Math.max(leftEdge(T, k, false), k - 14);
        for (let b = i - 1; b >= lo; b--) if (UNIT_NOUNS.has(T[b]!.w)) return true;
        return false;
      }
      if (UNIT_NOUNS.has(n)) return true;
      // "the first cadre of 2,600" (an "initial contingent" or "first deployment" is the whole of its time).
      if (GROUP_NOUNS.has(n) && n !== 'contingent' && n !== 'deployment' && n !== 'dispatch') {
        for (let b = i - 1; b >= 0 && b > i - 4; b--) if (FIRST_ORDINALS.has(T[b]!.w)) return true;
      }
      return false;
    },
    cases: [
      ['The first cadre of [2,600] soldiers will go to the front, the ministry said.', 'deployed', 'part'],
      ['A North Korean brigade of [about 3,000] troops has reached Kursk.', 'deployed', 'part'],
      ['Each battalion would consist of [about 2,500] North Korean soldiers.', 'deployed', 'part'],
      ['A second batch of [2,000] North Korean soldiers arrived in Kursk.', 'deployed', 'increment'],
      ['A contingent of [11,000] North Korean troops is in Russia.', 'deployed', 'total'],
    ],
  },
  {
    id: 'part.since-when',
    scope: 'part',
    summary:
      'the first group of a force grown since: "since October, when about 1,500 troops arrived" (the count a span began with, not its whole)',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // "when" right before the figure, or before "some"/"the first".
      let b = k - 1;
      while (b >= 0 && b > k - 4 && w(T, b) !== 'when') b--;
      if (w(T, b) !== 'when' || w(T, b - 1) !== ',') return false;
      // "since" opens the time the when-clause follows, in the same clause.
      for (let i = b - 2; i >= 0 && i > b - 8; i--) {
        const x = w(T, i);
        if (x === 'since') return true;
        if (x === ',' || isFig(T, i) || CLAUSE_STOP.has(x)) return false;
      }
      return false;
    },
    cases: [
      ['Seoul has tracked them since October, when [about 1,500] North Korean troops arrived in Vladivostok.', 'deployed', 'part'],
      ['Seoul has tracked them after October, when [about 1,500] North Korean troops arrived in Vladivostok.', 'deployed', 'total'],
      ['Losses have mounted since December, when [300] North Korean soldiers were killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'part.out-of',
    scope: 'part',
    summary:
      'a figure set apart from a whole given before it: "out of the 6,000 planned, 1,000 have arrived", "of the 11,000 troops, 3,000 ..."',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // The whole after the figure: "4,000 of the 11,000 troops are at the front".
      let q = k + 1;
      if (w(T, q) === 'out') q++;
      if (w(T, q) === 'of') {
        q++;
        if (w(T, q) === 'the' || w(T, q) === 'its' || w(T, q) === 'their') q++;
        if (isFig(T, q)) return true;
      }
      // The whole before it, in an opening phrase ended by a comma.
      if (w(T, k - 1) !== ',' && !(w(T, k - 2) === ',' && /^[a-z]/.test(w(T, k - 1)))) return false;
      for (let b = k - 2; b >= 0 && b > k - 16; b--) {
        if (T[b]!.w === 'out' && w(T, b + 1) === 'of') return true;
        if (b === 0 && T[b]!.w === 'of') return true;
        if (CLAUSE_STOP.has(T[b]!.w) && T[b]!.w !== 'that') return false;
      }
      return false;
    },
    cases: [
      ['Out of the planned 6,000, [around 1,000] combat engineers have arrived in Russia.', 'deployed', 'part'],
      ['[About 4,000] of the 11,000 North Korean troops are now at the front.', 'deployed', 'part'],
      ['[About 4,000] of the 11,000 North Korean troops have been killed or wounded.', 'casualties', 'total'],
    ],
  },
  {
    id: 'part.front',
    scope: 'part',
    summary: 'the share in combat or still at the front: "7,000 still at the front", "8,000 ... to commence combat operations"',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const hi = rightEdge(T, k);
      for (let i = k + 1; i < hi; i++) {
        const x = T[i]!.w;
        if (x === 'front' || x === 'frontline' || x === 'front-line' || x === 'frontlines') {
          for (let b = Math.max(k + 1, i - 4); b < i; b++) if (STILL_AT.has(T[b]!.w)) return true;
        }
        if (
          (x === 'commence' || x === 'begin' || x === 'start' || x === 'enter' || x === 'engage') &&
          ['combat', 'fighting', 'battle', 'in'].includes(w(T, i + 1))
        )
          return true;
      }
      return false;
    },
    cases: [
      ['[About 7,000] North Korean soldiers are still at the front, the agency said.', 'deployed', 'part'],
      ['[About 8,000] North Korean soldiers stationed in Russia are expected to commence combat operations soon.', 'deployed', 'part'],
      ['[About 11,000] North Korean soldiers are fighting at the front.', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.verb',
    scope: 'plan',
    summary: 'a deployment planned, ordered, expected or possible: "agreed to send", "could send up to", "will be sent", "ordered 6,000"',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (planOwn(T, k)) return true;
      // "will send 1,000 engineers and 5,000 builders": the second shares the first's verb.
      const j = coordinatedBefore(T, k);
      if (j >= 0 && planOwn(T, j)) {
        // Unless it has a verb of its own ("and 1,000 had already arrived").
        const h = T.slice(k + 1, k + 6).findIndex(
          (t) => t.w === 'had' || t.w === 'have' || t.w === 'has' || t.w === 'were' || t.w === 'are',
        );
        return h < 0;
      }
      return false;
    },
    cases: [
      ['Pyongyang agreed to send [5,000] more troops, officials said.', 'deployed', 'plan'],
      ['North Korea intends to dispatch [up to 20,000] soldiers.', 'deployed', 'plan'],
      ['The North could send [up to 100,000] troops, analysts said.', 'deployed', 'plan'],
      ['Pyongyang will dispatch [6,000] military builders to Kursk.', 'deployed', 'plan'],
      ['North Korea is preparing to deploy [10,000] soldiers, Kyiv warned.', 'deployed', 'plan'],
      ['Kim will send 2,000 sappers and [4,000] construction troops, Moscow said.', 'deployed', 'plan'],
      ['[Ten thousand] North Korean soldiers will be sent to Russia, Seoul said.', 'deployed', 'plan'],
      ['[About 9,000] North Korean soldiers are expected to be deployed by March.', 'deployed', 'plan'],
      ['Kim Jong Un ordered [6,000] builders to Kursk.', 'deployed', 'plan'],
      ['The total is expected to reach [15,000], the agency said.', 'deployed', 'plan'],
      ['North Korean troops, which could number [as many as 11,000], are in Kursk.', 'deployed', 'total'],
      ['The planned deployment of [about 10,000] troops is expected by December.', 'deployed', 'plan'],
      ['North Korea has sent [about 11,000] troops to Russia.', 'deployed', 'total'],
      ['Pyongyang had decided to send 12,000 troops and had already sent [1,500] to Vladivostok.', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.could-be',
    scope: 'plan',
    summary: '"the number could be as high as 12,000" where the sentence speaks of a deployment still to come',
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const v = w(T, k - 1);
      if (!((v === 'be' || v === 'reach' || v === 'total' || v === 'exceed') && MODALS.has(w(T, k - 2)))) return false;
      for (let i = 0; i < T.length; i++) {
        if (i === k - 1) continue;
        if ((DEPLOY_PARTICIPLE.has(T[i]!.w) && w(T, i - 1) === 'be') || DEPLOY_BASE.has(T[i]!.w)) if (planBefore(T, i)) return true;
      }
      return false;
    },
    cases: [
      ['More troops will be dispatched soon, amid reports the number could be [as high as 15,000].', 'deployed', 'plan'],
      ['North Korean troops, whose number could be [as high as 11,000], are fighting in Kursk.', 'deployed', 'total'],
    ],
  },
  {
    id: 'increment.another',
    scope: 'increment',
    summary:
      'an addition to an earlier count: "another 2,000", "an additional 3,000", "a further 1,000", "2,000 more troops", "a second batch of" (not "300 killed and another 2,700 wounded": a second metric)',
    fires(T, k, metric) {
      const h = headAfter(T, k);
      if (
        INCREMENT_BEFORE.has(w(T, k - 1)) ||
        INCREMENT_AFTER.has(w(T, k + 1)) ||
        (h > k + 1 && T.slice(k + 1, h).some((t) => INCREMENT_AFTER.has(t.w)))
      ) {
        // "300 killed and another 2,700 wounded": a second metric, not an addition to the first count.
        const j = coordinatedBefore(T, k);
        const other = j >= 0 ? metricAt(T, j) : null;
        return !(other !== null && other !== metric && metricAt(T, k) !== other);
      }
      // "a second batch of 2,000", "a new wave of 3,000".
      if (w(T, k - 1) === 'of' && GROUP_NOUNS.has(w(T, k - 2))) {
        for (let b = k - 3; b >= 0 && b > k - 6; b--) if (LATER_ORDINALS.has(T[b]!.w)) return true;
      }
      // "2,000 reinforcements".
      return h >= 0 && T[h]!.w === 'reinforcements';
    },
    cases: [
      ['North Korea sent [another 2,000] troops to Kursk.', 'deployed', 'increment'],
      ['[An additional 3,000] North Korean soldiers have arrived.', 'deployed', 'increment'],
      ['[A further 1,000] were sent in January, the agency said.', 'deployed', 'increment'],
      ['Seoul said [about 200] additional casualties occurred over four days.', 'casualties', 'increment'],
      ['Pyongyang sent [3,000] more North Korean troops in January.', 'deployed', 'increment'],
      ['North Korea sent [2,000] reinforcements to Kursk.', 'deployed', 'increment'],
      ['North Korea sent [2,000] troops to Kursk.', 'deployed', 'total'],
      ['About 300 North Korean soldiers were killed and [another 2,700] wounded, the agency said.', 'wounded', 'total'],
      ['Kyiv said 1,000 North Koreans had died and [another 3,000] were injured.', 'wounded', 'total'],
      ['North Korea sent 11,000 troops in the autumn and [another 3,000] in January.', 'deployed', 'increment'],
      ['The unit killed 40 North Korean soldiers and wounded [35] more over two days.', 'wounded', 'episode'],
    ],
  },
  {
    id: 'episode.event',
    scope: 'episode',
    summary: 'losses in one fight: "killed in an assault", "in this attack", "during initial clashes", "in weekend battles"',
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      return oneEventIn(T, lo, hi);
    },
    cases: [
      ['[About 40] North Korean soldiers were killed or wounded in one assault on a village.', 'casualties', 'episode'],
      ['North Korean losses in this attack totalled [about 2,000].', 'casualties', 'episode'],
      ['[Up to 30] North Korean soldiers were killed during initial clashes with Ukrainian troops.', 'killed', 'episode'],
      ['[At least 20] North Korean soldiers were killed and wounded in weekend battles.', 'casualties', 'episode'],
      ['[Five] North Korean officers were killed in a missile strike near Kursk.', 'killed', 'episode'],
      ['[About 100] North Korean soldiers have died in the battle for Kursk, Seoul said.', 'killed', 'total'],
      ['[About 50] North Korean soldiers were killed in one assault, Kyiv said.', 'killed', 'episode'],
      ['[About 300] North Korean soldiers have been killed in battle, Seoul said.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.span',
    scope: 'episode',
    summary: 'losses over a short span: "in two days", "within just three days", "in the past week", "over the weekend"',
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      return shortSpanIn(T, lo, hi);
    },
    cases: [
      ['[60] North Korean soldiers were killed in two days, the unit said.', 'killed', 'episode'],
      ['[More than 500] North Korean troops were killed or wounded in the past fortnight.', 'casualties', 'episode'],
      ['Kyiv said 40 North Korean soldiers were killed and [35] wounded within just three days.', 'wounded', 'episode'],
      ['[About 1,000] North Korean troops were killed or wounded in the last week alone.', 'casualties', 'episode'],
      ['Seoul said last week that [about 300] North Korean soldiers had been killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.place',
    scope: 'episode',
    summary: 'losses at one village: "around the village of X", "near a village"',
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      return placeIn(T, lo, hi);
    },
    cases: [
      ['[At least four] North Korean troops went missing near the village of Plekhovo.', 'missing', 'episode'],
      ['[At least four] North Korean troops went missing in the Kursk region.', 'missing', 'total'],
    ],
  },
  {
    id: 'episode.unit-says',
    scope: 'episode',
    summary: 'a unit counting its own kills: "a drone unit said it killed 25", "special operations forces stated they had killed three"',
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric)) return false;
      let i = k - 1;
      while (
        i >= 0 &&
        (T[i]!.w === 'had' ||
          T[i]!.w === 'have' ||
          T[i]!.w === 'has' ||
          T[i]!.w === 'also' ||
          T[i]!.w === 'reportedly' ||
          T[i]!.w === 'already')
      )
        i--;
      // Skip a nearer verb: "killed or wounded", "eliminated".
      if (!KILL_VERBS.has(w(T, i))) return false;
      if (BE.has(w(T, i - 1)) || w(T, i - 1) === 'been') return false;
      // "special operations forces", "a drone unit", "the 95th brigade" before the verb.
      for (let b = i - 1; b >= 0; b--) {
        const x = T[b]!.w;
        if (AGENT_UNITS.has(x)) return true;
        if (
          x === 'forces' &&
          (w(T, b - 1) === 'operations' || w(T, b - 1) === 'special' || w(T, b - 1) === 'airborne' || w(T, b - 1) === 'assault')
        )
          return true;
      }
      return false;
    },
    cases: [
      ['A Ukrainian drone unit said it killed [25] North Korean soldiers.', 'killed', 'episode'],
      ["Ukraine's special operations forces said they had killed [three] North Korean soldiers.", 'killed', 'episode'],
      ['Zelensky said Ukraine had killed [about 3,000] North Korean soldiers.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.specialists',
    scope: 'episode',
    summary: 'losses of a contingent of engineers, sappers, deminers or builders: one unit, smaller than the whole',
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric)) return false;
      // Named before the figure, with no other figure between ("Kim will send 6,000 builders, and 300 ... were killed" is not theirs).
      for (let b = k - 1; b >= 0 && b > k - 40; b--) {
        if (isFig(T, b)) return false;
        // ... nor the head of another figure ("6,000 builders").
        if (SPECIALISTS.has(T[b]!.w)) return !isFig(T, b - 1) && !isFig(T, b - 2);
      }
      return false;
    },
    cases: [
      ['Kim honoured the deminers back from Kursk and [nine] of their comrades who were killed there.', 'killed', 'episode'],
      ['Kim honoured the troops back from Kursk and [nine] of their comrades who were killed there.', 'killed', 'total'],
      ['Kim will send 6,000 builders, and [300] North Korean soldiers have been killed, Seoul said.', 'killed', 'total'],
    ],
  },
];

/**
 * The scope of the figure at token `k` of a sentence's tokens, with its
 * metric. `disabled` switches rules off by id (for the rules' own tests).
 */
export function scopeAt(T: readonly Token[], k: number, metric: Metric, disabled?: ReadonlySet<string>): Scope {
  for (const r of SCOPE_RULES) {
    if (disabled?.has(r.id)) continue;
    if (r.fires(T, k, metric)) return r.scope;
  }
  return 'total';
}

/** Which rule decides a figure's scope, or null for the default (for `--explain`). */
export function scopeRuleAt(T: readonly Token[], k: number, metric: Metric): ScopeRule | null {
  return SCOPE_RULES.find((r) => r.fires(T, k, metric)) ?? null;
}

/**
 * The scope of a stored figure from its sentence alone: `start`/`end` are the
 * figure's offsets inside `sentence` (a stored claim keeps its sentence and
 * figure; the figure's offsets in the sentence are
 * `sentence.indexOf(figure)` where the article text is gone). `total` when
 * the figure cannot be found in the sentence.
 */
export function scopeInSentence(sentence: string, start: number, end: number, metric: Metric, disabled?: ReadonlySet<string>): Scope {
  try {
    const figs = scanFigures(sentence);
    const T = tokenize(sentence, 0, sentence.length, figs, 0);
    const k = T.findIndex((t) => t.fig >= 0 && t.start < end && t.end > start);
    return k < 0 ? 'total' : scopeAt(T, k, metric, disabled);
  } catch {
    return 'total';
  }
}

/** The scope of a stored figure given its words (`figure`) rather than offsets: the first place they stand in `sentence`. */
export function scopeOfStoredFigure(sentence: string, figure: string, metric: Metric): Scope {
  const at = sentence.indexOf(figure);
  return at < 0 ? 'total' : scopeInSentence(sentence, at, at + figure.length, metric);
}

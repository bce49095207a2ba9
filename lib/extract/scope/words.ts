// The scope stage's word lists: the words that make a figure an addition, a
// plan, one episode or a part of a force (./rules.ts reads them).

import type { Metric } from '../../types';

/** Words that make a figure an addition to an earlier count. */
export const INCREMENT_BEFORE = new Set(['another', 'additional', 'further', 'extra']);
export const INCREMENT_AFTER = new Set(['more', 'additional', 'extra', 'further']);
/** Ordinals that make a wave a later one ("a second batch of 2,000"). */
export const LATER_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'new', 'fresh', 'next', 'latest']);
/** Adjectives that make the troops a figure counts newly arrived ("3,000 fresh troops"). */
export const FRESH = new Set(['fresh', 'new']);
/** Ordinals that make a group the first of several ("the first cadre of 2,600"). */
export const FIRST_ORDINALS = new Set(['first', 'initial', 'advance', 'vanguard']);
/** Nouns for one wave or group of a deployment. */
export const GROUP_NOUNS = new Set([
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
export const UNIT_NOUNS = new Set([
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
export const RANK_NOUNS = new Set(['officers', 'generals', 'commanders', 'commanding']);

/** Base forms and participles of deploying, for plans ("will send", "expected to be deployed"). */
export const DEPLOY_BASE = new Set([
  'send',
  'deploy',
  'dispatch',
  'bring',
  'transfer',
  'provide',
  'commit',
  'supply',
  'contribute',
  'involve',
  'mobilise',
  'mobilize',
  'move',
  'add',
  'rotate',
  'station',
  'field',
  'put',
]);
export const DEPLOY_PARTICIPLE = new Set([
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
/** Verbs of troops moved in a wave (a window of months on them makes the count one wave: `increment.months-window`). */
export const WAVE_VERBS = new Set(
  [...DEPLOY_PARTICIPLE].filter((v) => v !== 'stationed').concat(['transported', 'arrived', 'airlifted', 'shipped']),
);
/** Words that open a window of months ("in January and February", "between late January and early February"). */
export const WINDOW_PREPS = new Set(['in', 'between', 'from', 'during', 'over']);
/** Words that place a day within a month ("late January", "mid-February"). */
export const WITHIN_MONTH = new Set(['early', 'late', 'mid', 'mid-', 'the', 'end', 'of', 'beginning', 'start']);
/**
 * The months of the first deployment (October and November 2024, as Seoul's
 * spy agency dated it): a window opening in them is the whole first force, not
 * a later wave ("sent 11,000 in October and November").
 */
export const FIRST_DEPLOYMENT_MONTHS: ReadonlySet<number> = new Set([10, 11]);
/** Verbs of keeping a force where it is: after a modal, a presence planned ("will keep 5,000 troops in Kursk"). */
export const HOLD_BASE = new Set(['keep', 'maintain', 'retain', 'leave']);
/** Verbs of a force growing "by" a number ("could grow by another 5,000"). */
export const GROWTH_VERBS = new Set(['grow', 'rise', 'increase', 'swell', 'expand']);
/** Intransitive arrivals after a modal ("will go to Kursk", "would join"). */
export const ARRIVE_BASE = new Set(['go', 'join', 'arrive', 'head', 'travel', 'come', 'reach', 'number', 'total', 'rise', 'grow']);
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'shall', "'ll", 'should']);
/** Words before "to" that make what follows planned or possible. */
export const PLAN_TO = new Set([
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
export const PLAN_ADVERBS = new Set([
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
export const PLAN_ADJECTIVES = new Set([
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
export const PLAN_NOUNS = new Set(['plan', 'plans', 'pledge', 'promise', 'offer', 'proposal', 'order', 'orders']);
/** Verbs of a deployment in the making ("preparing an additional deployment of 6,000"). */
export const PREPARING = new Set([
  'preparing',
  'prepares',
  'prepared',
  'planning',
  'plans',
  'considering',
  'considers',
  'weighing',
  'mulling',
  'discussing',
  'readying',
]);
/** "ordered 6,000 builders to Kursk", "pledged 10,000 troops": the figure is the object of a plan verb. */
export const PLAN_OBJECT_VERBS = new Set([
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
export const EVENT_NOUNS = new Set([
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
export const ONE_EVENT = new Set(['a', 'an', 'one', 'single', 'this', 'that', 'the', 'same']);
/** Modifiers that make plural events a few ("initial clashes", "weekend battles"). */
export const FEW_EVENTS = new Set([
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
export const CAMPAIGN_NOUNS = new Set(['battle', 'offensive', 'operation', 'push', 'fight']);
export const SHORT_SPANS = new Set(['day', 'days', 'hours', 'hour', 'week', 'fortnight', 'weekend', 'night', 'nights']);
export const SPAN_PREPS = new Set(['in', 'within', 'over', 'during', 'across', 'for', 'inside']);
export const SPAN_FILLERS = new Set([
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
/** Prepositions of a fight's place ("in fighting near Sudzha", "around Plekhovo"). */
export const NEAR = new Set(['near', 'around', 'outside']);
export const PLACE_NOUNS = new Set(['village', 'villages', 'hamlet', 'settlement']);
/** Verbs of a side's own losses ("the brigade lost 200 men"): as a verb before a figure they count casualties. */
export const LOSS_VERBS = new Set(['lost', 'loses', 'lose', 'losing', 'suffered', 'suffers', 'sustained']);
/** One unit of a force, smaller than it (a division or corps may be the whole deployment). */
export const ONE_UNIT = new Set(['unit', 'battalion', 'brigade', 'regiment', 'company', 'platoon', 'squad']);
/** Units smaller than a force that report their own kills ("a drone unit said it killed 25"). */
export const AGENT_UNITS = new Set([
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
export const KILL_VERBS = new Set([
  'killed',
  'kill',
  'kills',
  'killing',
  'eliminated',
  'eliminate',
  'eliminating',
  'liquidated',
  'liquidating',
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
export const SPECIALISTS = new Set([
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
export const STILL_AT = new Set(['still', 'near', 'remain', 'remains', 'remained']);

/** Where a clause ends, looking left or right of a figure. */
export const CLAUSE_STOP = new Set([
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
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'remain', 'remains', 'remained']);
export const COORD = new Set(['and', 'or', 'plus', '&']);
export const CASUALTY_METRICS = new Set<Metric>(['killed', 'wounded', 'casualties', 'missing']);

/** The words of several sets, as one list (a scope rule's trigger group). */
export const wordsOf = (...sets: readonly Iterable<string>[]): readonly string[] => sets.flatMap((s) => [...s]);

// Word lists the extractor reads figures with, one module per concept (North
// Korea's names, troops, casualty words, speech, civilians, sides), gathered
// here with the two lists of no concept's own (auxiliaries, months). Small
// literal sets only: nothing is computed at import.
import { wordTable } from '../../text/word-table';

export { METRIC_WORDS, OBJECT_VERBS } from './casualties';
export { CIVIL_CUES, CIVIL_WORKERS } from './civilians';
export { NAMES_NORTH_KOREA, NORTH_KOREA, NORTH_KOREA_WORDS } from './north-korea';
export { sideEntities } from './sides';
export { FIGURE_PLACING_VERBS, ROLE_GROUPS, SPEECH_VERBS } from './speech';
export { MAKE_UP_VERBS, MILITARY_UNITS, NP_FUNCTION_MODIFIERS, NP_MODIFIERS, PEOPLE_NOUNS, TROOP_NOUNS, WEAK_NOUNS } from './troops';

/** Words skipped between a figure's noun and its predicate ("have reportedly been"). */
/** Nouns for a reported count ("raised its count to", "put the toll at", "the figure of"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'figure',
  'number',
  'toll',
  'tally',
  'count',
  'total',
  'estimate',
  'figures',
  'numbers',
]);
/** Words that stand for a figure given before: a count noun, or "it" ("put it at", "it stood at"). */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set([...COUNT_NOUNS, 'it']);
/** Figure nouns that say nothing of what is counted ("the figure", "the number"; not "the toll", "the losses"): what they count is named elsewhere. */
export const NEUTRAL_FIGURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'number', 'estimate', 'total', 'count', 'tally']);

export const AUX_WORDS = new Set([
  'have',
  'has',
  'had',
  'been',
  'being',
  'be',
  'were',
  'was',
  'are',
  'is',
  'reportedly',
  'allegedly',
  'apparently',
  'currently',
  'already',
  'now',
  'also',
  'all',
  'believed',
  'thought',
  'said',
  'feared',
  'likely',
  'probably',
  'possibly',
  'presumed',
  'estimated',
  'to',
  'either',
  'since',
  'recently',
  'just',
  'so',
  'far',
  'reported',
  'confirmed',
  'each',
  'both',
  'in',
  'total',
  'altogether',
  'who',
  'that',
  'which',
  'had',
  'got',
  'get',
  'become',
  'became',
  'may',
  'might',
  'could',
  'would',
  'will',
  'then',
  'later',
  'subsequently',
  'soon',
  'while',
  'being',
  'as',
  'many',
  'others',
  'more',
  'of',
  'them',
  'whom',
  'were',
  'ultimately',
  'eventually',
  'having',
]);

/** Month names and their abbreviations (lower case) → month number. */
export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

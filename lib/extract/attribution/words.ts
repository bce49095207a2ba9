// The function words of the attribution stage: what may stand between a
// source and its verb, what bounds a source phrase, what names no one. The
// concept words it reads (speech verbs, estimate nouns, titles, documents)
// are in ../lexicon/speech.ts.

import { METRIC_WORDS, MONTHS } from '../lexicon';
import { ROLE_GROUPS } from '../lexicon/speech';

/**
 * Every name a lexicon record gives a value for (`record[name] !== undefined`),
 * with that value, as a Map: a token's word is mostly no name the engine has
 * met, and an object looks one up several times slower than a Map. A plain
 * object gives its inherited names a value too ("constructor"): they are
 * kept, so that a lookup here says what one on the record says.
 */
export function byName<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (let o: object | null = record; o !== null; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) {
      const v = record[name];
      if (v !== undefined && !map.has(name)) map.set(name, v);
    }
  }
  return map;
}

/** MONTHS, ROLE_GROUPS and METRIC_WORDS by name (`byName`). */
export const MONTH_OF = byName(MONTHS);
export const ROLE_GROUP_OF = byName(ROLE_GROUPS);
export const METRIC_OF = byName(METRIC_WORDS);

export const BEFORE_VERB_SKIP = new Set([
  'has',
  'have',
  'had',
  'previously',
  'also',
  'later',
  'then',
  'reportedly',
  'recently',
  'again',
  'earlier',
  'further',
  'initially',
  'separately',
  'subsequently',
  'publicly',
  'officially',
  'repeatedly',
  'already',
  'first',
  'once',
  'would',
  'will',
  'could',
  'did',
  'does',
  'do',
  'now',
  'today',
  'yesterday',
  'had',
  'formally',
  'has',
  'jointly',
  'independently',
  'himself',
  'herself',
]);
export const SUBJECT_STOP = new Set([
  'that',
  'which',
  'while',
  'whereas',
  'but',
  'when',
  'after',
  'before',
  'as',
  'because',
  'although',
  'though',
  'if',
  'since',
  'where',
  'so',
  'than',
  'what',
  'how',
  'this',
  'these',
  'including',
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'by',
  'from',
  'at',
]);
/** Possessive pronouns: "its estimate", "their tally" are the last speaker's. */
export const POSSESSIVE_PRONOUNS = ['its', 'their', 'his', 'her'] as const;

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'them', ...POSSESSIVE_PRONOUNS]);
/** "We estimate ...," an official said: the quote's speaker is named elsewhere. */
export const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);
export const PUNCT_STOP = new Set([
  ',',
  ';',
  ':',
  '"',
  '“',
  '”',
  '„',
  '‚',
  '«',
  '»',
  '‹',
  '›',
  '—',
  '–',
  '(',
  ')',
  '.',
  '?',
  '!',
  "'",
  '‘',
  '’',
  '*',
  '•',
  '·',
  '#fig',
]);
export const CAP_STOP = new Set([
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'The',
  'A',
  'An',
  'He',
  'She',
  'They',
  'It',
  'In',
  'On',
  'After',
  'Mr',
  'Ms',
  'Mrs',
  'Rep',
  'Dr',
  'But',
  'And',
  'Following',
  'According',
  'President',
  'Minister',
  'Secretary',
  'General',
  'Gen',
  'Lt',
  'Col',
  'Lawmaker',
  'Congressman',
  'Legislator',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Defence',
  'Defense',
  'Foreign',
  'Chief',
  'Director',
  'Ukrainian',
  'Russian',
  'Korean',
  'South',
  'North',
  'US',
  'Deputy',
  'Prime',
  'Sen',
  'Senator',
  'Adm',
  'Admiral',
  'Maj',
  'Major',
  'Captain',
  'Capt',
  'Sgt',
  'Colonel',
  'Lieutenant',
  'Commander',
  'Head',
  'Vice',
  'Ambassador',
  'Envoy',
]);

/** Participles that open an aside between a source and its verb ("an official, speaking on condition of anonymity, said"). */
export const APPOSED = new Set([
  'speaking',
  'citing',
  'quoting',
  'requesting',
  'declining',
  'asking',
  'referring',
  'briefing',
  'writing',
  'addressing',
  'quoted',
  'briefed',
  'cited',
]);

/** Words after "that" which make it a determiner, not a complementizer ("said that day"). */
export const THAT_TIME = new Set(['day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'time', 'afternoon']);
export const NATIONALITY_ONLY_RE =
  /\b(?:South[ -]Korea(?:n|ns|['’]s)?|S\.? ?Korea(?:n|['’]s)?|Ukrain(?:e|ian|ians|e['’]s)|Russia(?:n|ns|['’]s)?|U\.S\.?|US|American?s?|North[ -]Korea(?:n|ns|['’]s)?)\b/g;

/** Common nouns that name no one, even capitalised at a sentence start. */
export const GENERIC = new Set([
  'reports',
  'report',
  'estimates',
  'estimate',
  'sources',
  'source',
  'officials',
  'official',
  'analysts',
  'experts',
  'media',
  'data',
  'intelligence',
  'authorities',
  'observers',
  'documents',
  'footage',
  'video',
  'videos',
  'images',
  'photos',
  'witnesses',
  'residents',
  'military',
  'some',
  'many',
  'others',
  'critics',
  'diplomats',
  'figures',
  'statistics',
  'satellite',
  'this',
  'that',
  'these',
  'those',
  'there',
  'earlier',
  'later',
  'meanwhile',
  'separately',
  'also',
]);

/** Last words of a label that names a page's genre, whatever comes before ("Opinion:", "Ukraine war live:", "Kursk explainer:"). */
export const GENRE_TAILS = new Set([
  'opinion',
  'analysis',
  'explainer',
  'editorial',
  'commentary',
  'column',
  'viewpoint',
  'perspective',
  'insight',
  'exclusive',
  'live',
  'updates',
  'latest',
  'factbox',
  'timeline',
  'q&a',
  'takeaway',
  'takeaways',
  'caption',
  'summary',
  'recap',
  'backgrounder',
  'correction',
  'glance',
]);
/** Words of a label that is all genre ("Breaking news:", "In pictures:", "Fact check:"). */
export const GENRE_LABELS = new Set([
  ...GENRE_TAILS,
  'comment',
  'feature',
  'interview',
  'breaking',
  'update',
  'fact',
  'check',
  'watch',
  'video',
  'photos',
  'in',
  'pictures',
  'news',
  'review',
  'key',
  'bottom',
  'line',
  'photo',
]);

// Who a figure is attributed to: speech cues ("X said", "according to X",
// "citing X", "...: Seoul"), and an entity lexicon that maps the source to a side.

import type { Attribution, Side } from '../types';
import { METRIC_WORDS, MONTHS, ROLE_GROUPS, SPEECH_VERBS, TROOP_NOUNS, sideEntities } from './lexicon';
import { isWord, type Token } from './tokens';

/** A speech cue in a sentence: where it stands and the phrase naming its source. */
export interface Cue {
  /** Offset the cue is measured from (its verb or preposition). */
  at: number;
  /** Source phrase tokens, in order. */
  phrase: Token[];
  /** The side once resolved (undefined: not yet). */
  resolved?: Attribution | null;
  /** A headline label ("North Korea: ..."), used only when nothing better speaks. */
  weak?: boolean;
  /** "X said that ...", ", with X reporting ...": the cue speaks only for what follows it. */
  forward?: boolean;
}

const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const BEFORE_VERB_SKIP = new Set([
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
const SUBJECT_STOP = new Set([
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
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'them']);
/** "We estimate ...," an official said: the quote's speaker is named elsewhere. */
const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);
const PUNCT_STOP = new Set([
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
const CAP_STOP = new Set([
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
const APPOSED = new Set([
  'speaking',
  'citing',
  'requesting',
  'declining',
  'asking',
  'referring',
  'briefing',
  'writing',
  'addressing',
  'quoted',
]);

/** Titles that open an apposition without an article ("X, head of ...,"). */
const TITLES = new Set([
  'head',
  'chief',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commander',
  'deputy',
  'leader',
  'secretary',
  'minister',
  'adviser',
  'advisor',
  'analyst',
  'researcher',
  'member',
  'chairman',
  'chair',
]);

const ESTIMATE_NOUNS = new Set([
  'estimate',
  'estimates',
  'assessment',
  'tally',
  'count',
  'figure',
  'figures',
  'data',
  'analysis',
  'calculations',
  'intelligence',
  'words',
  'remarks',
  'statement',
  'statements',
  'comments',
]);
/** Participles after a comma that speak for the sentence's subject (", saying ...", ", recognizing ..."). */
const SUBJECT_PARTICIPLES = new Set([
  'saying',
  'adding',
  'noting',
  'claiming',
  'estimating',
  'acknowledging',
  'recognizing',
  'recognising',
  'confirming',
  'admitting',
  'revealing',
  'announcing',
  'stating',
  'warning',
]);
/** Words after "that" which make it a determiner, not a complementizer ("said that day"). */
const THAT_TIME = new Set(['day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'time', 'afternoon']);
/** Nouns of sources that are no officials (news agencies, newspapers, groups, researchers): their side is "other". */
const NON_OFFICIAL = new Set([
  'newspaper',
  'newspapers',
  'media',
  'outlet',
  'outlets',
  'broadcaster',
  'daily',
  'tabloid',
  'channel',
  'group',
  'groups',
  'organization',
  'organisation',
  'ngo',
  'activists',
  'institute',
  'researchers',
  'analysts',
  'experts',
  'monitors',
  'bloggers',
  'journalists',
  'reporters',
  'correspondents',
]);
const NATIONALITY_ONLY_RE =
  /\b(?:South[ -]Korea(?:n|ns|['’]s)?|S\.? ?Korea(?:n|['’]s)?|Ukrain(?:e|ian|ians|e['’]s)|Russia(?:n|ns|['’]s)?|U\.S\.?|US|American?s?|North[ -]Korea(?:n|ns|['’]s)?)\b/g;

/** Common nouns that name no one, even capitalised at a sentence start. */
const GENERIC = new Set([
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

/** Every word that can open a cue, built on first use. */
let triggers: Set<string> | undefined;

/** Speech cues in a sentence's tokens. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  const trigger = (triggers ??= new Set([
    ...SPEECH_VERBS,
    ...ESTIMATE_NOUNS,
    'according',
    'citing',
    'cited',
    'quoted',
    'briefed',
    'provided',
    'released',
    'posted',
    'shared',
    'published',
    'made',
    'carried',
    'reported',
    'confirmed',
    'estimated',
    'briefing',
    'per',
    ...SUBJECT_PARTICIPLES,
  ]));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = t.w;
    // Most words open no cue (punctuation always goes on).
    if (w.length > 1 && !trigger.has(w)) continue;
    // "..., per Seoul", "per the Pentagon": a source ("per day" is no one).
    if (w === 'per' && /^\p{Lu}/u.test(tokens[k + 1]?.w === 'the' ? (tokens[k + 2]?.raw ?? '') : (tokens[k + 1]?.raw ?? ''))) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 1) });
      continue;
    }
    if (w === 'according' && tokens[k + 1]?.w === 'to') {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    if (
      w === 'citing' ||
      ((w === 'cited' ||
        w === 'quoted' ||
        w === 'briefed' ||
        w === 'provided' ||
        w === 'released' ||
        w === 'posted' ||
        w === 'shared' ||
        w === 'published' ||
        w === 'made' ||
        w === 'carried' ||
        w === 'reported' ||
        w === 'confirmed' ||
        w === 'estimated') &&
        tokens[k + 1]?.w === 'by')
    ) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, w === 'citing' ? k + 1 : k + 2) });
      continue;
    }
    // "data disclosed last December by South Korean intelligence", "was stated by President X".
    if (w.endsWith('ed') && SPEECH_VERBS.has(w)) {
      let b = k + 1;
      while (b < tokens.length && b <= k + 4 && isWord(tokens[b]) && tokens[b]!.w !== 'by' && tokens[b]!.w !== 'that') b++;
      const next = tokens[b + 1];
      if (tokens[b]?.w === 'by' && next && MONTHS[next.w] === undefined && next.fig < 0) {
        cues.push({ at: t.start, phrase: phraseAfter(tokens, b + 1) });
        continue;
      }
    }
    // "estimates from the US, Ukraine and South Korea", "figures by Kyiv".
    if (
      ESTIMATE_NOUNS.has(w) &&
      (tokens[k + 1]?.w === 'from' || tokens[k + 1]?.w === 'by') &&
      /^\p{Lu}/u.test(tokens[k + 2]?.w === 'the' ? (tokens[k + 3]?.raw ?? '') : (tokens[k + 2]?.raw ?? ''))
    ) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    if (w === 'briefing' && (tokens[k + 1]?.w === 'from' || tokens[k + 1]?.w === 'by')) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    // (A fact box label, "Casualties:", "Troops sent:", names what is counted, not a source.)
    if (
      w === ':' &&
      k > 0 &&
      k <= 4 &&
      tokens.slice(0, k).every((x) => isWord(x) && x.fig < 0 && METRIC_WORDS[x.w] === undefined && !TROOP_NOUNS.has(x.w)) &&
      /^\p{Lu}/u.test(tokens[0]!.raw)
    ) {
      // Headline source at the start: "HUR: about a dozen ..." (or a mere topic label).
      cues.push({ at: t.start, phrase: tokens.slice(0, k), weak: true });
      continue;
    }
    if (SUBJECT_PARTICIPLES.has(w) && tokens[k - 1]?.w === ',') {
      // The sentence's subject: "Britain's Ministry of Defence offered ..., saying ...".
      const subj: Token[] = [];
      for (const x of tokens) {
        if (!isWord(x) || (subj.length > 0 && /^\p{Ll}/u.test(x.raw) && x.w !== 'of' && x.w !== 'the' && x.w !== 'and')) break;
        subj.push(x);
        if (subj.length >= 6) break;
      }
      if (subj.length > 0) cues.push({ at: t.start, phrase: subj });
      continue;
    }
    if (k > 2 && (w === '–' || w === '—' || (w === '-' && tokens[k - 1]!.end < t.start))) {
      // Headline source after a dash: "... in a week – Kirby".
      const rest = tokens.slice(k + 1).filter((x) => x.w !== '.');
      if (rest.length > 0 && rest.length <= 3 && rest.every((x) => isWord(x) && /^\p{Lu}/u.test(x.raw))) {
        cues.push({ at: t.start, phrase: rest });
      }
      continue;
    }
    if (w === ':' && k > 0) {
      // Headline source: "...: Seoul" at the end of the line.
      const rest = tokens.slice(k + 1).filter((x) => x.w !== '.');
      if (rest.length > 0 && rest.length <= 4 && rest.every((x) => isWord(x) && /^\p{Lu}/u.test(x.raw))) {
        cues.push({ at: t.start, phrase: rest });
      }
      continue;
    }
    // "Seoul's estimate of 3,000", "Kyiv's tally": the possessor is the source.
    if (ESTIMATE_NOUNS.has(w) && tokens[k - 1]?.w.endsWith("'s")) {
      const phrase: Token[] = [];
      for (let b = k - 1; b >= 0 && phrase.length < 4; b--) {
        const x = tokens[b]!;
        if (!isWord(x) || (phrase.length > 0 && !/^\p{Lu}/u.test(x.raw))) break;
        phrase.unshift(x);
      }
      if (phrase.length > 0) cues.push({ at: t.start, phrase });
      continue;
    }
    if (!SPEECH_VERBS.has(w) || t.fig >= 0) continue;
    // "state media", "state television": a noun.
    if (w === 'state' && /^(?:media|television|tv|news|broadcaster|outlets?|-run)$/.test(tokens[k + 1]?.w ?? '')) continue;
    const prev = tokens[k - 1];
    let pv = k - 1;
    while (pv >= 0 && (BEFORE_VERB_SKIP.has(tokens[pv]!.w) || tokens[pv]!.w === 'widely' || tokens[pv]!.w === 'not')) pv--;
    // "is said" is passive; "has been reporting" is not.
    if (pv >= 0 && PASSIVE.has(tokens[pv]!.w) && !w.endsWith('ing')) continue;
    const forward = (tokens[k + 1]?.w === 'that' && !THAT_TIME.has(tokens[k + 2]?.w ?? '')) || w.endsWith('ing');
    // Inverted: '..., said Zelenskyy', '..., Says South Korean Lawmaker'.
    if (
      !prev ||
      prev.w === ',' ||
      prev.w === '"' ||
      prev.w === '”' ||
      prev.w === '’' ||
      prev.w === '“' ||
      prev.w === '‘' ||
      prev.w === "'" ||
      prev.w === '»' ||
      prev.w === '«'
    ) {
      const after = phraseAfter(tokens, k + 1);
      // '..., said a spokesman for Ukraine's military intelligence'
      const determined = (after[0]?.w === 'a' || after[0]?.w === 'an' || after[0]?.w === 'the') && after.length >= 2;
      if (after.length > 0 && after.length <= 9 && (/^\p{Lu}/u.test(after[0]!.raw) || determined)) {
        cues.push({ at: t.start, phrase: after });
        continue;
      }
    }
    const subj = subjectBefore(tokens, k);
    // North Korean troops are what is counted, not a source.
    const counted = subj.some((x) => TROOP_NOUNS.has(x.w)) && subj.some((x) => x.w === 'north' || x.w === 'korean' || x.w === 'koreans');
    if (subj.length > 0 && !counted) cues.push(forward ? { at: t.start, phrase: subj, forward } : { at: t.start, phrase: subj });
  }
  return cues;
}

const OPEN_QUOTES = new Set(['"', '“', '„', '‚', '«', '»', '‘', "'"]);

function phraseAfter(tokens: readonly Token[], k: number): Token[] {
  const out: Token[] = [];
  // A quoted name: 'according to "Ukrainska Pravda"', 'the newspaper «Izvestia»'.
  let quoted = false;
  for (let i = k; i < tokens.length && out.length < 9; i++) {
    const t = tokens[i]!;
    if (!quoted && OPEN_QUOTES.has(t.w) && isWord(tokens[i + 1]) && /^\p{Lu}/u.test(tokens[i + 1]!.raw)) {
      quoted = true;
      continue;
    }
    if (PUNCT_STOP.has(t.w) && !(t.w === "'" && out.length > 0)) break;
    if (
      t.w === 'that' ||
      t.w === 'who' ||
      t.w === 'which' ||
      t.w === 'on' ||
      t.w === 'in' ||
      t.w === 'as' ||
      t.w === 'after' ||
      t.w === 'adding' ||
      t.w === 'citing'
    )
      break;
    out.push(t);
  }
  return out;
}

function subjectBefore(tokens: readonly Token[], k: number): Token[] {
  let i = k - 1;
  // "has been reporting": the auxiliaries of a progressive go with the verb.
  const progressive = tokens[k]!.w.endsWith('ing');
  while (i >= 0 && (BEFORE_VERB_SKIP.has(tokens[i]!.w) || (progressive && PASSIVE.has(tokens[i]!.w)))) i--;
  // "Pyongyang for the first time publicly disclosed": an adverbial between the subject and its verb.
  if (tokens[i]?.w === 'time' && tokens[i - 2]?.w === 'the' && tokens[i - 3]?.w === 'for') {
    i -= 4;
    while (i >= 0 && BEFORE_VERB_SKIP.has(tokens[i]!.w)) i--;
  }
  // "... and released": the subject is the earlier verb's; not read here.
  if (tokens[i]?.w === 'and') return [];
  // "Ukraine's HUR, which put the number at 1,500": the antecedent.
  if (tokens[i]?.w === 'which' || tokens[i]?.w === 'who') return antecedentOfWho(tokens, i + 1);
  const out: Token[] = [];
  let limit = 8;
  for (; i >= 0 && out.length < limit; i--) {
    const t = tokens[i]!;
    if (t.w === ')') {
      // Keep a parenthetical name: "Ukraine's military intelligence (HUR)".
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== '(' && i - o < 8) o--;
      if (tokens[o]?.w !== '(') break;
      for (let q = i - 1; q > o; q--) out.unshift(tokens[q]!);
      i = o;
      continue;
    }
    if (t.w === ',' && out.length === 0) {
      // "The Kremlin, which signed the treaty in June, says": skip the relative clause.
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== ',' && i - o < 25) o--;
      const rel = tokens[o + 1]?.w;
      // ... or an apposition: "Budanov, the head of HUR, said".
      if (
        o >= 0 &&
        tokens[o]!.w === ',' &&
        (rel === 'which' || rel === 'who' || rel === 'the' || rel === 'a' || rel === 'an' || APPOSED.has(rel ?? ''))
      ) {
        i = o;
        continue;
      }
      // A bare title in apposition names the side: "Andriy K., head of Ukraine's drone forces, said".
      if (o > 0 && TITLES.has(rel ?? '') && i - o <= 10) {
        for (let q = i - 1; q > o; q--) out.unshift(tokens[q]!);
        limit += out.length;
        i = o;
        continue;
      }
    }
    // A list of sources: "The United States, South Korea and Ukraine have accused" (the first named leads).
    if (t.w === ',' && out.some((x) => x.w === 'and') && /^\p{Lu}/u.test(tokens[i - 1]?.raw ?? '')) {
      out.unshift(t);
      continue;
    }
    if (PUNCT_STOP.has(t.w) && t.w !== "'" && t.w !== '’') break;
    // A spaced hyphen is a dash ("**Dec 2024** - Zelensky says").
    if (t.w === '-' && (tokens[i - 1]?.end ?? -1) < t.start) break;
    // A time before the source is no part of it ("In early January Seoul said").
    if (out.length > 0 && MONTHS[t.w] !== undefined && t.w !== 'may' && t.w !== 'march') break;
    if (SUBJECT_STOP.has(t.w)) {
      // Inside a proper name: "Institute for the Study of War".
      const left = tokens[i - 1]?.w === 'the' ? tokens[i - 2] : tokens[i - 1];
      const inName = (t.w === 'of' || t.w === 'for') && out[0] && /^\p{Lu}/u.test(out[0].raw) && left && /^\p{Lu}/u.test(left.raw);
      if (!inName) break;
    }
    out.unshift(t);
  }
  // Relative clause: "Zelensky, who announced ..." takes the antecedent.
  if (out[0]?.w === 'who') return antecedentOfWho(tokens, k);
  return out;
}

/** Relative-clause subject: the phrase before ", who". */
export function antecedentOfWho(tokens: readonly Token[], k: number): Token[] {
  let i = k - 1;
  while (i >= 0 && BEFORE_VERB_SKIP.has(tokens[i]!.w)) i--;
  if (tokens[i]?.w !== 'who' && tokens[i]?.w !== 'which') return [];
  i--;
  if (tokens[i]?.w === ',') i--;
  const out: Token[] = [];
  for (; i >= 0 && out.length < 8; i--) {
    const t = tokens[i]!;
    if (PUNCT_STOP.has(t.w) || SUBJECT_STOP.has(t.w)) break;
    out.unshift(t);
  }
  return out;
}

/** Earliest side entity in a string, or null. `skipKp` ignores North Korea (the troops' own side). */
export function sideIn(s: string, skipKp = false): { side: Side; index: number } | null {
  const found = sideInExact(s, skipKp);
  // An all-capitals headline ("...: SEOUL"): try its words title-cased.
  if (!found && !/\p{Ll}/u.test(s) && /\p{Lu}{4}/u.test(s)) {
    const titled = s.replace(/\p{Lu}{4,}|\p{Lu}+(?=['’]S\b)/gu, (w) => w[0] + w.slice(1).toLowerCase()).replace(/['’]S\b/g, "'s");
    return sideInExact(titled, skipKp);
  }
  return found;
}

function sideInExact(s: string, skipKp: boolean): { side: Side; index: number } | null {
  let best: { side: Side; index: number } | null = null;
  for (const [re, side] of sideEntities()) {
    if (skipKp && side === 'kp') continue;
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = { side, index: m.index };
  }
  return best;
}

/** Per-text memo: sides resolved for names; side-marked mentions of each role group. */
export class SideMemo {
  readonly names = new Map<string, Side | null>();
  readonly roles = new Map<string, ReadonlyArray<readonly [number, Side]>>();
  /** The agencies the text names, in text order (read once per text). */
  agencies?: ReadonlyArray<readonly [number, string]>;
  /** Whether the text matches each of the whole-text patterns asked about (read once per text). */
  readonly matches = new Map<RegExp, boolean>();
  /** Characters `nameSide` may still search through (set on first use; see NAME_SEARCH_PER_CHAR). */
  nameSearch?: number;
}

/** Whether `re` (not global) matches anywhere in the text, once per text. */
function textMatches(text: string, re: RegExp, memo: SideMemo): boolean {
  let hit = memo.matches.get(re);
  if (hit === undefined) memo.matches.set(re, (hit = re.test(text)));
  return hit;
}

/**
 * How far the names of a text are looked up elsewhere in it: this many times
 * its length in characters searched, in all (plus a floor for short texts).
 * An article names a few people; a page naming thousands gets the first
 * thousands looked up, the rest are "other", and the work stays linear.
 */
const NAME_SEARCH_PER_CHAR = 16;
const NAME_SEARCH_FLOOR = 1_000_000;

const SEOUL_OR_AGENCY_RE = /\bNIS\b|National Intelligence Service|South Korea|\bSeoul\b|spy agency/;
const SEOUL_RE = /\bNIS\b|National Intelligence Service|South Korea|\bSeoul\b/;
const AGENCY_RE =
  /\bNIS\b|National Intelligence Service|\bKCNA\b|Korean Central News Agency|\bHUR\b|\bGUR\b|\bSBU\b|\bCIA\b|\bDIA\b|Defense Intelligence Agency|\bTASS\b|\bYonhap\b/g;

/** Every word of a role group, as a global case-insensitive pattern (exported for the ReDoS check). */
export function rolePattern(group: string): RegExp {
  const words = Object.keys(ROLE_GROUPS).filter((w) => ROLE_GROUPS[w] === group);
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
}

/** Side of a role group ("lawmaker") from its first mention in the text that carries one. */
function roleSide(text: string, group: string, memo: SideMemo, at = Infinity): Side | null {
  let mentions = memo.roles.get(group);
  if (!mentions) {
    const found: Array<readonly [number, Side]> = [];
    const re = rolePattern(group);
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 200) {
      const window = text.slice(Math.max(0, m.index - 32), m.index + m[0].length);
      const clause = window.split(/[,;.:"“”()\n]/).pop() ?? '';
      const s = sideIn(clause.split(/\s+/).slice(-5).join(' '), true);
      if (s) found.push([m.index, s.side]);
    }
    mentions = found;
    memo.roles.set(group, mentions);
  }
  // The nearest mention before `at` ("Seoul's spy agency ... the agency said"), else the first.
  let best: Side | null = null;
  for (const [pos, side] of mentions) {
    if (pos <= at) best = side;
    else break;
  }
  best ??= mentions[0]?.[1] ?? null;
  if (best) return best;
  // "the agency": the nearest agency the text named before.
  if (group === 'agency' && at !== Infinity) {
    if (!memo.agencies) {
      const found: Array<readonly [number, string]> = [];
      AGENCY_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = AGENCY_RE.exec(text)) !== null) found.push([m.index, m[0]]);
      memo.agencies = found;
    }
    // The last one before `at` (binary search: one read of the text serves every cue).
    const list = memo.agencies;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] < at) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? list[lo - 1]![1] : null;
    const s = last ? sideIn(last) : null;
    if (s) return s.side;
  }
  // Lawmakers briefed on North Korean troops are South Korea's, when the text names its spy agency or Seoul.
  if (group === 'lawmaker' && textMatches(text, SEOUL_OR_AGENCY_RE, memo)) return 'kr';
  return null;
}

/**
 * The rest of a name, then an apposition: " Sun-won, a lawmaker on the
 * intelligence committee" (group 1: the apposition). The capitalised words
 * are read in one way only (each after a space starts with a capital), so a
 * run of capitals ("KIM JONG UN SAID") costs linear time, not exponential.
 */
export const APPOSITION_RE = /^(?:[\s-]*\p{Lu}[\p{L}-]*(?:\s[\s-]*\p{Lu}[\p{L}-]*)*)?\s*,\s*(?:a|an|the)\s+([^,.;]{1,80})/u;

/** Side of a person named `name` from the contexts where the text names them. */
function nameSide(text: string, name: string, memo: SideMemo): Side | null {
  const key = name;
  if (memo.names.has(key)) return memo.names.get(key) ?? null;
  memo.names.set(key, null);
  memo.nameSearch ??= NAME_SEARCH_PER_CHAR * text.length + NAME_SEARCH_FLOOR;
  let from = 0;
  let n = 0;
  while (n++ < 50 && memo.nameSearch > 0) {
    const i = text.indexOf(name, from);
    memo.nameSearch -= (i < 0 ? text.length : i) - from;
    if (i < 0) break;
    from = i + name.length;
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[from] ?? '')) continue;
    // The line around the name, at most 60 characters before and 160 after (no scan to the line's ends).
    const wideBefore = text.slice(Math.max(0, i - 60), i);
    const before = wideBefore.slice(wideBefore.lastIndexOf('\n') + 1);
    const wideAfter = text.slice(from, from + 160);
    const lineEnd = wideAfter.indexOf('\n');
    const after = lineEnd < 0 ? wideAfter : wideAfter.slice(0, lineEnd);
    const afterSentence = after.split(/(?<=[.!?])\s/)[0] ?? after;
    const clause = before.split(/[,;.:"“”]/).pop() ?? '';
    // "South Korean lawmaker Lee", "lawmaker Lee" (a role the article gives a side elsewhere).
    let s = sideIn(clause, true)?.side ?? null;
    const roleRe =
      /\b(lawmakers?|legislators?|congress(?:wo)?man|parliamentarian|mp|rep|agency|service|officials?|spokes(?:man|woman|person)|minister|president|diplomat|envoy)\b/i;
    const role = roleRe.exec(clause);
    if (!s && role) {
      const g = ROLE_GROUPS[role[1]!.toLowerCase()];
      s = g ? roleSide(text, g, memo) : null;
    }
    // Apposition: "Park Sun-won, a lawmaker on the intelligence committee".
    if (!s) {
      const ap = APPOSITION_RE.exec(after);
      if (ap) {
        s = sideIn(ap[1]!, true)?.side ?? null;
        const r = s ? null : roleRe.exec(ap[1]!);
        const g = r ? ROLE_GROUPS[r[1]!.toLowerCase()] : undefined;
        if (g) s = roleSide(text, g, memo);
      }
    }
    // "Lee ... told reporters after a South Korean intelligence briefing".
    if (!s) {
      const m = /\b(?:after|following|from|by|briefed by|citing)\s+(?:an?\s+|the\s+)?([^,;.]{0,60})/i.exec(afterSentence);
      if (m) s = sideIn(m[1]!.split(/\s+/).slice(0, 4).join(' '), true)?.side ?? null;
    }
    if (!s) {
      const role2 = roleRe.exec(before);
      const g = role2 ? ROLE_GROUPS[role2[1]!.toLowerCase()] : undefined;
      s = sideIn(before, true)?.side ?? (g ? roleSide(text, g, memo) : null);
    }
    if (s) {
      memo.names.set(key, s);
      return s;
    }
  }
  return null;
}

/**
 * The side of a source phrase: its own entity words, else its role noun or
 * its name as the article introduces them elsewhere, else "other" when it
 * names someone; null when it names no one. Pronouns are left to the caller.
 */
export function resolvePhrase(text: string, phrase: readonly Token[], memo: SideMemo): Attribution | null {
  const a = resolveOfficial(text, phrase, memo);
  // "A South Korean news agency", "the human rights group X": no officials, whatever their country.
  if (
    a &&
    a.side !== 'other' &&
    phrase.some((t) => NON_OFFICIAL.has(t.w) || (t.w === 'news' && /^agenc/.test(phrase[phrase.indexOf(t) + 1]?.w ?? ''))) &&
    !phrase.some((t) => t.w === 'state' || t.w === 'state-run')
  ) {
    // Unless an official or an outlet of a side is named ("Yonhap news agency").
    if (!sideIn(a.text.replace(NATIONALITY_ONLY_RE, ' '))) return { side: 'other', text: a.text };
  }
  return a;
}

function resolveOfficial(text: string, phrase: readonly Token[], memo: SideMemo): Attribution | null {
  if (phrase.length === 0) return null;
  const first = phrase[0]!;
  const last = phrase[phrase.length - 1]!;
  const raw = text.slice(first.start, last.end);
  const direct = sideIn(raw);
  if (direct) return { side: direct.side, text: raw };
  // South Korea's Democratic Party, in a text about Seoul's briefings.
  if (/\bDemocratic Party\b/.test(raw) && textMatches(text, SEOUL_RE, memo)) return { side: 'kr', text: raw };
  if (phrase.length === 1 && PRONOUNS.has(first.w)) return null;
  if (phrase.some((t) => FIRST_PERSON.has(t.w))) return null;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const t = phrase[i]!;
    const g = ROLE_GROUPS[t.w];
    if (g && !(t.w === 'intelligence' && phrase[i + 1])) {
      const s = roleSide(text, g, memo, first.start);
      if (s) return { side: s, text: raw };
    }
  }
  const names = phrase.filter((t) => /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(t.raw) && !CAP_STOP.has(t.raw) && !GENERIC.has(t.w));
  if (names.length > 0) {
    const s = nameSide(text, names[0]!.raw, memo);
    return { side: s ?? 'other', text: raw };
  }
  return null;
}

/** True for a lone third-person pronoun ("he said"), which the caller resolves to the last speaker. */
export function isPronounPhrase(phrase: readonly Token[]): boolean {
  return phrase.length === 1 && PRONOUNS.has(phrase[0]!.w);
}

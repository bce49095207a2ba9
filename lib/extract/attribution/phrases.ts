// Attribution stage: the source phrase a cue names, read after it ("according
// to X") or before it ("X said"), bounded to a few tokens.

import { TITLE_ABBREVIATIONS } from '../../text/sentence-end';
import { BE_AUX } from '../grammar';
import { isWord, type Token } from '../tokens';
import { SPEAKER_TITLES } from '../lexicon/speech';
import { APPOSED, BEFORE_VERB_SKIP, MONTH_OF, PUNCT_STOP, ROLE_GROUP_OF, SUBJECT_STOP } from './words';

const OPEN_QUOTES = new Set(['"', '“', '„', '‚', '«', '»', '‘', "'"]);

/** Personal pronouns that stand as a verb's whole subject ("it" is left to the walk: "the agency said it estimated"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

const CLOCK_RE = /^\d{1,2}[:.]\d{2}$/;
const HOURS_RE = /^\d{1,2}$/;
const MINUTES_RE = /^\d{2}$/;

/**
 * Tokens of a clock time at token i ("10:42", "09.20": a live blog's entry
 * opens with one), or 0: one token ("10.42" is read as one word) or three
 * ("10", ":", "42", written together).
 */
export function clockLength(T: readonly Token[], i: number): 1 | 3 | 0 {
  const a = T[i];
  // (Both forms open on a digit: most tokens are refused with no slice and no regex.)
  if (!a?.startsDigit()) return 0;
  const raw = a.raw;
  if (CLOCK_RE.test(raw)) return 1;
  const colon = T[i + 1];
  const b = T[i + 2];
  if (!colon || !b || (colon.w !== ':' && colon.w !== '.') || a.end !== colon.start || colon.end !== b.start) return 0;
  return HOURS_RE.test(raw) && MINUTES_RE.test(b.raw) ? 3 : 0;
}

/** Tokens a live blog's entry opens with before its text: a clock time and the dash after it ("13:40 — HUR: ..."). */
export function entryOpening(T: readonly Token[]): number {
  const n = clockLength(T, 0) || dateLength(T);
  const w = n > 0 ? T[n]?.w : undefined;
  return w === '—' || w === '–' || w === '-' ? n + 1 : n;
}

/** A timeline's date before its dash: "Dec 2024", "12 January", "April" (tokens, or 0). */
function dateLength(T: readonly Token[]): number {
  if (MONTH_OF.has(T[0]?.w ?? '')) return T[1]?.startsDigit() ? 2 : 1;
  return T[0]?.startsDigit() && MONTH_OF.has(T[1]?.w ?? '') ? 2 : 0;
}

/** Words that open a time or circumstance after a source phrase ("the NIS last month", "Kirby during a briefing"). */
const PHRASE_TIME_STOP = new Set([
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'during',
  'at',
  'when',
  'while',
  'since',
  'before',
]);

/** Verbs of speech that are never a noun in a subject: a subject read back stops at them. */
const CLAUSE_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'stated',
  'added',
  'noted',
  'wrote',
  'announced',
  'confirmed',
  'warned',
  'explained',
]);

/** "have said": the auxiliary of a clause verb. */
const HAVE = new Set(['have', 'has', 'had']);

/** Bits of SUBJECT_WORD_BITS: what the word lists `subjectBefore` stops at hold a word. */
const PUNCT_BIT = 1;
const MONTH_BIT = 2;
const CLAUSE_BIT = 4;
const SUBJECT_STOP_BIT = 8;

/**
 * Each word of the lists `subjectBefore` stops at, with the bits of those
 * that hold it: punctuation that ends a subject (PUNCT_STOP but an
 * apostrophe), a month (but "may", "march": verbs too), a verb of another
 * clause, a word that opens another clause (SUBJECT_STOP).
 */
const SUBJECT_WORD_BITS = new Map<string, number>();
const addBit = (w: string, bit: number) => SUBJECT_WORD_BITS.set(w, (SUBJECT_WORD_BITS.get(w) ?? 0) | bit);
for (const w of PUNCT_STOP) if (w !== "'" && w !== '’') addBit(w, PUNCT_BIT);
for (const w of MONTH_OF.keys()) if (w !== 'may' && w !== 'march') addBit(w, MONTH_BIT);
for (const w of CLAUSE_VERBS) addBit(w, CLAUSE_BIT);
for (const w of SUBJECT_STOP) addBit(w, SUBJECT_STOP_BIT);

/** Words a source phrase cut off at its length does not end on. */
const DANGLING = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to']);

export function phraseAfter(tokens: readonly Token[], k: number): Token[] {
  const out: Token[] = [];
  // A quoted name: 'according to "Ukrainska Pravda"', 'the newspaper «Izvestia»'.
  let quoted = false;
  // A long proper name runs on: "the Main Intelligence Directorate of the Ministry of Defense of Ukraine".
  let name = true;
  // Inside a list of names (`commaInNameList`).
  let inList = false;
  for (let i = k; i < tokens.length && (out.length < 9 || (name && out.length < MAX_NAME_TOKENS)); i++) {
    const t = tokens[i]!;
    name &&= t.startsUpper() || NAME_LINKS.has(t.w);
    if (!quoted && OPEN_QUOTES.has(t.w) && isWord(tokens[i + 1]) && tokens[i + 1]!.startsUpper()) {
      quoted = true;
      continue;
    }
    // A name's short form in parentheses goes with it: "the Main Intelligence Directorate (HUR)".
    if (t.w === '(' && out.length > 0) {
      const close = parenthesisedName(tokens, i);
      if (close < 0) break;
      for (; i <= close; i++) out.push(tokens[i]!);
      i--;
      continue;
    }
    // "according to South Korean, Ukrainian and Western sources": a list of names runs on past its commas,
    if (t.w === ',' && commaInNameList(tokens, i, out)) {
      inList = true;
      out.push(t);
      continue;
    }
    // and ends on its last name and the nouns they share ("... and South Korea suggest": not the verb).
    if (inList && !t.startsUpper() && t.w !== 'and' && t.w !== 'the' && !LIST_HEAD_NOUNS.has(t.w)) break;
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
      t.w === 'citing' ||
      t.w === 'quoting' ||
      // A time after the source is no part of it ("a report by the NIS last month").
      (out.length > 0 && PHRASE_TIME_STOP.has(t.w)) ||
      // Nor the verb of a clause it is the subject of ("lawmakers briefed by the spy agency told reporters").
      (out.length > 0 && (CLAUSE_VERBS.has(t.w) || (HAVE.has(t.w) && CLAUSE_VERBS.has(tokens[i + 1]?.w ?? ''))))
    )
      break;
    out.push(t);
  }
  // Cut off at its length, a name ends on no function word ("the Directorate (HUR) of the").
  while (out.length > 1 && DANGLING.has(out[out.length - 1]!.w)) out.pop();
  return out;
}

/**
 * Whether the comma at `i` stands inside a list of names that `out` opens:
 * `out` all names so far ("South Korean"), and after the comma only names and
 * commas up to an "and" and a last name ("Ukrainian and Western").
 */
function commaInNameList(tokens: readonly Token[], i: number, out: readonly Token[]): boolean {
  if (out.length === 0 || !out.every((t) => t.startsUpper() || t.w === 'the' || t.w === ',')) return false;
  for (let j = i + 1; j < tokens.length && j <= i + MAX_LIST_TOKENS; j++) {
    const t = tokens[j]!;
    // (", and" closes a list already begun: "the US, Ukraine, and South Korea".)
    if (t.w === 'and') return (j > i + 1 || out.some((o) => o.w === ',')) && (tokens[j + 1]?.startsUpper() ?? false);
    if (t.w !== ',' && !t.startsUpper()) return false;
  }
  return false;
}
/** The nouns a list of names may close on: "South Korean, Ukrainian and Western sources". */
const LIST_HEAD_NOUNS = new Set([
  'sources',
  'officials',
  'intelligence',
  'estimates',
  'assessments',
  'agencies',
  'services',
  'governments',
  'authorities',
  'militaries',
  'data',
  'reports',
  'military',
  'security',
]);
/** Tokens after a comma in which a list of names must reach its "and". */
const MAX_LIST_TOKENS = 8;

/** Tokens a source's proper name may run to ("the Main Intelligence Directorate of the Ministry of Defense of Ukraine"). */
const MAX_NAME_TOKENS = 14;
/** Lower-case words inside a proper name. */
const NAME_LINKS = new Set(['of', 'the', 'for', 'and']);

/** The index of the ")" closing a short parenthesised name opened at `open` ("(HUR)", "(South Korea's NIS)"), or -1. */
function parenthesisedName(tokens: readonly Token[], open: number): number {
  if (!tokens[open + 1]?.startsUpper()) return -1;
  for (let j = open + 1; j < tokens.length && j <= open + 5; j++) {
    const t = tokens[j]!;
    if (t.w === ')') return j > open + 1 ? j : -1;
    if (!isWord(t) && t.w !== "'s" && t.w !== '’s') return -1;
  }
  return -1;
}

/** Prepositions of a time between a subject and its verb ("Seoul had in October first reported"). */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'by', 'until']);

export function subjectBefore(tokens: readonly Token[], k: number): Token[] {
  let i = k - 1;
  // "has been reporting": the auxiliaries of a progressive go with the verb.
  const progressive = tokens[k]!.w.endsWith('ing');
  while (i >= 0 && (BEFORE_VERB_SKIP.has(tokens[i]!.w) || (progressive && BE_AUX.has(tokens[i]!.w)))) i--;
  // "Pyongyang for the first time publicly disclosed": an adverbial between the subject and its verb.
  if (tokens[i]?.w === 'time' && tokens[i - 2]?.w === 'the' && tokens[i - 3]?.w === 'for') {
    i -= 4;
    while (i >= 0 && BEFORE_VERB_SKIP.has(tokens[i]!.w)) i--;
  }
  // "... and released": the subject is the earlier verb's; not read here (the cues of the sentence speak for it).
  if (tokens[i]?.w === 'and') return [];
  // "The ministry declined to give a figure but said ...": a refusal turned, the sentence's own subject speaks.
  if (tokens[i]?.w === 'but') return leadingSubject(tokens, i);
  // "In a post last month he said": a pronoun is the whole subject; the words before it are not.
  if (tokens[i] && SUBJECT_PRONOUNS.has(tokens[i]!.w)) return [tokens[i]!];
  // "Ukraine's HUR, which put the number at 1,500": the antecedent.
  if (tokens[i]?.w === 'which' || tokens[i]?.w === 'who') return antecedentOfWho(tokens, i + 1);
  // The phrase read back, last token first (pushed, not unshifted: reversed once at the end).
  const out: Token[] = [];
  let limit = 8;
  for (; i >= 0 && out.length < limit; i--) {
    const t = tokens[i]!;
    if (t.w === ')') {
      // Keep a parenthetical name: "Ukraine's military intelligence (HUR)".
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== '(' && i - o < 8) o--;
      if (tokens[o]?.w !== '(') break;
      for (let q = i - 1; q > o; q--) out.push(tokens[q]!);
      i = o;
      continue;
    }
    if (t.w === ',' && out.length === 0) {
      // "The Kremlin, which signed the treaty in June, says": skip the relative clause.
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== ',' && i - o < 25) o--;
      const rel = tokens[o + 1]?.w;
      // "The agency, known as HUR, said": the name it is known by.
      if (o >= 0 && tokens[o]!.w === ',' && rel === 'known' && tokens[o + 2]?.w === 'as' && i - o <= 8) {
        return tokens.slice(o + 3, i);
      }
      // ... or an apposition: "Budanov, the head of HUR, said"; or an aside: "The NIS, in a report to parliament, said",
      // "Ukraine's military intelligence, as reported by Reuters, estimated", "The Pentagon, responding to questions, said".
      if (
        o >= 0 &&
        tokens[o]!.w === ',' &&
        (rel === 'which' ||
          rel === 'who' ||
          rel === 'the' ||
          rel === 'a' ||
          rel === 'an' ||
          APPOSED.has(rel ?? '') ||
          ASIDE_OPENERS.has(rel ?? '') ||
          (rel !== undefined && rel.length > 5 && rel.endsWith('ing') && tokens[o + 1]!.startsLower()) ||
          // "The statement, signed by Budanov, put ...": a participle's aside.
          (rel?.endsWith('ed') === true && tokens[o + 2]?.w === 'by'))
      ) {
        i = o;
        continue;
      }
      // A name in apposition after who they are: "The head of Ukraine's military intelligence, Kyrylo Budanov, said"
      // (its title's abbreviations too: "The Pentagon's spokesman, Maj. Gen. Pat Ryder, told").
      if (o > 0 && appositionName(tokens, o + 1, i)) return tokens.slice(o + 1, i);
      // A bare title in apposition names the side: "Andriy K., head of Ukraine's drone forces, said".
      if (o > 0 && SPEAKER_TITLES.has(rel ?? '') && i - o <= 10) {
        for (let q = i - 1; q > o; q--) out.push(tokens[q]!);
        limit += out.length;
        i = o;
        continue;
      }
    }
    // A list of sources: "The United States, South Korea and Ukraine have accused" (the first named leads).
    if (t.w === ',' && out.some((x) => x.w === 'and') && tokens[i - 1]?.startsUpper() === true) {
      out.push(t);
      continue;
    }
    // A dashed aside: "Seoul's spy agency - which has tracked the deployment - believes".
    if (out.length === 0 && isDash(tokens, i)) {
      let o = i - 1;
      while (o > 0 && !isDash(tokens, o) && i - o < 25) o--;
      if (o > 0 && isDash(tokens, o)) {
        i = o;
        continue;
      }
    }
    // (One lookup tells which of the word lists below hold the word.)
    const bits = SUBJECT_WORD_BITS.get(t.w) ?? 0;
    if ((bits & PUNCT_BIT) !== 0) break;
    // A live blog's clock time before the source is no part of it ("10:42 Ukraine's special forces say").
    if (clockLength(tokens, i) === 1 || (i >= 2 && clockLength(tokens, i - 2) === 3)) break;
    // A spaced hyphen is a dash ("**Dec 2024** - Zelensky says").
    if (t.w === '-' && (tokens[i - 1]?.end ?? -1) < t.start) break;
    // A time before the source is no part of it ("In early January Seoul said").
    if (out.length > 0 && (bits & MONTH_BIT) !== 0) break;
    // The verb of another clause is no part of the subject ("..., said American analysts put the toll at").
    if (out.length > 0 && (bits & CLAUSE_BIT) !== 0) break;
    // "A Ukrainian soldier interviewed by the BBC said": who was asked speaks, not who asked.
    if (t.w === 'by' && out.length > 0 && ASKED_PARTICIPLES.has(tokens[i - 1]?.w ?? '')) {
      out.length = 0;
      i--;
      continue;
    }
    if ((bits & SUBJECT_STOP_BIT) !== 0) {
      // Inside a proper name: "Institute for the Study of War".
      const left = tokens[i - 1]?.w === 'the' ? tokens[i - 2] : tokens[i - 1];
      // (Also "for the": "Institute for the Study of War"; "Kim of the Democratic Party" is a name and its party.)
      const right = out[out.length - 1]?.w === 'the' && t.w === 'for' ? out[out.length - 2] : out[out.length - 1];
      const inName = (t.w === 'of' || t.w === 'for') && right?.startsUpper() === true && left?.startsUpper() === true;
      // A title of: "His chief of staff said", "The head of Ukraine's military intelligence said".
      const titleOf = t.w === 'of' && out.length > 0 && SPEAKER_TITLES.has(tokens[i - 1]?.w ?? '');
      // A name and its party: "Lee Seong-kweun of the ruling party said".
      const partyOf = t.w === 'of' && left?.startsUpper() === true && out.length <= 4 && out.some((x) => AFFILIATIONS.has(x.w));
      // An envoy's posting: "Ukraine's ambassador to South Korea said" (the sender speaks, not the host).
      const postedTo = t.w === 'to' && out.length > 0 && ENVOYS.has(tokens[i - 1]?.w ?? '');
      if (!inName && !titleOf && !partyOf && !postedTo) break;
    }
    out.push(t);
  }
  // Relative clause: "Zelensky, who announced ..." takes the antecedent.
  if (out[out.length - 1]?.w === 'who') return antecedentOfWho(tokens, k);
  // "Seoul had in October first reported": a month read back is a time between the subject and its verb;
  // the subject is read back from its preposition.
  if (
    out.length === 1 &&
    i >= 1 &&
    TIME_PREPOSITIONS.has(tokens[i]?.w ?? '') &&
    ((SUBJECT_WORD_BITS.get(out[0]!.w) ?? 0) & MONTH_BIT) !== 0
  )
    return subjectBefore(tokens, i);
  return out.reverse();
}

/**
 * Whether tokens [from, to) are a name alone: one to four capitalised words,
 * and the full stops of abbreviated titles among them
 * ("Maj. Gen. Pat Ryder", "Col. Lee").
 */
function appositionName(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let j = from; j < to; j++) {
    const x = tokens[j]!;
    if (x.w === '.' && j > from && tokens[j - 1]!.end === x.start && isWord(tokens[j - 1]) && TITLE_ABBREVIATIONS.has(tokens[j - 1]!.w))
      continue;
    if (!isWord(x) || !x.startsUpper()) return false;
    words++;
  }
  return words >= 1 && words <= 4;
}

/** Participles of being asked or quoted: before "by", the one asked is the subject ("a soldier interviewed by the BBC"). */
const ASKED_PARTICIPLES = new Set([
  'interviewed',
  'quoted',
  'questioned',
  'contacted',
  'reached',
  'cited',
  'polled',
  'surveyed',
  'consulted',
  'asked',
]);

/** Titles posted to a country ("ambassador to South Korea"). */
const ENVOYS = new Set(['ambassador', 'envoy', 'representative', 'attache', 'attaché', 'delegate', 'delegation', 'mission', 'embassy']);

/** What a named person belongs to ("Lee Seong-kweun of the ruling party"). */
const AFFILIATIONS = new Set(['party', 'committee', 'bloc', 'caucus']);

/** Words that may open a sentence's adverbial before its subject ("On Monday, the ministry ..."). */
const OPENING_ADVERBIAL = new Set(['on', 'in', 'at', 'after', 'during', 'earlier', 'later', 'meanwhile', 'however', 'separately']);

/**
 * The sentence's subject when it names a speaker, read from its start (past an opening adverbial and its
 * comma) up to `end`: capitalised words, possessives and what they own, role nouns ("The ministry",
 * "South Korea's defence ministry", "Kyiv"); empty when the sentence opens otherwise.
 */
function leadingSubject(tokens: readonly Token[], end: number): Token[] {
  let s = 0;
  if (OPENING_ADVERBIAL.has(tokens[0]?.w ?? '')) {
    while (s < end && s < 10 && tokens[s]!.w !== ',') s++;
    if (tokens[s]?.w !== ',') return [];
    s++;
  }
  const out: Token[] = [];
  let named = false;
  let owned = 0;
  for (let i = s; i < end && out.length < 7; i++) {
    const t = tokens[i]!;
    if (!isWord(t) && !(t.w === "'s" || t.w === '’s')) break;
    const role = ROLE_GROUP_OF.has(t.w) || SPEAKER_TITLES.has(t.w);
    if (t.startsUpper() || role) named = true;
    else if (!(i === s && (t.w === 'the' || t.w === 'a' || t.w === 'an'))) {
      // Lower-case words go on only after a possessive ("South Korea's defence ministry").
      const possessed = owned > 0 || /['’]s$/.test(tokens[i - 1]?.w ?? '');
      if (!possessed || owned >= 2 || t.w.endsWith('ed')) break;
      owned++;
    }
    out.push(t);
  }
  return named ? out : [];
}

/** Words that open an aside between a source and its verb ("The NIS, in a report to parliament, said"). */
const ASIDE_OPENERS = new Set([
  'in',
  'at',
  'during',
  'after',
  'following',
  'on',
  'for',
  'as',
  'like',
  'with',
  'without',
  'through',
  'via',
  'when',
  // Discourse asides: "The NIS, by contrast, told", "Seoul, however, said", "Kyiv, meanwhile, says".
  'by',
  'however',
  'meanwhile',
  'too',
  'also',
  'though',
  'instead',
]);

/** A dash at token i: an en or em dash, or a hyphen with a space before it. */
function isDash(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.w === '–' || t.w === '—' || (t.w === '-' && (tokens[i - 1]?.end ?? -1) < t.start);
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

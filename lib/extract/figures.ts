// Finds written figures in a text in one regex pass and reads each one with the
// number grammar of ../text/numbers.ts: value, range, qualifier, offsets.

import type { Qualifier } from '../types';
import { NUMBER_WORDS, NumberAccumulator, isScaleWord, scaleDigits } from '../text/numbers';
import { isLetter, qualifierBefore } from './qualifier-before';

/** A figure as written, before anything is known about what it counts. */
export interface RawFigure {
  /** Offsets of the figure with its qualifier ("more than 10,000"). */
  start: number;
  end: number;
  /** Offsets of the number itself ("10,000"). */
  numStart: number;
  numEnd: number;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  /** The number's value (the upper one for a range). */
  value: number;
  /** The first word of the number, lower case, when it is written in words. */
  word: string | null;
  /** Written as plain digits with no separator or scale ("2017"). */
  plainDigits: boolean;
  /** True when the qualifier came from the figure it is coordinated with. */
  carried: boolean;
  /** A verb qualifier ("exceeded") stood before the figure. */
  verbQualifier: boolean;
}

let candidateRe: RegExp | undefined;

/**
 * One global regex: a digit, or a number word at a word start, or a
 * capitalised number word (which may be glued to a lower-case letter by page
 * clutter: "VideoTwo"; `scanFigures` keeps that one only after [a-z]). The
 * glued form has no alternative of its own ("[a-z]Two" would make the regex
 * try every lower-case letter): the capitalised words are rare positions.
 */
export function candidates(): RegExp {
  if (candidateRe) return candidateRe;
  const words = NUMBER_WORDS.filter((w) => w !== 'zero');
  // The same matches as `\d|\b(?:[Oo]ne|ONE|...)\b|(?:One|...)\b`, written to run faster on long texts (a third):
  // the words as tries ("T(?:en|h(?:ree|...))"), and the capitalised ones first, with no \b before
  // (at a word start they are what "[Oo]ne" matches of them, and inside a word the glued form).
  const lower = trieSource(words);
  const upper = trieSource(words.map((w) => w.toUpperCase()));
  const capitalised = trieSource(words.map((w) => w[0]!.toUpperCase() + w.slice(1)));
  candidateRe = new RegExp(`\\d|${capitalised}\\b|\\b(?:${lower}|${upper})\\b`, 'g');
  return candidateRe;
}

/** A regex source matching exactly one of `words` (letters only), as a trie of groups; "" for [""]. */
export function trieSource(words: readonly string[]): string {
  const ends = words.includes('');
  const byFirst = new Map<string, string[]>();
  for (const w of words) if (w !== '') byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  const alts = [...byFirst].map(([f, rests]) => f + trieSource(rests));
  if (alts.length === 0) return '';
  if (alts.length === 1 && !ends) return alts[0]!;
  return `(?:${alts.join('|')})${ends ? '?' : ''}`;
}

/** A regex word character (what \b looks at): [A-Za-z0-9_]. */
function isRegexWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The number words (but "zero") by the code of their first letter, lower case: what `candidates()` matches of words. */
const CANDIDATE_WORDS: (readonly string[] | undefined)[] = [];
for (const w of NUMBER_WORDS) if (w !== 'zero') CANDIDATE_WORDS[w.charCodeAt(0)] = [...(CANDIDATE_WORDS[w.charCodeAt(0)] ?? []), w];

/** text[i, j) (ASCII letters) is a number word of `candidates()`, written in lower case, upper case or capitalised. */
function isCandidateWord(text: string, i: number, j: number): boolean {
  const words = CANDIDATE_WORDS[text.charCodeAt(i) | 32];
  if (words === undefined) return false;
  // After the first letter, all lower case or (in an upper-case first letter's word) all upper case.
  const upper = text.charCodeAt(i + 1) < 97;
  if (upper && text.charCodeAt(i) >= 97) return false;
  const d = upper ? 32 : 0;
  for (const w of words) {
    if (w.length !== j - i) continue;
    let k = 1;
    while (k < w.length && text.charCodeAt(i + k) === w.charCodeAt(k) - d) k++;
    if (k === w.length) return true;
  }
  return false;
}

/**
 * Where the match of `candidates()` that ends at `end` starts (the search
 * having started at `from`). A digit matches alone. A number word is the end
 * of its run of letters (\b after it) and starts either the run (in lower
 * case, upper case or capitalised), or else, glued ("VideoTwo"), at the run's
 * last capital: the regex's leftmost match. (The run's start needs no test
 * for \b before it: without one, a match there is capitalised, and its first
 * letter is the run's last capital.)
 */
export function candidateStart(text: string, from: number, end: number): number {
  if (isDigitCode(text.charCodeAt(end - 1))) return end - 1;
  let i = end;
  let lastUpper = -1;
  while (i > from && isAsciiLetterCode(text.charCodeAt(i - 1))) {
    i--;
    if (lastUpper < 0 && text.charCodeAt(i) < 97) lastUpper = i;
  }
  if (isCandidateWord(text, i, end)) return i;
  return lastUpper;
}

const isDigitCh = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** [\d,.:/-]: what a rejected digit run goes on with ("2024-11-03", "10:30"). */
const isRunCode = (c: number) => isDigitCode(c) || c === 44 || c === 46 || c === 58 || c === 47 || c === 45;

// Thousands grouped by commas, or by spaces as in translated copy ("3 000").
const DIGITS_STICKY = /(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d|\d)|\d+)(?:\.\d+)?/y;
const WORD_STICKY = /[A-Za-z]+/y;

/**
 * Where what DIGITS_STICKY matches at `p` (a digit) ends, or -1. Most figures
 * are one run of digits with no separator and a digit after it ("300 North",
 * "2024."): the run itself, read without the regex; the others go to it.
 */
function digitsEnd(text: string, p: number): number {
  let q = p + 1;
  while (isDigitCode(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  if (!((c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) && isDigitCode(text.charCodeAt(q + 1)))) return q;
  DIGITS_STICKY.lastIndex = p;
  return DIGITS_STICKY.test(text) ? DIGITS_STICKY.lastIndex : -1;
}

/** The value of the plain digits text[p, q), as Number reads them. */
function plainDigitsValue(text: string, p: number, q: number): number {
  // Up to 15 digits a double holds exactly: read in place, no slice.
  if (q - p > 15) return Number(text.slice(p, q));
  let value = 0;
  for (let i = p; i < q; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** One number as read (`readNumber`). */
interface NumberRead {
  start: number;
  end: number;
  value: number;
  /** Scale written after the digits or implied by ",000" (for "10-12,000"). */
  scale: number;
  word: string | null;
  plainDigits: boolean;
  hasScaleWord: boolean;
}

const newRead = (): NumberRead => ({ start: 0, end: 0, value: 0, scale: 1, word: null, plainDigits: false, hasScaleWord: false });
/**
 * What scanFigures reads a figure's number and the second number of a range
 * into: `readNumber` fills one of these, so that reading a candidate (most
 * are no figure) makes no object.
 */
const FIRST_READ = newRead();
const SECOND_READ = newRead();
/** The accumulator every number is read with, reset each time; and one to probe the word after "and". */
const ACC = new NumberAccumulator();
const PROBE = new NumberAccumulator();

/** `into`, filled with what it holds, as readNumber's result. */
function reading(
  into: NumberRead,
  start: number,
  end: number,
  value: number,
  scale: number,
  word: string | null,
  plainDigits: boolean,
  hasScaleWord: boolean,
): NumberRead {
  into.start = start;
  into.end = end;
  into.value = value;
  into.scale = scale;
  into.word = word;
  into.plainDigits = plainDigits;
  into.hasScaleWord = hasScaleWord;
  return into;
}

/** Reads one number starting exactly at `p` into `into` (FIRST_READ or SECOND_READ) and returns it, or null. */
function readNumber(text: string, p: number, into: NumberRead, joined = false): NumberRead | null {
  const acc = ACC.reset();
  let end = p;
  let word: string | null = null;
  let plainDigits = false;
  let scale = 1;
  let hasScaleWord = false;
  // The digits without their spaces, when they had separators; else null (`digitsEndAt` > p: plain digits, sliced only when asked for).
  let digitsText: string | null = null;
  let digitsEndAt = -1;
  let dotted = false;
  if (isDigitCh(text[p])) {
    const prev = text[p - 1];
    if (isLetter(prev) || isDigitCh(prev)) return null;
    if (!joined && (prev === '-' || prev === '/' || prev === ':' || prev === '.') && (isLetter(text[p - 2]) || isDigitCh(text[p - 2])))
      return null;
    end = digitsEnd(text, p);
    if (end < 0) return null;
    const after = text[end];
    if (after === 'k' || after === 'K') {
      if (isLetter(text[end + 1]) || isDigitCh(text[end + 1])) return null;
      acc.pushDigits(scaleDigits(text.slice(p, end).replace(/[ \u00a0\u202f\u2009]/g, ''), 1000));
      return reading(into, p, end + 1, acc.value, 1000, null, false, true);
    }
    // Ordinals, units and codes: "105th", "300km", "5G", "10:30", "1/13", "50%" ("5,000: NIS" ends a headline on its source).
    if (isLetter(after) || after === '%' || (after === ':' && isDigitCh(text[end + 1])) || after === '/' || after === '\u00b0') return null;
    // "1,5 thousand" in translated copy: a decimal comma before a scale word.
    // (Most commas after a figure end a clause: the pattern runs only when a digit follows.)
    const comma =
      after === ',' && isDigitCode(text.charCodeAt(end + 1))
        ? /^,(\d{1,2})[ \u00a0](thousand|million)\b/i.exec(text.slice(end, end + 14))
        : null;
    if (comma && /^\d{1,3}$/.test(text.slice(p, end))) {
      const scaleWord = comma[2]!.toLowerCase();
      const value = scaleDigits(`${text.slice(p, end)}.${comma[1]}`, scaleWord === 'thousand' ? 1e3 : 1e6);
      return reading(into, p, end + comma[0].length, value, scaleWord === 'thousand' ? 1e3 : 1e6, null, false, true);
    }
    if ((after === '.' || after === ',') && isDigitCh(text[end + 1])) return null;
    // Which separators the digits hold (most figures: none).
    let spaced = false;
    let hasComma = false;
    let dot = false;
    for (let i = p; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 44) hasComma = true;
      else if (c === 46) dot = true;
      else if (c > 57 || c < 48) spaced = true;
    }
    if (spaced || hasComma || dot) {
      digitsText = spaced ? text.slice(p, end).replace(/[ \u00a0\u202f\u2009]/g, '') : text.slice(p, end);
      acc.pushDigits(hasComma || dot ? scaleDigits(digitsText) : Number(digitsText));
    } else {
      // (Plain digits, most figures: their value is Number's reading, as scaleDigits would give it.)
      acc.pushDigits(plainDigitsValue(text, p, end));
      digitsEndAt = end;
    }
    dotted = dot && /^\d{1,3}(?:\.\d{3})+$/.test(digitsText!);
    plainDigits = !hasComma && !dot;
    if (hasComma && digitsText!.endsWith(',000')) scale = 1000;
  } else {
    // The letters at p (what WORD_STICKY matches there), read in place: no match array.
    let e = p;
    while (isAsciiLetterCode(text.charCodeAt(e))) e++;
    if (e === p) return null;
    // (Any other word is none the accumulator takes.)
    const w = spelledAt(STARTS_BY_FIRST, text, p, e);
    if (w === null || !acc.push(w)) return null;
    word = w;
    end = e;
    if (isScaleWord(w)) hasScaleWord = true;
  }
  // Continue with words: "three thousand", "eleven-thousand", "15-hundred", "1.5 million".
  for (;;) {
    let q = end;
    const sep = text[q];
    if (sep === ' ' || sep === '-' || sep === '\u00a0') q++;
    else break;
    if (text[q] === ' ') q++;
    // Broadcast copy: "four-thousand-100" (digits after a hyphenated scale word).
    if (sep === '-' && hasScaleWord && isDigitCh(text[q])) {
      let r = q;
      while (r < q + 4 && isDigitCh(text[r])) r++;
      if (r - q <= 3 && !isDigitCh(text[r]) && !isLetter(text[r]) && text[r] !== ',' && acc.pushTrailingDigits(Number(text.slice(q, r))))
        end = r;
      break;
    }
    // Only a number word or "and" goes on (most figures are followed by a noun).
    if (!mayContinueNumber(text.charCodeAt(q))) break;
    // The word (what WORD_STICKY matches there), read in place: any word but these the accumulator refuses.
    let wordEnd = q + 1;
    while (isAsciiLetterCode(text.charCodeAt(wordEnd))) wordEnd++;
    const w = goesOnAt(text, q, wordEnd);
    if (w === null) break;
    let ok: boolean;
    if (w === 'and') {
      // "one hundred and fifty": only when a number word follows.
      const r = wordEnd;
      if (text[r] !== ' ') break;
      WORD_STICKY.lastIndex = r + 1;
      const m2 = WORD_STICKY.exec(text);
      if (!m2) break;
      if (!PROBE.reset().push(m2[0].toLowerCase())) break;
      ok = acc.push('and');
    } else if (
      (digitsText !== null || digitsEndAt > p) &&
      acc.tokens === 1 &&
      (w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion')
    ) {
      ok = acc.pushDigitScale(digitsText ?? text.slice(p, digitsEndAt), w);
    } else {
      ok = acc.push(w);
    }
    if (!ok) break;
    if (w !== 'and') {
      end = wordEnd;
      if (isScaleWord(w)) {
        hasScaleWord = true;
        scale = wordScale(w);
        plainDigits = false;
      }
    }
  }
  if (!acc.complete) return null;
  if (isLetter(text[end]) || text[end] === '%') return null;
  // "1.500 soldiers" in translated copy: a dot groups thousands when no scale word follows.
  const value = dotted && !hasScaleWord ? Number(digitsText!.replace(/\./g, '')) : acc.value;
  return reading(into, p, end, value, scale, word, plainDigits, hasScaleWord);
}

const isAsciiLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** `words` (lower case) by the code of their first letter. */
function byFirstLetter(words: readonly string[]): (readonly string[] | undefined)[] {
  const byFirst: string[][] = [];
  for (const w of words) (byFirst[w.charCodeAt(0)] ??= []).push(w);
  return byFirst;
}

/** What may go on a number: the number words and "and". */
const GOES_ON_BY_FIRST = byFirstLetter([...NUMBER_WORDS, 'and']);
/** What may start a number: the number words, and "a" or "an" ("a dozen"). */
const STARTS_BY_FIRST = byFirstLetter([...NUMBER_WORDS, 'a', 'an']);

/**
 * The word of `byFirst` that the ASCII letters text[q, r) spell in any case,
 * as the lower-case literal (no slice, no lower-cased copy: a word read from
 * a table, whose lookups then need not intern a new string); else null.
 */
function spelledAt(byFirst: (readonly string[] | undefined)[], text: string, q: number, r: number): string | null {
  const words = byFirst[text.charCodeAt(q) | 32];
  if (words === undefined) return null;
  const n = r - q;
  for (const w of words) {
    if (w.length !== n) continue;
    let k = 1;
    while (k < n && (text.charCodeAt(q + k) | 32) === w.charCodeAt(k)) k++;
    if (k === n) return w;
  }
  return null;
}

/** The number word or "and" that the ASCII letters text[q, r) spell in any case, lower case; else null. */
const goesOnAt = (text: string, q: number, r: number): string | null => spelledAt(GOES_ON_BY_FIRST, text, q, r);

/** First letters (lower case) of the number words and "and": a word starting otherwise cannot go on a number. */
const CONTINUE_LETTERS = new Set([...NUMBER_WORDS, 'and'].map((w) => w.charCodeAt(0)));

/** Whether the word at char code `c` may go on a number (an ASCII letter that starts a number word or "and"). */
function mayContinueNumber(c: number): boolean {
  const l = c | 32;
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && CONTINUE_LETTERS.has(l);
}

function wordScale(w: string): number {
  return w === 'hundred' ? 100 : w === 'thousand' ? 1e3 : w === 'million' ? 1e6 : w === 'billion' ? 1e9 : 1;
}

const SUFFIX_AT_LEAST = /^(?:\+|-plus\b| or more\b| and more\b| plus\b(?! [a-z]+ (?:[0-9]|one|two|three|four|five)))/;
const SUFFIX_AT_MOST = /^(?: or fewer\b| or less\b| at most\b| at the most\b)/;
const SUFFIX_APPROX = /^(?: or so\b|-odd\b| odd\b(?= [a-z]))/;
const CHANGE_BY =
  /(?:rose|risen|rising|increased|increasing|grew|grown|growing|jumped|climbed|swelled|expanded|raised|revised|up|fell|dropped|declined|decreased|down|reduced)\s+by\s+$/;
/** Between the numbers of a range, on one line (a figure never spans a line break). */
const RANGE_SEP = /^(?:[^\S\n]*(?:-|–|—|to)[^\S\n]*|[^\S\n]+(?:and|or)[^\S\n]+)/;

const SPACE_RE = /\s/;
/** What \s matches; ASCII without a regex. */
function isJsSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(text[i]!);
}

/**
 * Whether RANGE_SEP may match in the 8 characters at `end`: past blanks on the
 * line, its first other character starts "-", "–", "—", "to", "and" or "or".
 * (A cheap test that skips the slice and the regex for most figures.)
 */
function mayStartRange(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 8);
  let k = end;
  while (k < limit && text.charCodeAt(k) !== 10 && isJsSpaceCode(text, k)) k++;
  if (k >= limit) return false;
  const c = text.charCodeAt(k);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 116 || c === 97 || c === 111;
}

/**
 * Whether one of the SUFFIX_* patterns may match the lower-cased tail at
 * `end`: "+", "-plus", "-odd", or a space and "or", "od", "an", "at" or "pl"
 * ("or more", "and more", "plus", "or so", "odd", "at most"); anything not
 * ASCII there is left to the regexes.
 */
function maySuffix(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 43 || c === 45) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(end + 1);
  if (d >= 128) return true;
  const l = d | 32;
  if (l !== 111 && l !== 97 && l !== 112) return false;
  // Its second letter (nothing outside ASCII lower-cases to r, d, n, t or l).
  const e = text.charCodeAt(end + 2);
  if (e >= 128) return true;
  const m = e | 32;
  return l === 111 ? m === 114 || m === 100 : l === 97 ? m === 110 || m === 116 : m === 108;
}

/** Index of the line start before `p` (a figure never spans lines). */
/** Line starts met in order, so that finding one costs nothing on long one-line texts. */
class LineTracker {
  private start = 0;
  private next: number;
  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }
  /** Start of the line holding `p`; `p` never decreases between calls. */
  at(p: number): number {
    while (this.next >= 0 && this.next < p) {
      this.start = this.next + 1;
      this.next = this.text.indexOf('\n', this.start);
    }
    return this.start;
  }
}

/**
 * All figures in `text`, in order: one global regex pass for candidates, each
 * read in place. Vague words ("thousands", "several hundred") are not figures.
 */
const HALF_BEFORE = /^half $/i;
/**
 * "rose from 11,000 to 12,000", "raised its estimate of casualties from 1,100 to 3,000":
 * a change, not a range (the verb of change at most a few words before "from", in the same sentence).
 */
const CHANGE_FROM =
  /\b(?:rose|risen|rising|increased|increasing|grew|grown|growing|jumped|climbed|swelled|expanded|raised|raising|revised|revising|updated|upgraded|lowered|cut|reduced|up|fell|dropped|declined|decreased|down)\b(?:\s+[\w'’-]+){0,6}\s+from\s+$/;

export function scanFigures(text: string): RawFigure[] {
  const re = candidates();
  re.lastIndex = 0;
  const out: RawFigure[] = [];
  const lines = new LineTracker(text);
  for (;;) {
    // (test, not exec: where a candidate starts is read back from its end, and no match array is made for it.)
    const from = re.lastIndex;
    if (!re.test(text)) break;
    let p = candidateStart(text, from, re.lastIndex);
    let aStart = -1;
    if (!isDigitCode(text.charCodeAt(p))) {
      // (A number word: the regex matched it.)
      const word = spelledAt(STARTS_BY_FIRST, text, p, re.lastIndex) ?? '';
      // A capitalised word inside a word: only glued to a lower-case letter ("VideoTwo").
      const prev = p > 0 ? text.charCodeAt(p - 1) : -1;
      if (isRegexWordCode(prev) && !(prev >= 97 && prev <= 122)) continue;
      // A bare scale word needs "a"/"an" before it ("a dozen", "a thousand").
      if (isScaleWord(word)) {
        const pre = text.slice(Math.max(0, p - 3), p);
        const am = /(?:^|[^A-Za-z])(an?) $/i.exec(pre) ?? /^(an?) $/i.exec(pre);
        if (!am) continue;
        aStart = p - am[1]!.length - 1;
      }
    }
    const read = readNumber(text, aStart >= 0 ? aStart : p, FIRST_READ);
    if (!read) {
      // Skip the rest of a rejected digit run ("105th", "10:30", "2024-11-03").
      let q = p + 1;
      if (isDigitCh(text[p])) while (q < text.length && isRunCode(text.charCodeAt(q))) q++;
      re.lastIndex = Math.max(re.lastIndex, q);
      continue;
    }
    p = read.start;
    let end = read.end;
    let low: number | null = read.value;
    let high: number | null = read.value;
    let qualifier: Qualifier = 'exact';
    let value = read.value;
    let start = p;
    const lineStart = lines.at(p);
    // "half a dozen": half of what "a dozen" counts.
    if (aStart >= 0 && p >= 5 && HALF_BEFORE.test(text.slice(p - 5, p)) && (p === 5 || !isRegexWordCode(text.charCodeAt(p - 6)))) {
      value = read.value / 2;
      low = value;
      high = value;
      start = p - 5;
    }

    // Ranges: "11,000 to 12,000", "11,000–12,000", "between 10 and 12 thousand", "10-12,000".
    const sep = mayStartRange(text, end) ? RANGE_SEP.exec(text.slice(end, end + 8)) : null;
    if (sep) {
      const before = text.slice(Math.max(lineStart, p - 9), p).toLowerCase();
      const between = /between\s+$/.test(before);
      // "rose from 11,000 to 12,000" is a change, not a range.
      const fromBefore = /from\s+$/.test(before) && CHANGE_FROM.test(text.slice(Math.max(lineStart, p - 80), p).toLowerCase());
      // "rose by 1,000 to 4,000": a change and a total, not a range.
      const byBefore = /by\s+$/.test(before) && CHANGE_BY.test(text.slice(Math.max(lineStart, p - 24), p).toLowerCase());
      if (!byBefore && (sep[0].trim() !== 'and' || between) && (sep[0].trim() !== 'or' || read.word !== null)) {
        const q = end + sep[0].length;
        const second = isDigitCh(text[q]) || /[A-Za-z]/.test(text[q] ?? '') ? readNumber(text, q, SECOND_READ, true) : null;
        const years = read.plainDigits && second?.plainDigits && read.value >= 1800 && read.value <= 2100;
        if (second && second.value > 0 && !years) {
          let a = read.value;
          const b = second.value;
          // "between 10 and 12 thousand", "10-12,000": the scale of the second applies to the first.
          if (!read.hasScaleWord && second.scale > 1 && a * second.scale <= b && a * second.scale * 10 > b) a *= second.scale;
          if (a < b && !(fromBefore && sep[0].trim() === 'to' && !between)) {
            low = a;
            high = b;
            qualifier = 'range';
            value = b;
            end = second.end;
            if (between) start = p - before.length + before.lastIndexOf('between');
          }
        }
      }
    }
    const numEnd = end;
    let verbQualifier = false;
    if (qualifier !== 'range') {
      // (Most figures: no suffix may follow, and the patterns need not run.)
      if (maySuffix(text, end)) {
        const tail = text.slice(end, end + 12).toLowerCase();
        let s: RegExpExecArray | null;
        if ((s = SUFFIX_AT_LEAST.exec(tail))) {
          qualifier = 'atLeast';
          high = null;
          end += s[0].length;
        } else if ((s = SUFFIX_AT_MOST.exec(tail))) {
          qualifier = 'atMost';
          low = null;
          end += s[0].length;
        } else if ((s = SUFFIX_APPROX.exec(tail))) {
          qualifier = 'approx';
          end += s[0].length;
        }
      }
      const qb = qualifierBefore(text, start, lineStart);
      if (qb) {
        if (qualifier === 'exact' || qualifier === 'approx') {
          qualifier = qb[0];
          if (qualifier === 'atLeast') high = null;
          if (qualifier === 'atMost') low = null;
        }
        start = qb[1];
        verbQualifier = qb[2];
      }
    } else {
      const qb = qualifierBefore(text, start, lineStart);
      if (qb && qb[0] === 'approx') start = qb[1];
    }
    out.push({
      start,
      end,
      numStart: p,
      numEnd,
      qualifier,
      low,
      high,
      value,
      word: read.word,
      plainDigits: read.plainDigits && qualifier !== 'range',
      carried: false,
      verbQualifier,
    });
    re.lastIndex = end;
  }
  return out;
}

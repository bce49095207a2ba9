// Word tokens of one sentence, with the figures in it collapsed to one token each.

import type { RawFigure } from './figures';
import { CONTRAST } from './grammar';
import { opensCue } from './lexicon/cue-openers';
import { NAT_FIRST } from './lexicon/nationality-starts';
import { SCOPE_TRIGGER_WORDS } from './scope/trigger-words';

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** A token's mark: its word may open a speech cue (`opensCue`, ./lexicon/cue-openers.ts). */
export const CUE_MARK = 1;
/** A token's mark: a nationality reading may start on its word (NAT_FIRST, ./lexicon/nationality-starts.ts). */
export const NAT_MARK = 2;

/** A token's mark: its word sets a clause against another (CONTRAST, ./grammar.ts: "but", "while", ";"). */
export const CONTRAST_MARK = 4;

/** A token's mark: its word is a trigger word of some scope rule (SCOPE_TRIGGER_WORDS, ./scope/trigger-words.ts). */
export const SCOPE_MARK = 8;

/** The marks of the token word `w` (lower case): what the stages would otherwise look its word up for. */
export function marksOf(w: string): number {
  return (
    (opensCue(w) ? CUE_MARK : 0) |
    (NAT_FIRST.has(w) ? NAT_MARK : 0) |
    (CONTRAST.has(w) ? CONTRAST_MARK : 0) |
    (SCOPE_TRIGGER_WORDS.has(w) ? SCOPE_MARK : 0)
  );
}

/** `marksOf` an ASCII punctuation mark, by its code (its one-character word), read once per code. */
const PUNCTUATION_MARKS = Uint8Array.from({ length: 128 }, (_, c) => marksOf(String.fromCharCode(c)));
const punctuationMarks = (c: number): number => PUNCTUATION_MARKS[c]!;
/** `marksOf` a caseless mark outside ASCII (`isCaselessMark`), by its code, read once per code. */
const CASELESS_MARKS = new Map<number, number>();
function caselessMarks(c: number): number {
  let m = CASELESS_MARKS.get(c);
  if (m === undefined) CASELESS_MARKS.set(c, (m = marksOf(String.fromCharCode(c))));
  return m;
}

/** One token; `raw` (as written) is read from the text only when asked for. */
export class Token {
  // Declared, not defined as class fields: a field would be set to undefined and then again in the constructor, for every token.
  /** Lower case, curly apostrophes straightened; "#fig" for a figure. */
  declare readonly w: string;
  declare readonly start: number;
  declare readonly end: number;
  declare private readonly src: string;
  /** `fig` (>= 0) of a figure, else -1 - `marks`: one field for two (a figure has no marks), a token a word smaller. */
  declare private readonly figOrMarks: number;

  constructor(w: string, start: number, end: number, fig: number, src: string, marks: number) {
    this.w = w;
    this.start = start;
    this.end = end;
    this.src = src;
    this.figOrMarks = fig >= 0 ? fig : -1 - marks;
  }

  /** Index into the figures list for "#fig" tokens, else -1. */
  get fig(): number {
    return this.figOrMarks >= 0 ? this.figOrMarks : -1;
  }

  /** What the word may open, set as it is read (`marksOf`): CUE_MARK, NAT_MARK, CONTRAST_MARK, SCOPE_MARK. */
  get marks(): number {
    return this.figOrMarks >= 0 ? 0 : -1 - this.figOrMarks;
  }

  /** As written. */
  get raw(): string {
    return this.src.slice(this.start, this.end);
  }

  /** It starts with an upper-case letter (`/^\p{Lu}/u` on `raw`; ASCII without the slice). */
  startsUpper(): boolean {
    const c = this.src.charCodeAt(this.start);
    return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(this.raw);
  }

  /** It starts with an ASCII digit (what `\d` matches at the start of `raw`). */
  startsDigit(): boolean {
    const c = this.src.charCodeAt(this.start);
    return c >= 48 && c <= 57;
  }

  /** It starts with a lower-case letter (`/^\p{Ll}/u` on `raw`; ASCII without the slice). */
  startsLower(): boolean {
    const c = this.src.charCodeAt(this.start);
    return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(this.raw);
  }
}

const UNI_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Letter, digit or combining mark (ASCII fast path; and General Punctuation,
 * U+2000 to U+206F, the curly quotes, dashes and ellipsis of news copy, holds none).
 */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0x2000 && c <= 0x206f) return false;
  return c !== 0xa0 && UNI_WORD.test(text[i]!);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * The digit of an ASCII word character in the base-40 number tokenize reads
 * a word as (its lower case: a-z 1 to 26, 0-9 27 to 36, "-" 37, "'" 38, "." 39;
 * 0 for the others), read as a double. No digit is 0, so words of up to 9
 * characters (40 ** 9 < 2 ** 53, exact in a double) are each their own
 * number: asciiWord need not compare their letters.
 */
function wordDigit(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 48 && c <= 57) return c - 21;
  return c === 45 ? 37 : c === 39 ? 38 : c === 46 ? 39 : 0;
}
const WORD_DIGITS = Uint8Array.from({ length: 128 }, (_, c) => wordDigit(c));
/** WORD_DIGITS of the ASCII letters and digits, 0 for every other code: what a word goes on with. */
const LETTER_OR_DIGIT = Uint8Array.from(WORD_DIGITS, (d) => (d <= 36 ? d : 0));
/** The longest word whose base-40 number stays exact (40 ** 9 < 2 ** 53: no rounding): it is the word. */
const EXACT_WORD = 9;

/**
 * Tokens of text[start, end): words (with inner hyphens, apostrophes and
 * dots: "Seong-kweun", "Korea's", "U.S.") and single punctuation marks.
 * Figures (from index `first` of `figures`) become single "#fig" tokens
 * spanning their qualifier.
 */
export function tokenize(text: string, start: number, end: number, figures: readonly RawFigure[], first: number): Token[] {
  // Room for the tokens from the start, cut to their count at the end: most sentences take fewer than one
  // token per 4 characters (about 6 here), and an array grown by push would be allocated two or three times over.
  const out: Token[] = new Array(((end - start) >> 2) + 2);
  let n = 0;
  // Words of ASCII letters (and curly apostrophes) are lower-cased one by one; the
  // sentence is lower-cased as a whole only for a word with other letters (as
  // it always was: lower case can depend on the letters around, Greek's final sigma).
  let lower: string | null | undefined;
  let fi = first;
  while (fi < figures.length && figures[fi]!.end <= start) fi++;
  let nextFig = fi < figures.length ? figures[fi]!.start : Infinity;
  let i = start;
  while (i < end) {
    if (i >= nextFig) {
      const f = figures[fi]!;
      out[n++] = new Token('#fig', f.start, f.end, fi, text, 0);
      i = Math.max(i, f.end);
      fi++;
      nextFig = fi < figures.length ? figures[fi]!.start : Infinity;
      continue;
    }
    const c = text.charCodeAt(i);
    // The lower-cased word's characters as digits of base 40 (WORD_DIGITS), for asciiWord (ASCII words
    // only); 0 here when the first character is no ASCII letter or digit.
    let h = c < 128 ? LETTER_OR_DIGIT[c]! : 0;
    if (h === 0) {
      if (isSpaceCode(c)) {
        i++;
        continue;
      }
      if (c < 128 || !isWordCode(text, i)) {
        // Punctuation: ASCII and the usual typographic marks are their own lower case.
        // (Their marks, `marksOf` their one character, are read from a table per code.)
        if (c < 128) out[n++] = new Token(text[i]!, i, i + 1, -1, text, punctuationMarks(c));
        else if (c === 0x2019) out[n++] = new Token("'", i, i + 1, -1, text, punctuationMarks(39));
        else if (isCaselessMark(c)) out[n++] = new Token(text[i]!, i, i + 1, -1, text, caselessMarks(c));
        else {
          if (lower === undefined) lower = sentenceLower(text, start, end);
          out[n++] = lowerToken(text, i, i + 1, start, lower);
        }
        i++;
        continue;
      }
    }
    const limit = Math.min(end, nextFig);
    // Letters outside ASCII (other than the curly apostrophe) seen on the way.
    let other = c >= 128;
    let j = i + 1;
    while (j < limit) {
      const cc = text.charCodeAt(j);
      // A lower-case letter, most of a word's characters: its digit (WORD_DIGITS) is its code less 96, no table read.
      if (cc >= 97 && cc <= 122) {
        // Two lower-case letters at once: one step of the number for two digits (40 * 40 = 1600), not one each
        // (each step waits on the one before). The same number for a word of up to EXACT_WORD characters
        // (all exact); a longer word's is rounded, as before the same way every time it is read.
        const c2 = text.charCodeAt(j + 1);
        if (j + 1 < limit && c2 >= 97 && c2 <= 122) {
          h = h * 1600 + ((cc - 96) * 40 + (c2 - 96));
          j += 2;
          continue;
        }
        h = h * 40 + (cc - 96);
        j++;
        continue;
      }
      if (cc < 128) {
        const d = LETTER_OR_DIGIT[cc]!;
        if (d !== 0) {
          h = h * 40 + d;
          j++;
          continue;
        }
      } else if (cc !== 0x2019 && isWordCode(text, j)) {
        other = true;
        j++;
        continue;
      }
      // Inner hyphen, apostrophe or dot followed by more of the word.
      // (The curly apostrophe counts as the straight one it becomes.)
      if ((cc === 45 || cc === 39 || cc === 0x2019 || cc === 46) && j + 1 < limit && isWordCode(text, j + 1)) {
        const e = text.charCodeAt(j + 1);
        if (e >= 128) other = true;
        h = (h * 40 + (cc === 0x2019 ? 38 : WORD_DIGITS[cc]!)) * 40 + (e < 128 ? WORD_DIGITS[e]! : 0);
        j += 2;
        continue;
      }
      break;
    }
    // "U.S." keeps its final dot.
    if (j < limit && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46 && isUpperAscii(text.charCodeAt(j - 1))) {
      h = h * 40 + 39;
      j++;
    }
    if (other) {
      if (lower === undefined) lower = sentenceLower(text, start, end);
      out[n++] = lowerToken(text, i, j, start, lower);
    } else {
      const w = asciiWord(text, i, j, h);
      out[n++] = new Token(w, i, j, -1, text, asciiMarks);
    }
    // (Most words end at a space: stepped over here, not read again as the loop's next character.)
    i = j < limit && text.charCodeAt(j) === 32 ? j + 1 : j;
  }
  // (Past the room estimated, `out[n++] =` has appended.)
  out.length = n;
  return out;
}

// (Module functions, not closures inside tokenize: one call per sentence would make two closures.)

/** text[start, end) lower-cased with curly apostrophes straightened, or null when lower-casing changes its length. */
function sentenceLower(text: string, start: number, end: number): string | null {
  const lower = text.slice(start, end).toLowerCase();
  if (lower.length !== end - start) return null;
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** The token text[s, e), its word read from the sentence's lower case `lower` (from `start`), or lower-cased alone when that is null. */
function lowerToken(text: string, s: number, e: number, start: number, lower: string | null): Token {
  let w: string;
  if (lower !== null) w = lower.slice(s - start, e - start);
  else {
    w = text.slice(s, e).toLowerCase();
    if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
  }
  return new Token(w, s, e, -1, text, marksOf(w));
}

/**
 * Short lower-case words met before, one string each, by a hash of their
 * letters: most words of a text come back (the, of, troops), so a token
 * mostly reuses a string (no allocation, and lexicon lookups meet a string
 * whose hash is known). Only words of at most 12 characters: a longer slice
 * would be a view holding the whole text alive.
 */
const WORDS_MASK = 4095;
const WORDS_MAX = 12;
const wordTable: (string | undefined)[] = new Array(WORDS_MASK + 1).fill(undefined);
/**
 * Each slot's word again, as its length, hash and char codes in typed arrays:
 * a lookup compares these (a few cache lines side by side) and touches the
 * string itself only to hand it over.
 */
const wordLens = new Uint8Array(WORDS_MASK + 1);
const wordHashes = new Float64Array(WORDS_MASK + 1);
const wordCodes = new Uint16Array((WORDS_MASK + 1) * WORDS_MAX);
/** Each slot's word's marks (`marksOf`). */
const wordMarks = new Uint8Array(WORDS_MASK + 1);
/** The marks of the word `asciiWord` last returned (a second result, with no object made for two). */
let asciiMarks = 0;

/**
 * text[i, j) lower-cased, curly apostrophes straightened: ASCII letters, digits
 * and inner "-", "'", "’", "."; `hash` its characters as a number of base 40 (a
 * double, exact up to EXACT_WORD characters): its low 32 bits pick the slot, a
 * word of up to EXACT_WORD characters is its number, the characters of a longer one are compared.
 */
function asciiWord(text: string, i: number, j: number, hash: number): string {
  const n = j - i;
  if (n > WORDS_MAX) {
    const long = lowered(text, i, j);
    asciiMarks = marksOf(long);
    return long;
  }
  const h = (hash | 0) ^ n;
  const slot = (h ^ (h >>> 13)) & WORDS_MASK;
  const at = slot * WORDS_MAX;
  if (wordLens[slot] === n && wordHashes[slot] === hash) {
    // (A short word's number is the word.)
    if (n <= EXACT_WORD) {
      asciiMarks = wordMarks[slot]!;
      return wordTable[slot]!;
    }
    let k = 0;
    while (k < n) {
      let c = text.charCodeAt(i + k);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c === 0x2019) c = 39;
      if (wordCodes[at + k] !== c) break;
      k++;
    }
    if (k === n) {
      asciiMarks = wordMarks[slot]!;
      return wordTable[slot]!;
    }
  }
  const w = lowered(text, i, j);
  wordTable[slot] = w;
  wordLens[slot] = n;
  wordHashes[slot] = hash;
  for (let k = 0; k < n; k++) wordCodes[at + k] = w.charCodeAt(k);
  asciiMarks = marksOf(w);
  wordMarks[slot] = asciiMarks;
  return w;
}

/** The ASCII word text[i, j) lower-cased (when it has capitals) and its curly apostrophes straightened (when it has one). */
function lowered(text: string, i: number, j: number): string {
  // (Read here, on a word not met before or a long one, rather than as every word is read.)
  let upper = false;
  let curly = false;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 0x2019) curly = true;
  }
  const w = upper ? text.slice(i, j).toLowerCase() : text.slice(i, j);
  return curly ? w.replace(/\u2019/g, "'") : w;
}

/** Punctuation outside ASCII that lower-casing leaves as it is: quotes, dashes, bullets, the ellipsis, the no-break space. */
function isCaselessMark(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || c === 0xab || c === 0xbb || c === 0xa0 || c === 0x2039 || c === 0x203a || c === 0xb7;
}

/** True when the token is a word (not punctuation, not a figure). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.fig < 0 && isWordCode(t.w, 0);
}

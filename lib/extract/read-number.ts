// One number as written, read in place at a candidate's start: digits (with
// thousands grouped by commas or spaces, or a decimal), number words ("two
// thousand five hundred"), or both ("1.5 million"), with the grammar of
// ../text/numbers.ts. What ./figures.ts makes figures of.

import { NUMBER_WORDS, NumberAccumulator, isScaleWord, scaleDigits } from '../text/numbers';
import { isAsciiLetterCode, isDigitCode } from '../text/char-codes';
import { isLetter } from './qualifier-before';
import { MONTHS } from './lexicon';
import { ALL_NUMBER_RULES, AND_A_HALF, DAY_HEAD, SCALE_THEN_DIGITS, SPACED_THOUSANDS_SCALE } from './numbers/grammar-rules';

export const isDigitCh = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
/** [\d,.:/-]: what a rejected digit run goes on with ("2024-11-03", "10:30"). */
export const isRunCode = (c: number) => isDigitCode(c) || c === 44 || c === 46 || c === 58 || c === 47 || c === 45;

// Thousands grouped by commas, or by spaces as in translated copy ("3 000").
const DIGITS_STICKY = /(?:\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d|\d)|\d+)(?:\.\d+)?/y;
const WORD_STICKY = /[A-Za-z]+/y;
/** After "and" in "two and a half thousand": "a half" and the scale word, joined by spaces or hyphens. */
const HALF_SCALE = /^[ -]a[ -]half[ -](thousand|million)\b/i;

/**
 * Where what DIGITS_STICKY matches at `p` (a digit) ends, or -1. Most figures
 * are one run of digits with no separator and a digit after it ("300 North",
 * "2024."): the run itself, read without the regex; the others go to it.
 * With DAY_HEAD in `rules` (the rule numbers.day-not-group-head), a day after a month is no head of groups.
 */
function digitsEnd(text: string, p: number, rules: number): number {
  let q = p + 1;
  while (isDigitCode(text.charCodeAt(q))) q++;
  const c = text.charCodeAt(q);
  if (!((c === 44 || c === 46 || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) && isDigitCode(text.charCodeAt(q + 1)))) return q;
  // "On March 12 500 soldiers crossed": the day stands alone, and the count after it is read on its own.
  if (c !== 44 && c !== 46 && (rules & DAY_HEAD) !== 0 && dayAfterMonth(text, p, q)) return q;
  DIGITS_STICKY.lastIndex = p;
  return DIGITS_STICKY.test(text) ? DIGITS_STICKY.lastIndex : -1;
}

/** The digits text[p, q) (the head of space-grouped digits) are a day of the month (1 to 31) after a capitalised month and one space ("March 12", "Sept. 3"). */
function dayAfterMonth(text: string, p: number, q: number): boolean {
  if (q - p > 2) return false;
  const day = plainDigitsValue(text, p, q);
  if (day < 1 || day > 31 || text.charCodeAt(p - 1) !== 32) return false;
  let e = p - 1;
  if (text.charCodeAt(e - 1) === 46) e--;
  let s = e;
  while (s > 0 && e - s <= 9 && isAsciiLetterCode(text.charCodeAt(s - 1))) s--;
  const first = text.charCodeAt(s);
  if (e - s < 3 || first < 65 || first > 90 || isAsciiLetterCode(text.charCodeAt(s - 1))) return false;
  return MONTHS[text.slice(s, e).toLowerCase()] !== undefined;
}

/** The value of the plain digits text[p, q), as Number reads them. */
function plainDigitsValue(text: string, p: number, q: number): number {
  // Up to 15 digits a double holds exactly: read in place, no slice.
  if (q - p > 15) return Number(text.slice(p, q));
  let value = 0;
  for (let i = p; i < q; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

/** A letter (any script) at text[i], as `isLetter` says of that character; false past either end. ASCII by its code. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetterCode(c) : c >= 128 && isLetter(text[i]);
}

/** One number as read (`readNumber`). */
export interface NumberRead {
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
export const FIRST_READ = newRead();
export const SECOND_READ = newRead();
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

/**
 * Reads one number starting exactly at `p` into `into` (FIRST_READ or
 * SECOND_READ) and returns it, or null. `rules`: the number-grammar rules
 * switched on (`numberRules`, ./numbers/grammar-rules.ts).
 */
export function readNumber(text: string, p: number, into: NumberRead, joined = false, rules = ALL_NUMBER_RULES): NumberRead | null {
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
  // (The characters around are read by their codes, NaN past either end: no one-character string per candidate.)
  if (isDigitCode(text.charCodeAt(p))) {
    const prev = text.charCodeAt(p - 1);
    if (isLetterAt(text, p - 1) || isDigitCode(prev)) return null;
    // After "-", "/", ":" or "." that follows a letter or digit.
    if (
      !joined &&
      (prev === 45 || prev === 47 || prev === 58 || prev === 46) &&
      (isLetterAt(text, p - 2) || isDigitCode(text.charCodeAt(p - 2)))
    )
      return null;
    end = digitsEnd(text, p, rules);
    if (end < 0) return null;
    const after = text.charCodeAt(end);
    // "k" or "K".
    if (after === 107 || after === 75) {
      if (isLetterAt(text, end + 1) || isDigitCode(text.charCodeAt(end + 1))) return null;
      acc.pushDigits(scaleDigits(text.slice(p, end).replace(/[ \u00a0\u202f\u2009]/g, ''), 1000));
      return reading(into, p, end + 1, acc.value, 1000, null, false, true);
    }
    // Ordinals, units and codes: "105th", "300km", "5G", "10:30", "1/13", "50%" ("5,000: NIS" ends a headline on its source).
    // (A letter, "%", ":" before a digit, "/", "°".)
    if (isLetterAt(text, end) || after === 37 || (after === 58 && isDigitCode(text.charCodeAt(end + 1))) || after === 47 || after === 0xb0)
      return null;
    // "1,5 thousand" in translated copy: a decimal comma before a scale word.
    // (Most commas after a figure end a clause: the pattern runs only when a digit follows.)
    const comma =
      after === 44 && isDigitCode(text.charCodeAt(end + 1))
        ? /^,(\d{1,2})[ \u00a0](thousand|million)\b/i.exec(text.slice(end, end + 14))
        : null;
    if (comma && /^\d{1,3}$/.test(text.slice(p, end))) {
      const scaleWord = comma[2]!.toLowerCase();
      const value = scaleDigits(`${text.slice(p, end)}.${comma[1]}`, scaleWord === 'thousand' ? 1e3 : 1e6);
      return reading(into, p, end + comma[0].length, value, scaleWord === 'thousand' ? 1e3 : 1e6, null, false, true);
    }
    if ((after === 46 || after === 44) && isDigitCode(text.charCodeAt(end + 1))) return null;
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
    // "between 11 and 12 000": a last group of " 000" lends its thousands as ",000" does (numbers.spaced-thousands-range).
    else if (spaced && !hasComma && !dot && (rules & SPACED_THOUSANDS_SCALE) !== 0 && digitsText!.endsWith('000')) scale = 1000;
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
    // A space, "-" or a no-break space, and maybe a space after it.
    const sep = text.charCodeAt(q);
    if (sep === 32 || sep === 45 || sep === 0xa0) q++;
    else break;
    if (text.charCodeAt(q) === 32) q++;
    // Broadcast copy: "four-thousand-100" (digits after a hyphenated scale word); "four thousand 300" (numbers.scale-then-digits).
    if ((sep === 45 || (sep === 32 && (rules & SCALE_THEN_DIGITS) !== 0)) && hasScaleWord && isDigitCode(text.charCodeAt(q))) {
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
    if (w === 'and' && !hasScaleWord && (rules & AND_A_HALF) !== 0) {
      // "two and a half thousand", "three-and-a-half thousand" (numbers.and-a-half): the half before the scale word.
      const half = HALF_SCALE.exec(text.slice(wordEnd, wordEnd + 20));
      if (half) {
        const halfScale = wordScale(half[1]!.toLowerCase());
        const halfEnd = wordEnd + half[0].length;
        if (isLetterAt(text, halfEnd) || text.charCodeAt(halfEnd) === 37) return null;
        return reading(into, p, halfEnd, (acc.value + 0.5) * halfScale, halfScale, word, false, true);
      }
    }
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
  if (isLetterAt(text, end) || text.charCodeAt(end) === 37) return null;
  // "1.500 soldiers" in translated copy: a dot groups thousands when no scale word follows.
  const value = dotted && !hasScaleWord ? Number(digitsText!.replace(/\./g, '')) : acc.value;
  return reading(into, p, end, value, scale, word, plainDigits, hasScaleWord);
}

/** `words` (lower case) by the code of their first letter. */
function byFirstLetter(words: readonly string[]): (readonly string[] | undefined)[] {
  const byFirst: string[][] = [];
  for (const w of words) (byFirst[w.charCodeAt(0)] ??= []).push(w);
  return byFirst;
}

/** What may go on a number: the number words and "and". */
const GOES_ON_BY_FIRST = byFirstLetter([...NUMBER_WORDS, 'and']);
/** What may start a number: the number words, and "a" or "an" ("a dozen"). */
export const STARTS_BY_FIRST = byFirstLetter([...NUMBER_WORDS, 'a', 'an']);

/**
 * The word of `byFirst` that the ASCII letters text[q, r) spell in any case,
 * as the lower-case literal (no slice, no lower-cased copy: a word read from
 * a table, whose lookups then need not intern a new string); else null.
 */
export function spelledAt(byFirst: (readonly string[] | undefined)[], text: string, q: number, r: number): string | null {
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

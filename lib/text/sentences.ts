// Local sentence boundaries: found around one offset by scanning outwards, so
// that only the sentences holding a figure are ever looked at.

/** Longest stretch scanned in either direction before giving up on a boundary. */
const MAX_SCAN = 1500;

/** Words that a dot after does not end a sentence on (lower case). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rep',
  'sen',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'gov',
  'pres',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'vol',
  'adm',
  'cmdr',
  'sgt',
  'pvt',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'n',
  // "c. 11,000" (circa): the figure's qualifier, never a sentence's end.
  'c',
]);

/** Every closing quote form: straight, curly, German low-high (“ ‘), guillemets either way. */
const isCloser = (c: string) =>
  c === '"' ||
  c === '\u201d' ||
  c === '\u2019' ||
  c === "'" ||
  c === ')' ||
  c === ']' ||
  c === '\u201c' ||
  c === '\u2018' ||
  c === '\u00bb' ||
  c === '\u00ab' ||
  c === '\u203a' ||
  c === '\u2039';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const isUpper = (c: string) => (c >= 'A' && c <= 'Z') || (c > '\u007f' && c !== c.toLowerCase() && c === c.toUpperCase());
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
/** Every opening quote form: straight, curly, low (\u201e \u201a), guillemets either way. */
const isOpener = (c: string) =>
  c === '"' ||
  c === '\u201c' ||
  c === '\u2018' ||
  c === "'" ||
  c === '(' ||
  c === '[' ||
  c === '\u2014' ||
  c === '-' ||
  c === '\u201e' ||
  c === '\u201a' ||
  c === '\u00ab' ||
  c === '\u00bb' ||
  c === '\u2039' ||
  c === '\u203a';

/**
 * The word (letters and inner dots) that ends right before index `i`, lower
 * case; "" when it is longer than any abbreviation.
 */
export function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 8) {
    const c = text[j - 1]!;
    if (c === '.' || isLetter(c)) j--;
    else break;
  }
  if (i - j >= 8) return '';
  return text.slice(j, i).toLowerCase();
}

/** An abbreviation's letters and dots as one small integer (base 28: a-z 1 to 26, "." 27), or -1 for another character. */
function keyOf(text: string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    const d = c === 46 ? 27 : c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : -1;
    if (d < 0) return -1;
    key = key * 28 + d;
  }
  return key;
}
/** Longest abbreviation: 28 to its power stays a small integer up to 6. */
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
if (ABBREVIATION_MAX > 6) throw new Error('sentences: an abbreviation longer than 6 characters');
const ABBREVIATION_KEYS = new Set(
  [...ABBREVIATIONS].map((a) => {
    const key = keyOf(a, 0, a.length);
    if (key < 0) throw new Error(`sentences: not letters and dots: ${a}`);
    return key;
  }),
);

/** The length of the word `isAbbreviationBefore` last read (what `wordBefore` gives), and whether it holds a dot. */
let beforeLength = 0;
let beforeDotted = false;

/**
 * Whether `wordBefore(text, i)` is an abbreviation, its length and dot left
 * in `beforeLength` and `beforeDotted`: read in place when the word is ASCII
 * (most are; no string made), from `wordBefore` otherwise.
 */
export function isAbbreviationBefore(text: string, i: number): boolean {
  let j = i;
  let ascii = true;
  while (j > 0 && i - j < 8) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : isLetter(text[j - 1]!))) {
      if (c >= 128) ascii = false;
      j--;
    } else break;
  }
  if (!ascii && i - j < 8) {
    const w = wordBefore(text, i);
    beforeLength = w.length;
    beforeDotted = w.includes('.');
    return ABBREVIATIONS.has(w);
  }
  if (i - j >= 8) {
    beforeLength = 0;
    beforeDotted = false;
    return false;
  }
  beforeLength = i - j;
  beforeDotted = false;
  for (let k = j; k < i; k++) if (text.charCodeAt(k) === 46) beforeDotted = true;
  return beforeLength <= ABBREVIATION_MAX && ABBREVIATION_KEYS.has(keyOf(text, j, i));
}

/** `beforeLength` and `beforeDotted` (for the tests). */
export const wordBeforeRead = (): [number, boolean] => [beforeLength, beforeDotted];

/**
 * True when the terminator at `i` ('.', '!' or '?') ends a sentence. Returns the
 * index just past it (closing quotes included), or -1.
 */
function sentenceEndAt(text: string, i: number): number {
  const ch = text[i]!;
  let j = i + 1;
  while (j < text.length && isCloser(text[j]!)) j++;
  if (j >= text.length) return j;
  const next = text[j]!;
  if (ch === '.') {
    const prev = i > 0 ? text[i - 1]! : '';
    if (isDigit(prev) && isDigit(next)) return -1;
    if (isAbbreviationBefore(text, i)) return -1;
    // A single capital letter and a dot is an initial ("Donald J. Trump").
    if (beforeLength === 1 && isUpper(prev)) return -1;
    if (next === '\n') return j;
    if (isSpace(next)) {
      let k = j;
      while (k < text.length && isSpace(text[k]!)) k++;
      if (k >= text.length || text[k] === '\n') return j;
      const n = text[k]!;
      return isUpper(n) || isDigit(n) || isOpener(n) ? j : -1;
    }
    // Glued sentences ("Korea.The"): a lower-case word then a capital.
    // (A word longer than any abbreviation comes back as "".)
    if (isUpper(next) && (beforeLength > 1 || (beforeLength === 0 && isLetter(prev))) && !beforeDotted && prev === prev.toLowerCase())
      return j;
    return -1;
  }
  if (next === '\n' || isSpace(next)) return j;
  return -1;
}

/** A line break or a sentence terminator. */
const MARKS = /[\n.!?]/g;
/** Characters looked at per step of the backward scan (a sentence start is mostly that close). */
const BACK_CHUNK = 96;
/** The marks of one chunk of the backward scan (at most one per character). */
const chunkMarks = new Int32Array(BACK_CHUNK);

/**
 * The sentence around offset `pos`: [start, end) with surrounding spaces
 * trimmed. A sentence never crosses a line break (headlines carry no full stop).
 * `floor`, when given, is a known sentence boundary at or before `pos`.
 */
export function sentenceAround(text: string, pos: number, floor = 0): [number, number] {
  let start = Math.max(floor, pos - MAX_SCAN);
  // Backward, a chunk at a time: the last boundary in the chunk nearest `pos` is the start.
  const lowest = start;
  for (let hi = pos; hi > lowest; ) {
    const from = Math.max(lowest, hi - BACK_CHUNK);
    const chunk = text.slice(from, hi);
    let found = -1;
    // The chunk's marks, found by the regex, then read from the last: the nearest boundary is the start,
    // and the marks before it need no reading. (test, not exec: no match array; the mark is one character,
    // just before lastIndex.)
    let n = 0;
    MARKS.lastIndex = 0;
    while (MARKS.test(chunk)) chunkMarks[n++] = from + MARKS.lastIndex - 1;
    while (n > 0 && found < 0) {
      const i = chunkMarks[--n]!;
      if (text.charCodeAt(i) === 10) found = i + 1;
      else {
        const e = sentenceEndAt(text, i);
        if (e >= 0 && e <= pos) found = e;
      }
    }
    if (found >= 0) {
      start = found;
      break;
    }
    hi = from;
  }
  let end = Math.min(text.length, pos + MAX_SCAN);
  // Forward: the regex finds the line breaks and terminators in the window (a view, not a copy) faster than a loop.
  const window = text.slice(pos, Math.min(text.length, pos + MAX_SCAN + 1));
  MARKS.lastIndex = 0;
  while (MARKS.test(window)) {
    const i = pos + MARKS.lastIndex - 1;
    if (text.charCodeAt(i) === 10) {
      end = i;
      break;
    }
    const e = sentenceEndAt(text, i);
    if (e >= 0) {
      end = e;
      break;
    }
  }
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/**
 * The sentence before the one starting at `start` (crossing line breaks and
 * blank lines), or null at the start of the text.
 */
export function sentenceBefore(text: string, start: number): [number, number] | null {
  let i = start - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i < 0) return null;
  return sentenceAround(text, i);
}

/** The sentence after the one ending at `end`, or null at the end of the text. */
export function sentenceAfter(text: string, end: number): [number, number] | null {
  let i = end;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  if (i >= text.length) return null;
  return sentenceAround(text, i);
}

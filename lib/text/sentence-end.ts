// Where a sentence ends: whether a '.', '!' or '?' closes its sentence, or is
// an abbreviation's dot, an initial, a decimal point. A pure function of the
// text and the mark's index (lib/text/sentences.ts finds the marks and
// remembers the answers).

/** Titles written short before a name (lower case): "Maj. Gen. Pat Ryder", "Col. Lee", "Rep. Park". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
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
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'gov',
  'pres',
  'amb',
]);

/** Words that a dot after does not end a sentence on (lower case): the titles, and these. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
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
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'n',
  // "c. 11,000", "ca. 11,000" (circa): the figure's qualifier, never a sentence's end.
  'c',
  'ca',
]);

const isUpper = (c: string) => (c >= 'A' && c <= 'Z') || (c > '\u007f' && c !== c.toLowerCase() && c === c.toUpperCase());
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
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
  // Back over the word's letters and dots (at most 8), its key made on the way: the letter read last is its first.
  let j = i;
  let key = 0;
  let place = 1;
  let dotted = false;
  while (j > 0 && i - j < 8) {
    const c = text.charCodeAt(j - 1);
    let d: number;
    if (c === 46) {
      d = 27;
      dotted = true;
    } else if (c >= 97 && c <= 122) d = c - 96;
    else if (c >= 65 && c <= 90) d = c - 64;
    else if (c >= 128 && isLetter(text[j - 1]!)) return isWordAbbreviation(text, i);
    else break;
    key += d * place;
    place *= 28;
    j--;
  }
  if (i - j >= 8) {
    beforeLength = 0;
    beforeDotted = false;
    return false;
  }
  beforeLength = i - j;
  beforeDotted = dotted;
  return beforeLength <= ABBREVIATION_MAX && ABBREVIATION_KEYS.has(key);
}

/** `isAbbreviationBefore` on a word holding letters outside ASCII (lower-casing them may make ASCII letters): read with `wordBefore`. */
function isWordAbbreviation(text: string, i: number): boolean {
  const w = wordBefore(text, i);
  beforeLength = w.length;
  beforeDotted = w.includes('.');
  return ABBREVIATIONS.has(w);
}

/** `beforeLength` and `beforeDotted` (for the tests). */
export const wordBeforeRead = (): [number, boolean] => [beforeLength, beforeDotted];

/** Every closing quote form: straight, curly, German low-high (“ ‘), guillemets either way. */
const isCloserCode = (c: number) =>
  c === 34 ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 39 ||
  c === 41 ||
  c === 93 ||
  c === 0x201c ||
  c === 0x2018 ||
  c === 0xbb ||
  c === 0xab ||
  c === 0x203a ||
  c === 0x2039;
/** Every opening quote form: straight, curly, low (\u201e \u201a), guillemets either way. */
const isOpenerCode = (c: number) =>
  c === 34 ||
  c === 0x201c ||
  c === 0x2018 ||
  c === 39 ||
  c === 40 ||
  c === 91 ||
  c === 0x2014 ||
  c === 45 ||
  c === 0x201e ||
  c === 0x201a ||
  c === 0xab ||
  c === 0xbb ||
  c === 0x2039 ||
  c === 0x203a;
// The tests on char codes (-1: no character): ASCII decided here, the rest by the string tests above.
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c > 127 && isUpper(String.fromCharCode(c)));
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && isLetter(String.fromCharCode(c)));
/** The character is its own lower case (no character: true, as "" is). */
const isOwnLowerCode = (c: number) => (c < 128 ? c < 65 || c > 90 : String.fromCharCode(c) === String.fromCharCode(c).toLowerCase());

/**
 * True when the terminator at `i` ('.', '!' or '?') ends a sentence. Returns the
 * index just past it (closing quotes included), or -1. (Read by char code: it
 * is asked of every terminator of the text.)
 */
export function sentenceEndAt(text: string, i: number): number {
  const { length } = text;
  let j = i + 1;
  while (j < length && isCloserCode(text.charCodeAt(j))) j++;
  if (j >= length) return j;
  const next = text.charCodeAt(j);
  if (text.charCodeAt(i) === 46) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (isDigitCode(prev) && isDigitCode(next)) return -1;
    if (isAbbreviationBefore(text, i)) return -1;
    // A single capital letter and a dot is an initial ("Donald J. Trump").
    if (beforeLength === 1 && isUpperCode(prev)) return -1;
    if (next === 10) return j;
    if (isSpaceCode(next)) {
      let k = j;
      while (k < length && isSpaceCode(text.charCodeAt(k))) k++;
      if (k >= length || text.charCodeAt(k) === 10) return j;
      const n = text.charCodeAt(k);
      return isUpperCode(n) || isDigitCode(n) || isOpenerCode(n) ? j : -1;
    }
    // Glued sentences ("Korea.The"): a lower-case word then a capital.
    // (A word longer than any abbreviation comes back as "".)
    if (isUpperCode(next) && (beforeLength > 1 || (beforeLength === 0 && isLetterCode(prev))) && !beforeDotted && isOwnLowerCode(prev))
      return j;
    return -1;
  }
  if (next === 10 || isSpaceCode(next)) return j;
  return -1;
}

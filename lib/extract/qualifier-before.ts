// The qualifier written before a figure ("more than", "about", "exceeded",
// "~"): which one, and where it starts.

import type { Qualifier } from '../types';
import { isAsciiLetterCode } from '../text/char-codes';

const LETTER_RE = /\p{L}/u;
/** A letter (any script); ASCII without a regex. */
export const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90);
  return LETTER_RE.test(c);
};

const SPACE_RE = /\s/;
/** What \s matches; ASCII without a regex. */
function isJsSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(text[i]!);
}

// Qualifier words right before a figure (lower-cased text, anchored at its
// end), one alternative per group: atLeast, atLeast by a verb, atMost, approx.
const QUALIFIER_GROUPS: readonly (readonly string[])[] = [
  [
    'at least',
    'more than',
    'over',
    'upwards of',
    'upward of',
    'in excess of',
    'no fewer than',
    'no less than',
    'not less than',
    'a minimum of',
    'above',
    'north of',
    'just over',
    'well over',
    'well above',
    'greater than',
    'beyond',
    'at minimum',
  ],
  [
    'exceeded',
    'exceeding',
    'exceeds',
    'exceed',
    'surpassed',
    'surpassing',
    'surpasses',
    'surpass',
    'topped',
    'topping',
    'tops',
    'top',
    'passed',
    'passing',
    'passes',
    'pass',
    'crossed',
    'crosses',
    'outnumbered',
    'past',
  ],
  [
    'up to',
    'fewer than',
    'less than',
    'under',
    'as many as',
    'no more than',
    'not more than',
    'at most',
    'a maximum of',
    'below',
    'just under',
    'at the most',
    'maximum of',
    'as high as',
    'as much as',
  ],
  [
    'about',
    'around',
    'roughly',
    'approximately',
    'some',
    'an estimated',
    'the estimated',
    'nearly',
    'almost',
    'close to',
    'closer to',
    'circa',
    'approx\\.?',
    'an approximate',
    'approximate',
    'an average of',
    'just about',
    'somewhere around',
    'in the region of',
    'just shy of',
    'just short of',
    'shy of',
    'near',
    'nearer',
    'nearer to',
    'more like',
    'approaching',
    'approaches',
    'nearing',
    'nears',
  ],
];
export const QUALIFIER_BEFORE = new RegExp(
  `(?:(?:^|[^a-z])(?:${QUALIFIER_GROUPS.map((g) => `(${g.join('|')})`).join('|')})\\s+|(~|≈|(?<![a-z])(?:c|ca|est)\\.)\\s*)$`,
);
/** The last word of every qualifier above: a figure after any other word has none (the regex need not run). */
const QUALIFIER_LAST_WORDS = new Set(QUALIFIER_GROUPS.flatMap((g) => g.map((q) => q.replace('\\.?', '').split(' ').at(-1)!)));

/**
 * Whether QUALIFIER_BEFORE may match `before` (lower case): its last word,
 * past blanks, ends some qualifier, or it ends in a mark ("~", "≈", "c.", "ca.", "est.", "approx.").
 */
function mayQualify(before: string): boolean {
  let e = before.length;
  while (e > 0 && isJsSpaceCode(before, e - 1)) e--;
  const c = before.charCodeAt(e - 1);
  if (!(c >= 97 && c <= 122)) return true;
  let b = e - 1;
  while (b > 0 && before.charCodeAt(b - 1) >= 97 && before.charCodeAt(b - 1) <= 122) b--;
  return QUALIFIER_LAST_WORDS.has(before.slice(b, e));
}
/**
 * `mayQualify(text.slice(from, end).toLowerCase())` read in the text itself,
 * with no slice of it lower-cased: false only when the last word (ASCII, past
 * blanks) ends no qualifier; true when it may, or when a character outside
 * ASCII stands where lower-casing could change what `mayQualify` reads.
 */
function mayQualifyAt(text: string, from: number, end: number): boolean {
  let e = end;
  while (e > from && isJsSpaceCode(text, e - 1)) e--;
  if (e === from) return true;
  const c = text.charCodeAt(e - 1);
  if (c >= 128) return true;
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return true;
  let upper = c <= 90;
  let b = e - 1;
  while (b > from) {
    const d = text.charCodeAt(b - 1);
    if (d >= 128) return true;
    if (d >= 65 && d <= 90) upper = true;
    else if (!(d >= 97 && d <= 122)) break;
    b--;
  }
  const word = text.slice(b, e);
  return QUALIFIER_LAST_WORDS.has(upper ? word.toLowerCase() : word);
}
const GROUP_QUALIFIER: ReadonlyArray<Qualifier> = ['atLeast', 'atLeast', 'atMost', 'approx', 'approx'];

/** Verbs whose particle "over" is no qualifier ("hand over", "take over", "turn over", "give over"). */
const PHRASAL_OVER = new Set([
  'hand',
  'hands',
  'handed',
  'handing',
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'turn',
  'turns',
  'turned',
  'turning',
  'give',
  'gives',
  'gave',
  'given',
  'giving',
  'sign',
  'signs',
  'signed',
  'signing',
  'pass',
  'passes',
  'passed',
  'passing',
]);

/** The lower-case word that ends before offset `at` (past blanks), or "". */
function wordBeforeAt(text: string, at: number): string {
  let e = at;
  while (e > 0 && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && b > e - 12 && isLetter(text[b - 1])) b--;
  return text.slice(b, e).toLowerCase();
}

/**
 * How `qualifierBefore` reads: 'regex' with QUALIFIER_BEFORE only (the
 * reference the others are held to); 'ascii' in place where the stretch
 * before the figure is ASCII, else with the regex; 'text' in place wherever
 * it may, in a text that `lowersInPlace` (the stretch need not be checked).
 */
export type QualifierReading = 'regex' | 'ascii' | 'text';

/**
 * Whether lower-casing `text` keeps every offset and makes an ASCII letter
 * of no other character: it holds no "İ" (U+0130, two characters lower-cased)
 * and no Kelvin sign (U+212A, lower-cased "k"), the only two such characters
 * (tests/unit/extract/qualifier-before.test.ts checks all of Unicode). Then the
 * lower-cased stretch QUALIFIER_BEFORE reads, at the same offsets, holds what
 * the text does in ASCII, and other characters only where the text has
 * characters outside ASCII: what `qualifierInPlace` reads in place.
 */
export function lowersInPlace(text: string): boolean {
  // (Two searches of the whole text, where a check of each figure's stretch would read its 24 characters.)
  return text.indexOf('\u0130') < 0 && text.indexOf('\u212a') < 0;
}

/**
 * The qualifier ending right before `numStart` (past blanks, on the line
 * from `lineStart`): [qualifier, its start, whether it is a verb], or null.
 */
export function qualifierBefore(
  text: string,
  numStart: number,
  lineStart: number,
  reading: QualifierReading = 'ascii',
): [Qualifier, number, boolean] | null {
  let k = numStart - 1;
  // (Any blank: "about\u00a03,000" is written with a no-break space on many sites.)
  while (k >= lineStart && isJsSpaceCode(text, k)) k--;
  const c = text[k];
  if (c === undefined || !(isLetter(c) || c === '~' || c === '≈' || c === '.')) return null;
  const from = Math.max(lineStart, numStart - 24);
  if (reading !== 'regex') {
    const found = qualifierInPlace(text, from, numStart, reading === 'text');
    if (found !== undefined) return found;
  }
  if (!mayQualifyAt(text, from, numStart)) return null;
  const before = text.slice(from, numStart).toLowerCase();
  const m = mayQualify(before) ? QUALIFIER_BEFORE.exec(before) : null;
  if (!m) return null;
  for (let g = 1; g <= 5; g++) {
    const hit = m[g];
    // "the top 10" is a rank, not a verb.
    if (hit === 'top' && TOP_RANK.test(before)) return null;
    // "hand over 2 prisoners", "took over 300 positions": the particle of a phrasal verb, not "more than".
    if (hit === 'over' && PHRASAL_OVER.has(wordBeforeAt(text, numStart - before.length + before.lastIndexOf('over')))) return null;
    if (hit !== undefined) return [GROUP_QUALIFIER[g - 1]!, from + before.lastIndexOf(hit), g === 2];
  }
  return null;
}

const TOP_RANK = /\b(?:the|a|its|their|our|his|her)\s+top\s+$/;

/**
 * The qualifiers of QUALIFIER_GROUPS that end in a letter, with their group
 * (1-based), by the last letter and length of their last word
 * (`lastWordKey`), longest first.
 */
const QUALIFIERS_BY_LAST_WORD: ({ q: string; g: number }[] | undefined)[] = [];
/** The key of a last word of `length` letters ending in the lower-case letter code `c` (a last word is shorter than 32). */
const lastWordKey = (c: number, length: number): number => (c - 97) * 32 + length;
QUALIFIER_GROUPS.forEach((group, i) => {
  for (const q of group) {
    // ("approx\\.?" ends in a letter without its dot.)
    const plain = q.replace('\\.?', '');
    if (!/^[a-z]+(?: [a-z]+)*$/.test(plain)) throw new Error(`qualifier-before: not a plain qualifier: ${q}`);
    const length = plain.length - plain.lastIndexOf(' ') - 1;
    if (length >= 32) throw new Error(`qualifier-before: a last word too long: ${q}`);
    const key = lastWordKey(plain.charCodeAt(plain.length - 1), length);
    QUALIFIERS_BY_LAST_WORD[key] = [...(QUALIFIERS_BY_LAST_WORD[key] ?? []), { q: plain, g: i + 1 }];
  }
});
// Longest first: the one that starts first is the one QUALIFIER_BEFORE finds (a stable sort keeps its order among equals).
for (const list of QUALIFIERS_BY_LAST_WORD) list?.sort((a, b) => b.q.length - a.q.length);

const isAsciiSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * What the regex part of `qualifierBefore` finds in text[from, end), read in
 * place (no lower-cased copy, no regex) when that stretch ends in ASCII blanks
 * after an ASCII letter, and is ASCII or `lowersInPlace` holds of the text
 * (`anyStretch`); undefined otherwise (the regex reads it).
 * Lower-casing then keeps every offset and changes only ASCII capitals, a
 * qualifier (ASCII letters and spaces) can match only when it ends the
 * stretch's last word, with no ASCII letter before it (any other character
 * is one the regex's [^a-z] takes), and of those the longest that fits is
 * the one QUALIFIER_BEFORE's leftmost match finds.
 */
function qualifierInPlace(text: string, from: number, end: number, anyStretch: boolean): [Qualifier, number, boolean] | null | undefined {
  // (A loop over the stretch's characters costs more than the rest of this reading: skipped when the text was checked whole.)
  if (!anyStretch) for (let i = from; i < end; i++) if (text.charCodeAt(i) >= 128) return undefined;
  let e = end;
  while (e > from && isAsciiSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === from || !isAsciiLetterCode(text.charCodeAt(e - 1))) return undefined;
  // A word with no blank after it: no qualifier (each needs one), and no mark ends it.
  if (e === end) return null;
  let b = e - 1;
  while (b > from && isAsciiLetterCode(text.charCodeAt(b - 1))) b--;
  // (The qualifiers whose last word has the letters' length and last letter: each is compared whole below.)
  const list = e - b < 32 ? QUALIFIERS_BY_LAST_WORD[lastWordKey(text.charCodeAt(e - 1) | 32, e - b)] : undefined;
  if (list === undefined) return null;
  for (const { q, g } of list) {
    const s = e - q.length;
    if (s < from || (s > from && isAsciiLetterCode(text.charCodeAt(s - 1)))) continue;
    let n = 0;
    while (n < q.length) {
      const c = text.charCodeAt(s + n);
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== q.charCodeAt(n)) break;
      n++;
    }
    if (n < q.length) continue;
    if (q === 'top' && TOP_RANK.test(text.slice(from, end).toLowerCase())) return null;
    if (q === 'over' && PHRASAL_OVER.has(wordBeforeAt(text, s))) return null;
    return [GROUP_QUALIFIER[g - 1]!, s, g === 2];
  }
  return null;
}

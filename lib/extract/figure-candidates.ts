// The candidates of figures in a text: one global regex for a digit or a
// number word, and where each match starts, read back from its end.

import { NUMBER_WORDS } from '../text/numbers';
import { isAsciiLetterCode, isDigitCode } from '../text/char-codes';

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
export function isRegexWordCode(c: number): boolean {
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

// Finds written figures in a text in one regex pass (./figure-candidates.ts)
// and reads each one (./read-number.ts, with the number grammar of
// ../text/numbers.ts): value, range, qualifier, offsets.

import type { Qualifier } from '../types';
import { isScaleWord } from '../text/numbers';
import { candidateStart, candidates, isRegexWordCode } from './figure-candidates';
import { lowersInPlace, qualifierBefore, type QualifierReading } from './qualifier-before';
import { isDigitCode } from '../text/char-codes';
import type { DisabledRules } from './rule';
import { FROM_UP_TO, numberRules, OR_SCALE_RANGE } from './numbers/grammar-rules';
import { FIRST_READ, isDigitCh, isRunCode, readNumber, SECOND_READ, spelledAt, STARTS_BY_FIRST } from './read-number';

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

const SUFFIX_AT_LEAST = /^(?:\+|-plus\b| or more\b| and more\b| plus\b(?! [a-z]+ (?:[0-9]|one|two|three|four|five)))/;
const SUFFIX_AT_MOST = /^(?: or fewer\b| or less\b| at most\b| at the most\b)/;
const SUFFIX_APPROX = /^(?: or so\b|-odd\b| odd\b(?= [a-z]))/;
const CHANGE_BY =
  /(?:rose|risen|rising|increased|increasing|grew|grown|growing|jumped|climbed|swelled|expanded|raised|revised|up|fell|dropped|declined|decreased|down|reduced)\s+by\s+$/;
/** Between the numbers of a range, on one line (a figure never spans a line break). */
const RANGE_SEP = /^(?:[^\S\n]*(?:-|–|—|to)[^\S\n]*|[^\S\n]+(?:and|or|up[^\S\n]+to)[^\S\n]+)/;

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
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 116 || c === 97 || c === 111 || c === 117;
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

export function scanFigures(text: string, disabled?: DisabledRules): RawFigure[] {
  const rules = numberRules(disabled);
  const re = candidates();
  re.lastIndex = 0;
  const out: RawFigure[] = [];
  const lines = new LineTracker(text);
  // Qualifiers read in place, with no check of each figure's stretch, when lower-casing the text keeps its offsets.
  const reading: QualifierReading = lowersInPlace(text) ? 'text' : 'ascii';
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
    const read = readNumber(text, aStart >= 0 ? aStart : p, FIRST_READ, false, rules);
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

    // Ranges: "11,000 to 12,000", "11,000–12,000", "between 10 and 12 thousand", "10-12,000", "from 10,000 up to 12,000".
    const sep = mayStartRange(text, end) ? RANGE_SEP.exec(text.slice(end, end + 8)) : null;
    if (sep) {
      const before = text.slice(Math.max(lineStart, p - 9), p).toLowerCase();
      const between = /between\s+$/.test(before);
      // "rose from 11,000 to 12,000" is a change, not a range.
      const fromBefore = /from\s+$/.test(before) && CHANGE_FROM.test(text.slice(Math.max(lineStart, p - 80), p).toLowerCase());
      // "rose by 1,000 to 4,000": a change and a total, not a range.
      const byBefore = /by\s+$/.test(before) && CHANGE_BY.test(text.slice(Math.max(lineStart, p - 24), p).toLowerCase());
      // ("10 or 12 thousand": digits before "or" make a range only when the second lends them its scale, numbers.or-scale-range.)
      const digitsOr = sep[0].trim() === 'or' && read.word === null;
      // ("from 10,000 up to 12,000": a range after "from", not a change; numbers.from-up-to-range.)
      const upTo = sep[0].trim().startsWith('up');
      if (
        !byBefore &&
        (sep[0].trim() !== 'and' || between) &&
        (!digitsOr || (rules & OR_SCALE_RANGE) !== 0) &&
        (!upTo || ((rules & FROM_UP_TO) !== 0 && /from\s+$/.test(before) && !fromBefore))
      ) {
        const q = end + sep[0].length;
        const second = isDigitCh(text[q]) || /[A-Za-z]/.test(text[q] ?? '') ? readNumber(text, q, SECOND_READ, true, rules) : null;
        const years = read.plainDigits && second?.plainDigits && read.value >= 1800 && read.value <= 2100;
        if (second && second.value > 0 && !years) {
          let a = read.value;
          const b = second.value;
          // "between 10 and 12 thousand", "10-12,000": the scale of the second applies to the first.
          const scaled = !read.hasScaleWord && second.scale > 1 && a * second.scale <= b && a * second.scale * 10 > b;
          if (scaled) a *= second.scale;
          if (a < b && !(fromBefore && sep[0].trim() === 'to' && !between) && (!digitsOr || scaled)) {
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
      const qb = qualifierBefore(text, start, lineStart, reading);
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
      const qb = qualifierBefore(text, start, lineStart, reading);
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

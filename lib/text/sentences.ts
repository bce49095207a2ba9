// Local sentence boundaries: the sentence around one offset, and its
// neighbours. The boundaries of a text are found a block at a time, the first
// time a sentence near the block is asked for, and remembered: the extractor
// asks for the same sentences many times (a figure's, the one before it for
// each stage that looks back, the one after), and each boundary is then
// decided once (./sentence-end.ts says whether a mark ends a sentence).

import { sentenceEndAt } from './sentence-end';

export { ABBREVIATIONS, isAbbreviationBefore, wordBefore, wordBeforeRead } from './sentence-end';

/** Longest stretch scanned in either direction before giving up on a boundary. */
const MAX_SCAN = 1500;

const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;

/** Marks found at a time past the last one asked for (the extractor asks front to back, a sentence or two ahead). */
const AHEAD = 4096;
/** No further mark of that kind in the text. */
const NONE = 0x7fffffff;

/** Entries stepped over from the last answer before a binary search. */
const NEAR_STEPS = 8;

/** A growable list of text offsets. */
class Offsets {
  at = new Int32Array(256);
  n = 0;

  push(i: number): void {
    if (this.n === this.at.length) {
      const at = new Int32Array(this.n * 2);
      at.set(this.at);
      this.at = at;
    }
    this.at[this.n++] = i;
  }

  /** The answer `below` last gave: the next question is mostly about a sentence near the last. */
  private near = 0;

  /** How many offsets are below `pos`: stepped to from the last answer when near it, else by binary search. */
  below(pos: number): number {
    const { at, n } = this;
    let k = this.near;
    for (let steps = 0; steps < NEAR_STEPS; steps++) {
      if (k < n && at[k]! < pos) k++;
      else if (k > 0 && at[k - 1]! >= pos) k--;
      else return (this.near = k);
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return (this.near = lo);
  }
}

/**
 * The boundaries of one text, found front to back the first time a sentence
 * near them is asked for: its line breaks, and the terminators ('.', '!', '?')
 * that end a sentence, each with the index past it and its closing quotes.
 * (Each kind of mark is found with indexOf, which is several times faster
 * than a regex or a loop over the characters.)
 */
class Boundaries {
  private readonly breaks = new Offsets();
  private readonly ends = new Offsets();
  /** Per entry of `ends`, where the next sentence may start: past the terminator and its closing quotes. */
  private readonly past = new Offsets();
  /** Every mark before this offset is in the lists. */
  private upTo = 0;

  constructor(readonly text: string) {}

  /** What `around` found: the sentence's start and end, untrimmed (no pair made per question). */
  start = 0;
  end = 0;

  /**
   * The sentence holding `pos`, in `start` and `end`. Its start is past the
   * last line break or sentence end in [lowest, pos) (`lowest` when none;
   * boundaries only grow with their marks' index, so the nearest gives the
   * greatest); its end at the first line break in [pos, last], or past the
   * first sentence end there, whichever comes first (-1 when none).
   */
  around(pos: number, lowest: number, last: number): void {
    const { breaks, ends, past } = this;
    this.readTo(pos);
    // Read ahead until a boundary at or after `pos` is known, or `last` is passed.
    while (breaks.n === 0 || breaks.at[breaks.n - 1]! < pos) {
      if ((ends.n > 0 && ends.at[ends.n - 1]! >= pos) || this.upTo > last) break;
      this.readTo(Math.min(last + 1, Math.max(this.upTo, pos) + AHEAD));
    }
    // The marks before `pos` and the first at or after it, for both ends at once.
    const b = breaks.below(pos);
    let e = ends.below(pos);
    const atBreak = b < breaks.n && breaks.at[b]! <= last ? breaks.at[b]! : NONE;
    const atEnd = e < ends.n && ends.at[e]! <= last ? past.at[e]! : NONE;
    const end = Math.min(atBreak, atEnd);
    this.end = end === NONE ? -1 : end;
    let start = lowest;
    if (pos > lowest) {
      if (b > 0) start = Math.max(start, breaks.at[b - 1]! + 1);
      // (A terminator whose closing quotes run past `pos` ends no sentence before it; only the last can.)
      if (e > 0 && past.at[e - 1]! > pos) e--;
      if (e > 0 && ends.at[e - 1]! >= lowest) start = Math.max(start, past.at[e - 1]!);
    }
    this.start = start;
  }

  /** The start of the line holding `pos`: past the last line break before it (0 when none). */
  lineStart(pos: number): number {
    if (pos <= 0) return 0;
    this.readTo(pos);
    const b = this.breaks.below(pos);
    return b > 0 ? this.breaks.at[b - 1]! + 1 : 0;
  }

  /** Puts every mark before `to` in the lists (and a stretch after, for the questions to come). */
  private readTo(to: number): void {
    if (to <= this.upTo) return;
    const { text } = this;
    const from = this.upTo;
    const stop = Math.min(text.length, Math.max(to, from + AHEAD));
    // Each kind of mark is searched for in a view of the stretch (a slice is no copy): no search runs on past it
    // (a '?' may be a megabyte away), and the stretch stays in the cache while it is read again for the next kind.
    const stretch = text.slice(from, stop);
    for (let i = stretch.indexOf('\n'); i >= 0; i = stretch.indexOf('\n', i)) {
      this.breaks.push(from + i);
      // A blank line's second break is read in place (no search for it).
      while (++i < stretch.length && stretch.charCodeAt(i) === 10) this.breaks.push(from + i);
    }
    let dot = indexIn(stretch, '.', 0);
    let bang = indexIn(stretch, '!', 0);
    let question = indexIn(stretch, '?', 0);
    for (;;) {
      const i = Math.min(dot, bang, question);
      if (i === NONE) break;
      const past = sentenceEndAt(text, from + i);
      if (past >= 0) {
        this.ends.push(from + i);
        this.past.push(past);
      }
      if (i === dot) dot = indexIn(stretch, '.', i + 1);
      else if (i === bang) bang = indexIn(stretch, '!', i + 1);
      else question = indexIn(stretch, '?', i + 1);
    }
    this.upTo = stop;
  }
}

/** The index of the first `mark` in `s` at or after `from`, or NONE. */
function indexIn(s: string, mark: string, from: number): number {
  const i = s.indexOf(mark, from);
  return i < 0 ? NONE : i;
}

/** The boundaries of the text last asked about (one text is read at a time). */
let known: Boundaries | null = null;

const boundariesOf = (text: string): Boundaries => {
  // (The same string object is passed throughout one extraction: the comparison is by reference then.)
  if (known === null || known.text !== text) known = new Boundaries(text);
  return known;
};

/** Lets go of the remembered boundaries and of their text (at the end of an extraction). */
export function forgetSentences(): void {
  known = null;
}

/** The start of the line holding `pos`: the index after the last '\n' before it (0 when none). */
export function lineStartOf(text: string, pos: number): number {
  return boundariesOf(text).lineStart(pos);
}

/**
 * The sentence around offset `pos`: [start, end) with surrounding spaces
 * trimmed. A sentence never crosses a line break (headlines carry no full stop).
 * `floor`, when given, is a known sentence boundary at or before `pos`.
 */
export function sentenceAround(text: string, pos: number, floor = 0): [number, number] {
  const bounds = boundariesOf(text);
  bounds.around(pos, Math.max(floor, pos - MAX_SCAN), Math.min(text.length - 1, pos + MAX_SCAN));
  let { start, end } = bounds;
  if (end < 0) end = Math.min(text.length, pos + MAX_SCAN);
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

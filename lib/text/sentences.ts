// Local sentence boundaries: the sentence around one offset, and its
// neighbours. The boundaries of a text are found a stretch at a time, front to
// back, as far as the sentences asked for reach, and remembered: the extractor
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
/** A terminator not yet decided. */
const UNDECIDED = -2;
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
 * near them is asked for: its line breaks, and its terminators ('.', '!', '?'),
 * each decided (whether it ends a sentence, and where the next may start) the
 * first time a question reaches it (a third of them never are: no figure near).
 * (Each kind of mark is found with indexOf, which is several times faster
 * than a regex or a loop over the characters.)
 */
class Boundaries {
  private readonly breaks = new Offsets();
  /** Every terminator ('.', '!', '?') read so far. */
  private readonly stops = new Offsets();
  /** Per entry of `stops`: past it and its closing quotes when it ends a sentence, -1 when not, UNDECIDED until asked. */
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
   * Terminators are decided only as far as a question needs them.
   */
  around(pos: number, lowest: number, last: number): void {
    const { breaks, stops } = this;
    this.readTo(pos);
    // The marks before `pos` and the first at or after it, for both ends at once.
    const b = breaks.below(pos);
    const t = stops.below(pos);
    let start = lowest;
    if (pos > lowest) {
      const lineStart = b > 0 ? breaks.at[b - 1]! + 1 : 0;
      start = Math.max(start, lineStart);
      // Back to the line's start: a terminator before a line break ends no later than it.
      for (let m = t - 1; m >= 0 && stops.at[m]! >= start; m--) {
        const past = this.pastOf(m);
        // (A terminator whose closing quotes run past `pos` ends no sentence before it.)
        if (past >= 0 && past <= pos) {
          start = Math.max(start, past);
          break;
        }
      }
    }
    this.start = start;
    // Forward to the first line break, or `last`, reading ahead as needed.
    let end = NONE;
    let m = t;
    for (;;) {
      const atBreak = b < breaks.n && breaks.at[b]! <= last ? breaks.at[b]! : NONE;
      const limit = Math.min(last, atBreak);
      for (; m < stops.n && stops.at[m]! <= limit; m++) {
        const past = this.pastOf(m);
        if (past >= 0) {
          end = past;
          break;
        }
      }
      if (end !== NONE || m < stops.n || atBreak !== NONE || this.upTo > last) {
        end = Math.min(end, atBreak);
        break;
      }
      this.readTo(Math.min(last + 1, Math.max(this.upTo, pos) + AHEAD));
    }
    this.end = end === NONE ? -1 : end;
  }

  /** Whether the m-th terminator ends a sentence (see `past`), decided once. */
  private pastOf(m: number): number {
    let past = this.past.at[m]!;
    if (past === UNDECIDED) {
      past = sentenceEndAt(this.text, this.stops.at[m]!);
      this.past.at[m] = past;
    }
    return past;
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
      this.stops.push(from + i);
      this.past.push(UNDECIDED);
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

// Whether a sentence names North Korea (NAMES_NORTH_KOREA on its text),
// remembered for the sentences asked about lately. The same sentence is asked
// about up to three times, each a regex pass over its text: as the one after a
// sentence that does not name it and as one of the three before another
// (./passage.ts, nkAround), and as a figure's own (../open-sentence.ts).

import { NAMES_NORTH_KOREA } from '../lexicon/north-korea';

/** Sentences remembered (a power of two): a slot per sentence by its start, so the last few hundred mostly stay. */
const SLOTS = 256;

/** NAMES_NORTH_KOREA on the sentences of one text, remembered by their bounds (one per extraction, in its `Ctx`). */
export class SentenceNk {
  // (Typed arrays by slot: a lookup makes no object, and a miss no entry of a Map.)
  private readonly starts = new Int32Array(SLOTS).fill(-1);
  private readonly ends = new Int32Array(SLOTS);
  private readonly nk = new Uint8Array(SLOTS);

  constructor(private readonly text: string) {}

  /** Whether text[start, end) names North Korea: NAMES_NORTH_KOREA on that slice, run once for the same bounds. */
  names(start: number, end: number): boolean {
    const slot = start & (SLOTS - 1);
    if (this.starts[slot] === start && this.ends[slot] === end) return this.nk[slot] === 1;
    const nk = NAMES_NORTH_KOREA.test(this.text.slice(start, end));
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.nk[slot] = nk ? 1 : 0;
    return nk;
  }
}

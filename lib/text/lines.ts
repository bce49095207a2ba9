// Line starts for positions asked for in any order: read from the line breaks
// the sentence finder remembers for the text (./sentences.ts), so that each
// line break is found once, for both, and a one-line text of a megabyte
// costs one pass, not one pass per sentence.

import { lineStartOf } from './sentences';

export class LineStarts {
  constructor(private readonly text: string) {}

  /** Start of the line holding `pos`: the index after the last '\n' before it (0 when none). */
  of(pos: number): number {
    return lineStartOf(this.text, pos);
  }
}

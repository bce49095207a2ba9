// Line starts for positions asked for mostly front to back, as the extractor
// reads a text: each line break is found once, so a one-line text of a
// megabyte costs one pass, not one pass per sentence.

export class LineStarts {
  /** Start of the line holding `at`, and the first line break at or after `at` (-1: none). */
  private at = 0;
  private start = 0;
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf('\n');
  }

  /** Start of the line holding `pos`: the index after the last '\n' before it (0 when none). */
  of(pos: number): number {
    if (pos <= 0) return 0;
    // Backwards (rare): ask the text.
    if (pos < this.at) return this.text.lastIndexOf('\n', pos - 1) + 1;
    while (this.next >= 0 && this.next < pos) {
      this.start = this.next + 1;
      this.next = this.text.indexOf('\n', this.start);
    }
    this.at = pos;
    return this.start;
  }
}

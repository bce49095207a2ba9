// The contract every extracted claim keeps, on any text (CLAIMS.md): the
// figure at its offsets, its sentence holding it at the right place, a real
// period, low ≤ high, and the background's own check passed.
import { checkClaim, isPeriod } from '../../lib/store/validate';
import type { Claim } from '../../lib/types';

/** What is wrong with `c` as extracted from `text`, or null. */
export function contractBreak(text: string, c: Claim): string | null {
  if (text.slice(c.start, c.end) !== c.figure) return `offsets ${c.start}–${c.end} do not hold ${JSON.stringify(c.figure)}`;
  // The sentence is the text's, around the figure: its last occurrence at or before the figure must span it.
  const at = text.lastIndexOf(c.sentence, c.start);
  if (at < 0 || at + c.sentence.length < c.end)
    return `sentence does not hold the figure at ${c.start}: ${JSON.stringify(c.sentence.slice(0, 80))}`;
  if (c.sentence.includes('\n')) return 'sentence crosses a line break';
  if (c.period !== null && !isPeriod(c.period)) return `period ${JSON.stringify(c.period)}`;
  if (c.low !== null && c.high !== null && c.low > c.high) return `low ${c.low} > high ${c.high}`;
  try {
    checkClaim(c, 'claim');
  } catch (e) {
    return `refused by the background: ${(e as Error).message}`;
  }
  return null;
}

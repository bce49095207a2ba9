// The extractor's last step: a claim leaves it only in the shape the
// background takes (the one check both run, checkClaim of
// lib/store/validate.ts), with its figure at its offsets in the text and at
// its place in its sentence. A field that can be dropped is dropped (an
// impossible period becomes null); a claim that cannot be mended is left out.
import { checkClaim, isPeriod, isWellFormedClaim, MAX_LENGTH } from '../store/validate';
import type { Claim } from '../types';

/**
 * `c` as the background takes it, or null. `sentenceStart`: the offset of
 * `c.sentence` in `text`; `checked`, a string known to be the text's at
 * `sentenceStart` (a sentence that is that very string is not compared with
 * the text again).
 */
export function conform(c: Claim, text: string, sentenceStart: number, checked?: string): Claim | null {
  // The figure at its offsets, and its sentence the text's at `sentenceStart`, holding it there.
  // (Compared in place: no slice of the text per claim.)
  if (c.end <= c.start || c.figure.length !== c.end - c.start || !text.startsWith(c.figure, c.start)) return null;
  if (c.start < sentenceStart || c.end > sentenceStart + c.sentence.length) return null;
  if (!(checked !== undefined && c.sentence === checked) && !text.startsWith(c.sentence, sentenceStart)) return null;
  let out = c;
  // "On February 30", "December 0050": no such time; the publication date stands for it.
  if (out.period !== null && !isPeriod(out.period)) out = { ...out, period: null };
  // A source phrase longer than any name (a run of capitals): no one is named.
  if (out.attribution && out.attribution.text.length > MAX_LENGTH.attribution) out = { ...out, attribution: null };
  // (The check alone: a well-formed claim is kept as it is, so none is built for it.
  // Its figure stands in its sentence where it stands in the text, as checked above: there, not searched for.)
  if (isWellFormedClaim(out as unknown as Record<string, unknown>, c.start - sentenceStart)) return out;
  try {
    checkClaim(out, 'claim');
  } catch {
    return null;
  }
  return out;
}

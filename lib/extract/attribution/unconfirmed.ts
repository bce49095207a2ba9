// Attribution stage: a speaker who could not confirm a figure is not its
// source ("The Pentagon said it could not independently verify reports that
// 500 ... were killed": no one named gives it; "... the deaths of 500 that
// Kyiv reported": Kyiv does).

import { CONTRAST_MARK, isWord, type Token } from '../tokens';
import { VERIFICATION_VERBS } from '../lexicon/speech';
import type { Cue } from './cue-rules';

/** Words that deny the verification after them ("could not", "cannot", "was unable to", "declined to", "has yet to"). */
const DENIALS = new Set(['not', 'never', 'cannot', 'unable', 'declined', 'refused', 'failed', 'yet', 'no']);
/** Words between a denial and its verb ("not independently", "unable to immediately", "not be able to"). */
const DENIAL_GAP = new Set(['to', 'be', 'able', 'independently', 'immediately', 'officially', 'yet', 'publicly', 'fully']);

/** Token j is a verb of verification denied just before it ("could not confirm", "unable to independently verify"). */
export function deniedVerification(T: readonly Token[], j: number): boolean {
  if (!VERIFICATION_VERBS.has(T[j]!.w)) return false;
  for (let b = j - 1; b >= 0 && j - b <= 5; b--) {
    const w = T[b]!.w;
    if (DENIALS.has(w) || w.endsWith("n't")) return true;
    if (!DENIAL_GAP.has(w) || !isWord(T[b])) return false;
  }
  return false;
}

/**
 * Whether cue `c` is one that could not confirm the figure at `figAt`: a
 * denied verification between them, with no contrast after it ("..., but
 * believed 100 had died": that figure is the speaker's own); or, for a cue
 * after the figure, right after its verb ("..., a figure the Pentagon said it
 * could not verify").
 */
export function deniesFigure(T: readonly Token[], c: Cue, figAt: number): boolean {
  if (c.at < figAt) {
    let denied = false;
    for (let j = c.k + 1; j < T.length && T[j]!.start < figAt; j++) {
      if ((T[j]!.marks & CONTRAST_MARK) !== 0) denied = false;
      else if (deniedVerification(T, j)) denied = true;
    }
    return denied;
  }
  for (let j = c.k + 1; j < T.length && j <= c.k + 8; j++) {
    if (deniedVerification(T, j)) return true;
    if (!isWord(T[j])) return false;
  }
  return false;
}

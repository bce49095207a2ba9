// Metric stage: a figure that refers back to the one before ("put the figure
// at 1,000", "had counted more than 10,000") counts what it counted.

import { VERB_SKIP } from '../grammar';
import type { Token } from '../tokens';

/** "put the figure at 1,000", "the number stood at", "raised the toll to". */
export function isAnaphoric(T: readonly Token[], k: number): boolean {
  const p = T[k - 1]?.w;
  if (p !== 'at' && p !== 'to' && p !== 'was' && p !== 'is' && p !== 'of') return false;
  for (let j = k - 2; j >= 0 && k - j <= 5; j--) {
    const w = T[j]!.w;
    if (
      w === 'figure' ||
      w === 'number' ||
      w === 'toll' ||
      w === 'tally' ||
      w === 'count' ||
      w === 'total' ||
      w === 'estimate' ||
      w === 'it' ||
      w === 'figures' ||
      w === 'numbers'
    )
      return true;
  }
  return false;
}

export const COUNT_VERBS = new Set([
  'counted',
  'estimated',
  'estimates',
  'estimate',
  'tallied',
  'recorded',
  'confirmed',
  'put',
  'puts',
  'reported',
  'identified',
  'registered',
]);

/** A bare figure right after a counting verb ("Washington had counted more than 10,000"). */
export function countedBefore(T: readonly Token[], k: number): boolean {
  let p = k - 1;
  while (p >= 0 && VERB_SKIP.has(T[p]!.w)) p--;
  return COUNT_VERBS.has(T[p]?.w ?? '');
}

/** "and another 3,000 in January", "a further 200": an increment word right before the figure. */
export function incrementBefore(T: readonly Token[], k: number): boolean {
  const p = T[k - 1]?.w;
  if (p === 'another') return true;
  if (p !== 'further' && p !== 'additional' && p !== 'extra') return false;
  const a = T[k - 2]?.w;
  return a === 'a' || a === 'an';
}

// Scope: wounded soldiers flown home, evacuated or treated somewhere are some
// of the wounded, not their count ("some 200 wounded soldiers were flown home
// in April" is no total of the wounded to set against 4,000).

import type { ScopeRule } from './rules';
import { clause } from './grammar';

/** Verbs of moving or treating the wounded (after the figure, in its clause). */
const MOVED = new Set([
  'flown',
  'evacuated',
  'airlifted',
  'transported',
  'repatriated',
  'hospitalised',
  'hospitalized',
  'treated',
  'sent',
  'brought',
  'returned',
  'shipped',
  'moved',
]);
/** Where they were moved ("flown home", "sent back", "taken to hospitals"). */
const TO_PLACE = new Set(['home', 'back', 'to', 'in', 'at', 'from']);

export const WOUNDED_MOVED: ScopeRule = {
  id: 'part.wounded-moved',
  scope: 'part',
  summary:
    'wounded soldiers flown home, evacuated or treated somewhere are some of the wounded: "some 200 wounded soldiers were flown home"',
  triggers: [[...MOVED]],
  fires(T, k, metric) {
    if (metric !== 'wounded') return false;
    const [, hi] = clause(T, k);
    for (let i = k + 1; i < hi; i++) {
      const w = T[i]!.w;
      if (!MOVED.has(w)) continue;
      // "were evacuated", "had been flown home", "treated in hospitals in Pyongyang".
      if (w === 'evacuated' || w === 'airlifted' || w === 'repatriated' || w === 'hospitalised' || w === 'hospitalized') return true;
      if (TO_PLACE.has(T[i + 1]?.w ?? '')) return true;
    }
    return false;
  },
  cases: [
    ['Some [200] wounded North Korean soldiers were flown home in April, the NIS said.', 'wounded', 'part'],
    ['About [1,000] wounded North Korean soldiers have been treated in hospitals in Moscow, Kyiv said.', 'wounded', 'part'],
    ['[About 2,700] North Korean soldiers have been wounded, the NIS said.', 'wounded', 'total'],
  ],
};

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { forgetSides, sideIn } from '../../../lib/extract/attribution/sides';
import { sideEntities } from '../../../lib/extract/lexicon';
import type { Side } from '../../../lib/types';

/** The side entities tried one by one, the earliest kept (the first on a tie): what sideIn's one pattern must give. */
function eachAlone(s: string, skipKp: boolean): { side: Side; index: number } | null {
  let best: { side: Side; index: number } | null = null;
  for (const [re, side] of sideEntities()) {
    if (skipKp && side === 'kp') continue;
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = { side, index: m.index };
  }
  return best;
}

const PIECES = [
  'Seoul',
  'South Korea',
  "South Korea's",
  'NIS',
  'Kyiv',
  'Ukraine',
  'Zelensky',
  'US',
  'U.S.',
  'Pentagon',
  'American',
  'Russia',
  'Kremlin',
  'Putin',
  'North Korea',
  'Pyongyang',
  'KCNA',
  'Kim Jong Un',
  'NATO',
  'Reuters',
  'think-tank',
  'NK News',
  'officials',
  'the agency',
  'said',
  ' ',
  ', ',
  "'s",
  'x',
];

describe('sideIn reads every side pattern in one pass', () => {
  test('the same side and place as each pattern tried alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.boolean(), (pieces, skipKp) => {
        // A lower-case letter keeps the all-capitals retry out of it.
        const s = `a ${pieces.join(' ')}`;
        forgetSides();
        const got = sideIn(s, skipKp);
        const want = eachAlone(s, skipKp);
        expect(got === null ? null : { side: got.side, index: got.index }).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

import { expect, test } from 'vitest';
import { otherSidesOf } from '../../../lib/compare/sides';
import type { Side } from '../../../lib/types';

test.each<[Side, string, Side[]]>([
  ['ua', 'Ukrainian and South Korean estimates', ['kr']],
  ['us', 'US and South Korean officials', ['kr']],
  ['ua', 'Kyiv / Seoul', ['kr']],
  ['kr', "Seoul's spy agency", []],
  ['kr', 'lawmakers briefed by the NIS and the JCS', []],
  // Only sources joined as one: a source citing another is that source's figure.
  ['ua', "Ukraine's military intelligence, citing Russian documents", []],
  ['other', 'Institute for the Study of War', []],
])('%s %j names also %j', (side, text, want) => {
  expect(otherSidesOf({ side, text })).toEqual(want);
});

test('no attribution names no side', () => {
  expect(otherSidesOf(null)).toEqual([]);
});

// Numbers stage: a number in parentheses right after a number of the same
// value restates it ("4,000 (four thousand) soldiers", "four thousand (4,000)"),
// as official and translated copy writes a figure in words and digits: one
// figure, not a second one.

import type { RawFigure } from '../figures';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const RESTATED_IN_PARENTHESES: RuleInfo = {
  id: 'restated-in-parentheses',
  stage: 'numbers',
  summary: 'a number in parentheses right after one of the same value restates it ("4,000 (four thousand) soldiers"): no figure of its own',
  cases: [
    { text: 'Kyiv says North Korea has lost 4,000 ([four thousand]) soldiers in Kursk.', want: null },
    { text: 'Kyiv says North Korea has lost four thousand ([4,000]) soldiers in Kursk.', want: null },
    { text: 'Kyiv says North Korea has lost [4,000] (four thousand) soldiers in Kursk.', want: { metric: 'casualties', low: 4000 } },
    // Another value in parentheses is a figure of its own ("1,100 (300 of them dead)").
    { text: 'Seoul says North Korea has had 1,100 casualties ([300] of them killed).', want: { metric: 'killed', low: 300 } },
  ],
};

/** The figure at token `k` stands alone in parentheses right after a figure of the same value. */
export function restatesFigureBefore(figs: readonly RawFigure[], T: readonly Token[], k: number): boolean {
  const before = T[k - 2];
  if (T[k - 1]?.w !== '(' || T[k + 1]?.w !== ')' || before === undefined || before.fig < 0) return false;
  const a = figs[before.fig]!;
  const b = figs[T[k]!.fig]!;
  return a.low === b.low && a.high === b.high && a.qualifier === b.qualifier;
}

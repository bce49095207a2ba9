// Scope rules: an addition to an earlier count (`increment`).

import { BRINGS_TOTAL } from './brings-total';
import { clause, coordinatedBefore, headAfter, metricAt, metricNamedBefore, w } from './grammar';
import { MONTHS } from '../lexicon';
import type { Token } from '../tokens';
import {
  BE,
  FIRST_DEPLOYMENT_MONTHS,
  FRESH,
  GROUP_NOUNS,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  LATER_ORDINALS,
  SPECIALISTS,
  WAVE_VERBS,
  WINDOW_PREPS,
  WITHIN_MONTH,
  wordsOf,
} from './words';
import type { ScopeRule } from './rules';

/** The increment rules, in the order the stage asks them (./rules.ts). */
export const INCREMENT_RULES: readonly ScopeRule[] = [
  {
    id: 'increment.another',
    scope: 'increment',
    summary:
      'an addition to an earlier count: "another 2,000", "an additional 3,000", "a further 1,000", "2,000 more troops", "a second batch of" (not "300 killed and another 2,700 wounded": a second metric)',
    triggers: [wordsOf(INCREMENT_BEFORE, INCREMENT_AFTER, LATER_ORDINALS, FRESH, ['reinforcements', 'reinforcement', 'additionally'])],
    fires(T, k, metric) {
      const h = headAfter(T, k);
      if (
        INCREMENT_BEFORE.has(w(T, k - 1)) ||
        INCREMENT_AFTER.has(w(T, k + 1)) ||
        (h > k + 1 && T.slice(k + 1, h).some((t) => INCREMENT_AFTER.has(t.w)))
      ) {
        // "300 killed and another 2,700 wounded": a second metric, not an addition to the first count.
        const j = coordinatedBefore(T, k, true);
        const other = j >= 0 ? (metricAt(T, j) ?? metricNamedBefore(T, j)) : null;
        return !(other !== null && other !== metric && metricAt(T, k) !== other);
      }
      // "a second batch of 2,000", "a new wave of 3,000".
      if (w(T, k - 1) === 'of' && GROUP_NOUNS.has(w(T, k - 2))) {
        for (let b = k - 3; b >= 0 && b > k - 6; b--) if (LATER_ORDINALS.has(T[b]!.w)) return true;
      }
      // "3,000 fresh troops", "2,000 new soldiers".
      if (h > k + 1 && T.slice(k + 1, h).some((t) => FRESH.has(t.w))) return true;
      // "2,000 reinforcements", "3,000 troops were sent as reinforcements".
      if (h >= 0 && T[h]!.w === 'reinforcements') return true;
      const [lo, hi] = clause(T, k);
      for (let i = k + 1; i + 1 < hi; i++) if (T[i]!.w === 'as' && /^reinforcements?$/.test(T[i + 1]!.w)) return true;
      // "the North has additionally dispatched over 1,000 troops", "3,000 have been additionally sent".
      for (let i = lo; i < hi; i++) if (T[i]!.w === 'additionally') return true;
      return false;
    },
    cases: [
      ['North Korea sent [another 2,000] troops to Kursk.', 'deployed', 'increment'],
      ['[An additional 3,000] North Korean soldiers have arrived.', 'deployed', 'increment'],
      ['[A further 1,000] were sent in January, the agency said.', 'deployed', 'increment'],
      ['Seoul said [about 200] additional casualties occurred over four days.', 'casualties', 'increment'],
      ['Pyongyang sent [3,000] more North Korean troops in January.', 'deployed', 'increment'],
      ['North Korea sent [2,000] reinforcements to Kursk.', 'deployed', 'increment'],
      ['Pyongyang has sent [about 3,000] fresh troops to Kursk, the JCS said.', 'deployed', 'increment'],
      ['[About 3,000] North Korean troops were sent as reinforcements in January.', 'deployed', 'increment'],
      ['"The North has additionally dispatched [over 1,000] troops," an NIS official said.', 'deployed', 'increment'],
      ['North Korea dispatched [over 1,000] troops as reinforcement, the NIS said.', 'deployed', 'increment'],
      ['[Some 3,000] North Korean troops have been additionally dispatched since January, the NIS said.', 'deployed', 'increment'],
      ['[About 3,000] North Korean troops were sent to Kursk, and more are expected as reinforcements.', 'deployed', 'total'],
      ['North Korea sent [2,000] troops to Kursk.', 'deployed', 'total'],
      ['About 300 North Korean soldiers were killed and [another 2,700] wounded, the agency said.', 'wounded', 'total'],
      ['Kyiv said 1,000 North Koreans had died and [another 3,000] were injured.', 'wounded', 'total'],
      [
        'North Korea has lost about 1,100 soldiers in Kursk, Seoul’s spy agency said on Monday, and [another 3,000] have been wounded.',
        'wounded',
        'total',
      ],
      ["Seoul put the North's death toll at 600, with [another 4,100] injured.", 'wounded', 'total'],
      ['North Korea sent 11,000 troops in the autumn, with [another 3,000] in January.', 'deployed', 'increment'],
      ['Budanov said about 1,500 North Koreans had died, and that [roughly 4,000] more had been wounded.', 'wounded', 'total'],
      ['North Korea sent 11,000 troops in the autumn and [another 3,000] in January.', 'deployed', 'increment'],
      ['The unit killed 40 North Korean soldiers and wounded [35] more over two days.', 'wounded', 'episode'],
    ],
  },
  BRINGS_TOTAL,
  {
    id: 'increment.specialists',
    scope: 'increment',
    summary:
      'engineers, sappers, deminers or builders sent are a contingent added to the fighting force, not its count ("about 1,000 deminers have arrived")',
    triggers: [wordsOf(SPECIALISTS, ['construction'])],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      for (let i = k + 1; i < T.length && i <= k + 4; i++) {
        const x = T[i]!.w;
        if (SPECIALISTS.has(x) || (x === 'construction' && /^(?:workers|troops|personnel|units?)$/.test(w(T, i + 1)))) return true;
        if (!/^[a-z]/.test(x) || BE.has(x) || x === 'have' || x === 'has' || x === 'had') return false;
      }
      return false;
    },
    cases: [
      ['The NIS said [about 1,000] North Korean deminers had already arrived in Kursk.', 'deployed', 'increment'],
      ['Pyongyang sent [around 1,000] engineer troops to Kursk, Yonhap said.', 'deployed', 'increment'],
      ['Seoul said [5,000] military construction workers had reached Russia.', 'deployed', 'increment'],
      ['Seoul said [15,000] North Korean troops, including engineers, had been sent.', 'deployed', 'total'],
    ],
  },
  {
    id: 'increment.months-window',
    scope: 'increment',
    summary:
      'troops moved within a window of months after the first deployment ("were deployed to Kursk in January and February", "between late January and early February"): one wave, not the whole force',
    triggers: [Object.keys(MONTHS), [...WAVE_VERBS]],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const [lo, hi] = clause(T, k);
      let moved = false;
      for (let i = lo; i < hi; i++) {
        const x = T[i]!.w;
        // "a total of 14,000 sent between October and February": the whole, counted over its months.
        if (x === 'total' || x === 'all' || x === 'altogether') return false;
        moved ||= WAVE_VERBS.has(x);
      }
      if (!moved) return false;
      for (let i = lo; i < hi; i++) if (WINDOW_PREPS.has(T[i]!.w) && monthsWindowAt(T, i + 1)) return true;
      return false;
    },
    cases: [
      ['[Between 1,000 and 3,000] North Korean soldiers were deployed to Kursk in January and February.', 'deployed', 'increment'],
      ['[Over a thousand] North Korean troops were sent to Russia between late January and early February.', 'deployed', 'increment'],
      ['North Korea sent [11,000] troops to Russia in October and November, Seoul said.', 'deployed', 'total'],
      ['[A total of 14,000] North Korean troops were sent between October and February.', 'deployed', 'total'],
      ['In January and February, Seoul said [11,000] North Korean troops were in Kursk.', 'deployed', 'total'],
    ],
  },
];

/**
 * A window of two months at `i`, the first after the first deployment ("January and February",
 * "late January to early February"), or none.
 */
function monthsWindowAt(T: readonly Token[], i: number): boolean {
  let j = i;
  while (WITHIN_MONTH.has(w(T, j)) && j < i + 3) j++;
  const first = MONTHS[w(T, j)];
  if (first === undefined || FIRST_DEPLOYMENT_MONTHS.has(first)) return false;
  const link = w(T, j + 1);
  if (link !== 'and' && link !== 'to' && link !== 'through' && link !== '-' && link !== '–') return false;
  j += 2;
  const end = j + 3;
  while (WITHIN_MONTH.has(w(T, j)) && j < end) j++;
  return MONTHS[w(T, j)] !== undefined;
}

// Metric stage: soldiers who left their unit without leave are missing from
// it ("18 North Korean soldiers had escaped from their positions", "two
// deserted", "went AWOL"): CLAIMS.md's `missing` is the soldiers a force can no
// longer account for, and the reference reads desertion so.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const DESERTED: RuleInfo = {
  id: 'predicate.deserted',
  stage: 'metric',
  summary: 'soldiers who "deserted", "went AWOL" or "escaped from" their positions or unit are missing',
  cases: [
    {
      text: 'Kyiv said [18] North Korean soldiers had already escaped from their positions near the border.',
      want: { metric: 'missing', low: 18 },
    },
    { text: '[Two] North Korean soldiers deserted their unit in Kursk, Ukrainian intelligence said.', want: { metric: 'missing', low: 2 } },
    { text: '[Five] North Korean soldiers went AWOL last week, Kyiv said.', want: { metric: 'missing', low: 5 } },
    // Escaping captivity or a siege is no desertion.
    { text: '[Two] North Korean soldiers escaped from captivity, Kyiv said.', want: null },
  ],
};

/** What a soldier escapes from when deserting: his post, his unit. */
const POSTS = new Set(['positions', 'position', 'posts', 'post', 'unit', 'units', 'barracks', 'base', 'bases', 'trenches']);
const POST_DETERMINERS = new Set(['their', 'his', 'the', 'its']);

/** The predicate at `p` says the soldiers deserted: "deserted", "went AWOL", "escaped (from) their positions". */
export function desertedAt(T: readonly Token[], p: number): boolean {
  const w = T[p]?.w;
  if (w === 'deserted') return true;
  if (w === 'went' || w === 'gone') return T[p + 1]?.w === 'awol';
  if (w !== 'escaped') return false;
  let q = p + 1;
  if (T[q]?.w === 'from') q++;
  if (POST_DETERMINERS.has(T[q]?.w ?? '')) q++;
  return POSTS.has(T[q]?.w ?? '');
}

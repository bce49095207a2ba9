// Metric stage: soldiers who "have suffered casualties" or "sustained injuries"
// are counted by the loss they suffered: the noun after the verb names the metric
// ("of whom about 4,700 have suffered casualties": casualties; "sustained
// injuries": wounded).

import type { Metric } from '../../types';
import { METRIC_WORDS } from '../lexicon';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

export const SUFFERED: RuleInfo = {
  id: 'predicate.suffered',
  stage: 'metric',
  summary: 'soldiers who "suffered casualties", "sustained injuries" or "suffered wounds" are counted by the loss named after the verb',
  cases: [
    {
      text: 'Seoul says 15,000 North Korean soldiers were sent, of whom [approximately 4,700] have suffered casualties.',
      want: { metric: 'casualties', low: 4700 },
    },
    { text: '[About 300] North Korean soldiers sustained serious injuries in Kursk, Kyiv said.', want: { metric: 'wounded', low: 300 } },
    // Suffering a defeat, or a shortage, counts no one.
    { text: '[About 300] North Korean soldiers suffered a defeat in Kursk, Kyiv said.', want: null },
  ],
};

/** Verbs of a loss suffered. */
const SUFFER_VERBS = new Set(['suffered', 'sustained', 'suffer', 'sustain', 'suffering', 'sustaining']);
/** Adjectives between the verb and its loss ("sustained serious injuries"). */
const LOSS_DEGREES = new Set(['serious', 'severe', 'heavy', 'minor', 'light', 'grave', 'fatal', 'critical']);

/** The metric the predicate at `p` names when it is a loss suffered ("suffered casualties"), else null. */
export function sufferedAt(T: readonly Token[], p: number): Metric | null {
  if (!SUFFER_VERBS.has(T[p]?.w ?? '')) return null;
  let q = p + 1;
  while (LOSS_DEGREES.has(T[q]?.w ?? '')) q++;
  const m = METRIC_WORDS[T[q]?.w ?? ''];
  return m === 'casualties' || m === 'wounded' || m === 'killed' ? m : null;
}

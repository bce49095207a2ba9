// The shortest words for verdicts and metrics: a module of its own, so the page's
// small code (keyboard stops, announcement) can use them without the rest.
import type { Metric, Verdict } from '../types';

/** Short label for a verdict (badges, lists). */
export const VERDICT_SHORT: Record<Verdict, string> = {
  conflicts: 'Conflicts',
  disputed: 'Disputed',
  outdated: 'Outdated',
  differs: 'Differs',
  agrees: 'Agrees',
  unique: 'Only here',
};

/** What is counted, as a noun phrase that follows a number ("300 deaths"). */
export const METRIC_NOUNS: Record<Metric, string> = {
  deployed: 'troops deployed',
  killed: 'deaths',
  wounded: 'wounded',
  casualties: 'casualties',
  captured: 'captured',
  missing: 'missing',
};

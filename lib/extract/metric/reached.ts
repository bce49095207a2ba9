// Metric stage: a count noun that "reached" a figure refers back as one "put
// at" or "stood at" it does ("Kyiv said the toll had reached 1,000", "the
// total number could reach up to 10,000"): the figure counts what the figure
// before it counted.

import type { RuleInfo } from '../rule';

export const ANAPHORA_REACHED: RuleInfo = {
  id: 'metric.anaphora-reached',
  stage: 'metric',
  summary: 'a count noun that "reached" a figure refers back ("the toll had reached 1,000", "the total could reach up to 15,000")',
  cases: [
    {
      text: 'About 300 North Korean soldiers have been killed, Seoul said. Kyiv said the toll had already reached [1,000].',
      want: { metric: 'killed', low: 1000 },
    },
    {
      text: 'North Korea has sent 11,000 troops to Russia. US officials said the total number could reach [up to 15,000].',
      want: { metric: 'deployed', qualifier: 'atMost', low: null, high: 15000 },
    },
    // Its own noun phrase names what it counts.
    {
      text: 'About 300 North Korean soldiers have been killed, Seoul said. Kyiv said the number of wounded had reached [1,000].',
      want: { metric: 'wounded', low: 1000 },
    },
    // Troops that reach a place are no count noun.
    { text: 'North Korea has sent 11,000 troops to Russia. Its soldiers reached [two] villages near Sudzha.', want: null },
  ],
};

/** The verb "reach" in the forms that take a figure as their object. */
export const REACH = new Set(['reach', 'reached', 'reaches', 'reaching']);

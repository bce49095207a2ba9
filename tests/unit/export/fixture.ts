// A made-up article of our own, with judged claims whose offsets are computed from it.
import { createSelectors } from '../../../lib/anchor/selectors';
import type { Attribution, ComparedFigure, JudgedClaim, Metric, PageMeta, Qualifier, Verdict } from '../../../lib/types';

export const FIXTURE_TEXT = [
  'Northern Ledger, 14 January 2025.',
  'Lawmakers briefed by the spy agency in Seoul said on Tuesday that about 300 soldiers from the North had died in the Kursk fighting, and that 2,700 more had been hurt.',
  'A separate estimate from Kyiv put the dead at more than 3,000, a figure the agency in Seoul did not repeat.',
  'Washington believes more than 11,000 troops were sent over the autumn.',
  'Two soldiers were taken alive in the first week of the year, Kyiv said, and about 300 villagers left the area.',
].join('\n');

interface ClaimSpec {
  figure: string;
  /** Which occurrence of `figure` in the text (0 = first). */
  nth?: number;
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  verdict: Verdict;
  attribution: Attribution | null;
  compared?: ComparedFigure[];
}

export function compared(
  outlet: string,
  figure: string,
  low: number | null,
  high: number | null,
  extra: Partial<ComparedFigure> = {},
): ComparedFigure {
  return {
    outlet,
    scope: 'total',
    published: '2025-01-12',
    figure,
    metric: 'killed',
    qualifier: low === high ? 'approx' : 'atLeast',
    low,
    high,
    attribution: { side: 'kr', text: 'the NIS' },
    period: null,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story`,
    title: `${outlet} story`,
    sentence: `Officials put it at ${figure}.`,
    figureInSentence: null,
    ...extra,
  };
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

export function buildClaim(text: string, spec: ClaimSpec): JudgedClaim {
  let start = -1;
  for (let i = 0; i <= (spec.nth ?? 0); i++) start = text.indexOf(spec.figure, start + 1);
  if (start === -1) throw new Error(`fixture figure not found: ${spec.figure}`);
  const end = start + spec.figure.length;
  const { quote, position } = createSelectors(text, start, end);
  return {
    metric: spec.metric,
    scope: 'total',
    qualifier: spec.qualifier,
    low: spec.low,
    high: spec.high,
    figure: spec.figure,
    start,
    end,
    sentence: sentenceAround(text, start, end),
    attribution: spec.attribution,
    period: null,
    quote,
    position,
    verdict: spec.verdict,
    compared: spec.compared ?? [],
    earlier: [],
    later: [],
  };
}

export const FIXTURE_CLAIMS: JudgedClaim[] = [
  buildClaim(FIXTURE_TEXT, {
    figure: 'about 300',
    metric: 'killed',
    qualifier: 'approx',
    low: 300,
    high: 300,
    verdict: 'conflicts',
    attribution: { side: 'kr', text: 'Lawmakers briefed by the spy agency' },
    compared: [compared('Harbor Post', 'more than 3,000', 3000, null), compared('Evening Wire', 'around 300', 300, 300)],
  }),
  buildClaim(FIXTURE_TEXT, {
    figure: '2,700',
    metric: 'wounded',
    qualifier: 'exact',
    low: 2700,
    high: 2700,
    verdict: 'agrees',
    attribution: { side: 'kr', text: 'Lawmakers briefed by the spy agency' },
    compared: [compared('Evening Wire', '2,700', 2700, 2700, { metric: 'wounded' })],
  }),
  buildClaim(FIXTURE_TEXT, {
    figure: 'more than 3,000',
    metric: 'killed',
    qualifier: 'atLeast',
    low: 3000,
    high: null,
    verdict: 'conflicts',
    attribution: { side: 'ua', text: 'Kyiv' },
    compared: [compared('Evening Wire', 'around 300', 300, 300)],
  }),
  buildClaim(FIXTURE_TEXT, {
    figure: 'more than 11,000',
    metric: 'deployed',
    qualifier: 'atLeast',
    low: 11000,
    high: null,
    verdict: 'differs',
    attribution: { side: 'us', text: 'Washington' },
    compared: [compared('Harbor Post', 'about 11,000', 11000, 11000, { metric: 'deployed', attribution: null })],
  }),
  buildClaim(FIXTURE_TEXT, {
    figure: 'Two',
    metric: 'captured',
    qualifier: 'exact',
    low: 2,
    high: 2,
    verdict: 'unique',
    attribution: { side: 'ua', text: 'Kyiv' },
  }),
];

export const FIXTURE_PAGE: { page: PageMeta; text: string; claims: JudgedClaim[] } = {
  page: {
    url: 'https://ledger.example/world/2025/01/14/troops',
    outlet: 'Northern Ledger',
    title: 'Seoul says hundreds of North Korean soldiers have died in Kursk',
    published: '2025-01-14',
  },
  text: FIXTURE_TEXT,
  claims: FIXTURE_CLAIMS,
};

export const EXPORT_DATE = new Date('2025-02-03T10:20:30Z');

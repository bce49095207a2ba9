// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) for the figures.
import { createSelectors, QUOTE_CONTEXT } from '../anchor/selectors';
import type { ComparedFigure, TextPositionSelector, TextQuoteSelector } from '../types';
import { type ExportClaim, type ExportFile, type ExportPage, JSONLD_MEDIA_TYPE, createFilename, slugify } from './page';
import { METRIC_HEADINGS, VERDICT_SHORT, describeAmount, describeAttribution, describeVerdict } from '../present/verdict-words';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our own terms, kept apart from the annotation vocabulary. */
const TALLYMARK_VOCAB = 'urn:tallymark:vocab#';

const TALLYMARK_CONTEXT = {
  tm: TALLYMARK_VOCAB,
  FigureAssessment: 'tm:FigureAssessment',
  verdict: 'tm:verdict',
  metric: 'tm:metric',
  qualifier: 'tm:qualifier',
  low: 'tm:low',
  high: 'tm:high',
  figure: 'tm:figure',
  sentence: 'tm:sentence',
  attribution: 'tm:attribution',
  side: 'tm:side',
  text: 'tm:text',
  period: 'tm:period',
  outlet: 'tm:outlet',
  published: 'tm:published',
  url: { '@id': 'tm:url', '@type': '@id' },
  compared: { '@id': 'tm:compared', '@container': '@list' },
  comparedCount: 'tm:comparedCount',
  earlier: { '@id': 'tm:earlier', '@container': '@list' },
  later: { '@id': 'tm:later', '@container': '@list' },
} as const;

export interface ComparedFigureBody {
  outlet: string;
  published: string;
  figure: string;
  metric: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  attribution: { side: string; text: string } | null;
  period: string | null;
  url: string | null;
  sentence: string | null;
}

export interface FigureAssessmentBody {
  type: 'FigureAssessment';
  verdict: string;
  metric: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  figure: string;
  sentence: string;
  attribution: { side: string; text: string } | null;
  period: string | null;
  compared: ComparedFigureBody[];
  /** How many figures of other outlets the verdict weighed; more than `compared` lists when it lists only the most telling. */
  comparedCount: number;
  earlier: ComparedFigureBody[];
  later: ComparedFigureBody[];
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging';
  value: string;
  format?: 'text/plain';
  language?: 'en';
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  generator: { type: 'Software'; name: string };
  body: [TextualBody, TextualBody, TextualBody, FigureAssessmentBody];
  target: { source: string; selector: [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof TALLYMARK_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** The page's address, or a name of ours when it has none (a local file, a bundled article). */
export function pageSource(page: ExportPage['page']): string {
  return page.url ?? `urn:tallymark:article:${slugify(page.title)}:${page.published}`;
}

function toComparedBody(c: ComparedFigure): ComparedFigureBody {
  return {
    outlet: c.outlet,
    published: c.published,
    figure: c.figure,
    metric: c.metric,
    qualifier: c.qualifier,
    low: c.low,
    high: c.high,
    attribution: c.attribution ? { side: c.attribution.side, text: c.attribution.text } : null,
    period: c.period,
    url: c.url,
    sentence: c.sentence,
  };
}

/**
 * The selectors of a claim: rebuilt from the text with 32 characters of context when
 * the text is known and the claim's offsets still point at its figure; else the ones
 * the claim carries.
 */
function selectClaim(text: string | null, claim: ExportClaim): [TextQuoteSelector] | [TextQuoteSelector, TextPositionSelector] {
  if (text !== null && claim.start !== null && claim.end !== null && text.slice(claim.start, claim.end) === claim.figure) {
    const { quote, position } = createSelectors(text, claim.start, claim.end, QUOTE_CONTEXT);
    return [quote, position];
  }
  // Without offsets (the bundled corpus) a position would be made up: the quote alone.
  return claim.position ? [{ ...claim.quote }, { ...claim.position }] : [{ ...claim.quote }];
}

/** The figure in words: 'Deaths: "more than 3,000" (more than 3,000), source: Ukraine: Kyiv. Conflicts: …' */
export function describeClaim(claim: ExportClaim): string {
  return (
    `${METRIC_HEADINGS[claim.metric]}: "${claim.figure}" (${describeAmount(claim)}), ` +
    `source: ${describeAttribution(claim.attribution)}. ${VERDICT_SHORT[claim.verdict]}: ${describeVerdict(claim)}`
  );
}

/** One Annotation for claim number `index` of a page. */
export function toAnnotation(page: ExportPage, claim: ExportClaim, index: number, created: Date): Annotation {
  const source = pageSource(page.page);
  return {
    id: `urn:tallymark:annotation:${encodeURIComponent(source)}:${index}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: created.toISOString(),
    generator: { type: 'Software', name: 'Tallymark' },
    body: [
      { type: 'TextualBody', purpose: 'describing', value: describeClaim(claim), format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'tagging', value: claim.verdict },
      { type: 'TextualBody', purpose: 'tagging', value: claim.metric },
      {
        type: 'FigureAssessment',
        verdict: claim.verdict,
        metric: claim.metric,
        qualifier: claim.qualifier,
        low: claim.low,
        high: claim.high,
        figure: claim.figure,
        sentence: claim.sentence,
        attribution: claim.attribution ? { side: claim.attribution.side, text: claim.attribution.text } : null,
        period: claim.period,
        compared: claim.compared.map(toComparedBody),
        comparedCount: Math.max(claim.comparedCount ?? 0, claim.compared.length),
        earlier: claim.earlier.map(toComparedBody),
        later: claim.later.map(toComparedBody),
      },
    ],
    target: { source, selector: selectClaim(page.text, claim) },
  };
}

/**
 * An AnnotationCollection holding every figure of every page given, in order, as
 * W3C Web Annotations that assess the figure; `label` names the collection.
 */
export function toAnnotationCollection(pages: ExportPage[], label: string, created: Date): AnnotationCollection {
  const items = pages.flatMap((page) => page.claims.map((claim, i) => toAnnotation(page, claim, i, created)));
  return {
    '@context': [ANNO_CONTEXT, TALLYMARK_CONTEXT],
    id: `urn:tallymark:collection:${slugify(label)}:${created.toISOString()}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The JSON-LD file of one page's figures. */
export function exportPageJsonLd(page: ExportPage, created: Date): ExportFile {
  const collection = toAnnotationCollection([page], `Tallymark: figures in "${page.page.title}"`, created);
  return {
    filename: createFilename(page.page.title, created, 'jsonld'),
    type: JSONLD_MEDIA_TYPE,
    contents: `${JSON.stringify(collection, null, 2)}\n`,
  };
}

/** The JSON-LD file of every stored page's figures. */
export function exportAllJsonLd(pages: ExportPage[], created: Date): ExportFile {
  const collection = toAnnotationCollection(pages, 'Tallymark: every stored figure', created);
  return {
    filename: createFilename('all', created, 'jsonld'),
    type: JSONLD_MEDIA_TYPE,
    contents: `${JSON.stringify(collection, null, 2)}\n`,
  };
}

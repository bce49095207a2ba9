// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) for the figures.
// Checked against W3C's conformance tests (tests/unit/export/w3c-conformance.test.ts).
import { createSelectors, QUOTE_CONTEXT } from '../anchor/selectors';
import type { ComparedFigure, TextPositionSelector, TextQuoteSelector } from '../types';
import { ANNO_CONTEXT, TALLYMARK_CONTEXT } from './context';
import { type ExportClaim, type ExportFile, type ExportPage, JSONLD_MEDIA_TYPE, createFilename, slugify } from './page';
import { METRIC_HEADINGS, VERDICT_SHORT, describeAmount, describeAttribution, describeVerdict } from '../present/verdict-words';

export { ANNO_CONTEXT, TALLYMARK_CONTEXT } from './context';

/** The software that makes the annotations: creator and generator of each. */
export const TALLYMARK_AGENT = { id: 'urn:tallymark:software', type: 'Software', name: 'Tallymark' } as const;

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
  title: string;
  sentence: string | null;
}

export interface FigureAssessmentBody {
  /** Bodies the model recognises have an id, a value or a source: this one is a resource of its own. */
  id: string;
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
  /** The figure's offsets in Tallymark's reading of the article, when known. */
  textStart?: number;
  textEnd?: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'describing' | 'tagging';
  value: string;
  format?: 'text/plain';
  language?: 'en';
}

/** A position in the article element's textContent (the element named by the CssSelector it refines). */
export interface CssSelectorRefined {
  type: 'CssSelector';
  value: string;
  refinedBy: TextPositionSelector;
}

export type AnnotationSelector = TextQuoteSelector | CssSelectorRefined;

export interface AnnotationTarget {
  source: string;
  /** text/html for a web page. */
  format?: string;
  /** The page's language (BCP 47, lower case), when it says. */
  language?: string;
  /** The quote with its context; and, when the page was read in a browser, the position in the article element. */
  selector: [TextQuoteSelector] | [TextQuoteSelector, CssSelectorRefined];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  creator: typeof TALLYMARK_AGENT;
  generator: typeof TALLYMARK_AGENT & { homepage?: string };
  body: [TextualBody, TextualBody, TextualBody, FigureAssessmentBody];
  target: AnnotationTarget;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  /** The collection, described as the model's example 43 does (W3C's page tests take it as an object). */
  partOf: { id: string; type: 'AnnotationCollection'; label: string; total: number };
  startIndex: 0;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof TALLYMARK_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  created: string;
  creator: typeof TALLYMARK_AGENT;
  generator: typeof TALLYMARK_AGENT;
  total: number;
  first: AnnotationPage;
  last: string;
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
    title: c.title,
    sentence: c.sentence,
  };
}

/**
 * The quote of a claim: rebuilt from the text with 32 characters of context when
 * the text is known and the claim's offsets still point at its figure; else the
 * one the claim carries.
 */
function quoteClaim(text: string | null, claim: ExportClaim): { quote: TextQuoteSelector; inText: TextPositionSelector | null } {
  if (text !== null && claim.start !== null && claim.end !== null && text.slice(claim.start, claim.end) === claim.figure) {
    const { quote, position } = createSelectors(text, claim.start, claim.end, QUOTE_CONTEXT);
    return { quote, inText: position };
  }
  return { quote: { ...claim.quote }, inText: claim.position ? { ...claim.position } : null };
}

/** "en", "en-gb": a language tag as the model's tests take it, or undefined when it is not one. */
function normaliseLanguage(lang: string | undefined): string | undefined {
  const tag = lang?.trim().toLowerCase();
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
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
  const id = `urn:tallymark:annotation:${encodeURIComponent(source)}:${index}`;
  const { quote, inText } = quoteClaim(page.text, claim);
  const inArticle = page.article?.positions[index] ?? null;
  const selector: AnnotationTarget['selector'] =
    page.article && inArticle
      ? [
          quote,
          {
            type: 'CssSelector',
            value: page.article.selector,
            refinedBy: { type: 'TextPositionSelector', start: inArticle.start, end: inArticle.end },
          },
        ]
      : [quote];
  const language = normaliseLanguage(page.page.language);
  return {
    id,
    type: 'Annotation',
    motivation: 'assessing',
    created: created.toISOString(),
    creator: TALLYMARK_AGENT,
    generator: TALLYMARK_AGENT,
    body: [
      { type: 'TextualBody', purpose: 'describing', value: describeClaim(claim), format: 'text/plain', language: 'en' },
      { type: 'TextualBody', purpose: 'tagging', value: claim.verdict },
      { type: 'TextualBody', purpose: 'tagging', value: claim.metric },
      {
        id: `${id}:assessment`,
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
        ...(inText ? { textStart: inText.start, textEnd: inText.end } : {}),
      },
    ],
    target: {
      source,
      ...(page.page.url ? { format: 'text/html' } : {}),
      ...(language ? { language } : {}),
      selector,
    },
  };
}

/**
 * An AnnotationCollection holding every figure of every page given, in order, as
 * W3C Web Annotations that assess the figure, on one embedded AnnotationPage;
 * `label` names the collection.
 */
export function toAnnotationCollection(pages: ExportPage[], label: string, created: Date): AnnotationCollection {
  const items = pages.flatMap((page) => page.claims.map((claim, i) => toAnnotation(page, claim, i, created)));
  const id = `urn:tallymark:collection:${slugify(label)}:${created.toISOString()}`;
  const pageId = `${id}:page:1`;
  return {
    '@context': [ANNO_CONTEXT, TALLYMARK_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label,
    created: created.toISOString(),
    creator: TALLYMARK_AGENT,
    generator: TALLYMARK_AGENT,
    total: items.length,
    first: {
      id: pageId,
      type: 'AnnotationPage',
      partOf: { id, type: 'AnnotationCollection', label, total: items.length },
      startIndex: 0,
      items,
    },
    last: pageId,
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

// Reading an export back: W3C Web Annotations (ours or another tool's) placed
// again in a page's text. Placing refuses rather than guesses (lib/anchor), so
// what could not be placed is reported, never shown on other words.
import { anchorQuotes, type TextSpan } from '../anchor/match-quote';
import type { TextPositionSelector, TextQuoteSelector } from '../types';

/** One annotation of a file, as far as placing it needs. */
export interface ImportedAnnotation {
  id: string | null;
  /** The target's source (the page's address), when it names one. */
  source: string | null;
  quote: TextQuoteSelector;
  /** The figure's offsets in Tallymark's reading of the page, when a Tallymark export gives them. */
  position: TextPositionSelector | null;
  /** The figure's words as Tallymark found them, its verdict and metric (Tallymark exports only). */
  figure: string | null;
  verdict: string | null;
  metric: string | null;
}

export interface ReadAnnotations {
  annotations: ImportedAnnotation[];
  /** Annotations that have no TextQuoteSelector to place them by. */
  skipped: number;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const hasType = (x: Record<string, unknown>, type: string) => asList(x.type).includes(type);

function readQuote(x: unknown): TextQuoteSelector | null {
  if (!isRecord(x) || !hasType(x, 'TextQuoteSelector') || typeof x.exact !== 'string' || x.exact.length === 0) return null;
  return { type: 'TextQuoteSelector', exact: x.exact, prefix: str(x.prefix) ?? '', suffix: str(x.suffix) ?? '' };
}

function readAnnotation(x: Record<string, unknown>): ImportedAnnotation | null {
  for (const target of asList(x.target)) {
    if (!isRecord(target)) continue;
    const quote = asList(target.selector)
      .map(readQuote)
      .find((q): q is TextQuoteSelector => q !== null);
    if (!quote) continue;
    const assessment = asList(x.body).find((b): b is Record<string, unknown> => isRecord(b) && hasType(b, 'FigureAssessment'));
    const start = assessment?.textStart;
    const end = assessment?.textEnd;
    const position: TextPositionSelector | null =
      typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start
        ? { type: 'TextPositionSelector', start, end }
        : null;
    return {
      id: str(x.id),
      source: str(target.source),
      quote,
      position,
      figure: str(assessment?.figure),
      verdict: str(assessment?.verdict),
      metric: str(assessment?.metric),
    };
  }
  return null;
}

/**
 * The annotations of a parsed file: an AnnotationCollection with its first page
 * embedded, an AnnotationPage, one Annotation, or a list of them. Each is read
 * by its first target with a TextQuoteSelector; the others are counted as skipped.
 * Throws an Error (in words for the reader) when the file holds no annotations.
 */
export function readAnnotations(json: unknown): ReadAnnotations {
  const found: Record<string, unknown>[] = [];
  const visit = (x: unknown, depth: number) => {
    if (depth > 3) return;
    for (const item of asList(x)) {
      if (!isRecord(item)) continue;
      if (hasType(item, 'Annotation')) found.push(item);
      else if (hasType(item, 'AnnotationCollection')) visit(item.first, depth + 1);
      else if (hasType(item, 'AnnotationPage')) visit(item.items, depth + 1);
    }
  };
  visit(json, 0);
  if (found.length === 0) throw new Error('This file holds no Web Annotations.');
  const annotations = found.map(readAnnotation).filter((a): a is ImportedAnnotation => a !== null);
  return { annotations, skipped: found.length - annotations.length };
}

/** `readAnnotations` of a file's text; throws an Error in words for the reader when it is not JSON. */
export function parseAnnotations(text: string): ReadAnnotations {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('This file is not JSON-LD (it does not parse as JSON).');
  }
  return readAnnotations(json);
}

export interface Placement {
  placed: { annotation: ImportedAnnotation; span: TextSpan }[];
  unplaced: ImportedAnnotation[];
}

/**
 * Places annotations again in `text` (the page's text as Tallymark reads it),
 * all together (`anchorQuotes`): each at the place its quote and context vouch
 * for, or in `unplaced` when there is none.
 */
export function placeAnnotations(text: string, annotations: ImportedAnnotation[]): Placement {
  const spans = anchorQuotes(text, annotations);
  const placement: Placement = { placed: [], unplaced: [] };
  annotations.forEach((annotation, i) => {
    const span = spans[i];
    if (span) placement.placed.push({ annotation, span });
    else placement.unplaced.push(annotation);
  });
  return placement;
}

/** What checking a file against the open page found. */
export interface ImportCheck {
  /** Annotations in the file with a quote to place them by. */
  total: number;
  /** Those whose target is this page (all of them when none names a source). */
  ofThisPage: number;
  placed: Placement['placed'];
  unplaced: ImportedAnnotation[];
  /** Annotations without a TextQuoteSelector. */
  skipped: number;
}

/**
 * Checks a file's annotations against the page open in the tab: those that
 * target `source` (the page's address, or Tallymark's name for it) are placed
 * again in `text`, the page as Tallymark reads it now. Throws an Error in words
 * for the reader when the file is not an export.
 */
export function checkAnnotations(fileText: string, source: string, text: string): ImportCheck {
  const { annotations, skipped } = parseAnnotations(fileText);
  const named = annotations.some((a) => a.source !== null);
  const mine = annotations.filter((a) => !named || a.source === source);
  const { placed, unplaced } = placeAnnotations(text, mine);
  return { total: annotations.length, ofThisPage: mine.length, placed, unplaced, skipped };
}

/** The check in words: "Placed 9 of the 10 annotations of this page; 1 could not be placed." */
export function describeCheck(check: ImportCheck): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const skipped = check.skipped > 0 ? ` ${plural(check.skipped, 'annotation has', 'annotations have')} no quote to place by.` : '';
  if (check.ofThisPage === 0) {
    return `This file holds no annotations of this page (${plural(check.total, 'annotation', 'annotations')} of other pages).${skipped}`;
  }
  const of = `${check.placed.length} of the ${plural(check.ofThisPage, 'annotation', 'annotations')} of this page`;
  const left = check.unplaced.length;
  const others = check.total - check.ofThisPage;
  return (
    `Placed ${of}${left > 0 ? `; ${left} could not be placed: ${left === 1 ? 'its words are' : 'their words are'} no longer on the page as quoted` : ''}.` +
    (others > 0 ? ` ${plural(others, 'annotation is', 'annotations are')} of other pages.` : '') +
    skipped
  );
}

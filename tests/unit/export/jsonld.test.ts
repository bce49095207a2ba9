import { describe, expect, test } from 'vitest';
import { anchorQuote } from '../../../lib/anchor/match-quote';
import { readAnnotations } from '../../../lib/export/import';
import { type Annotation, type AnnotationCollection, ANNO_CONTEXT, exportAllJsonLd, exportPageJsonLd } from '../../../lib/export/jsonld';
import type { ExportPage } from '../../../lib/export/page';
import { EXPORT_DATE, FIXTURE_PAGE, FIXTURE_TEXT } from './fixture';

const parse = (contents: string) => JSON.parse(contents) as AnnotationCollection;

describe('exportPageJsonLd', () => {
  const file = exportPageJsonLd(FIXTURE_PAGE, EXPORT_DATE);
  const collection = parse(file.contents);
  const items = collection.first.items;

  test('is a W3C AnnotationCollection with the annotation context and media type', () => {
    expect(file.type).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
    expect(file.filename).toBe('tallymark-seoul-says-hundreds-of-north-korean-soldiers-have-died-in-2025-02-03.jsonld');
    expect(collection['@context'][0]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(FIXTURE_PAGE.claims.length);
    expect(items).toHaveLength(FIXTURE_PAGE.claims.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  test.each(FIXTURE_PAGE.claims.map((c, i) => [i, c.figure] as const))('annotation %i (%s) carries its figure', (i) => {
    const claim = FIXTURE_PAGE.claims[i]!;
    const a = items[i] as Annotation;
    expect(a.type).toBe('Annotation');
    expect(a.target.source).toBe(FIXTURE_PAGE.page.url);
    const [quote, ...others] = a.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe(claim.figure);
    expect(quote.prefix).toBe(FIXTURE_TEXT.slice(Math.max(0, claim.start - 32), claim.start));
    expect(quote.suffix).toBe(FIXTURE_TEXT.slice(claim.end, claim.end + 32));
    // No page element known (the fixture was not read in a browser): the quote alone, no position in an unnamed text.
    expect(others).toEqual([]);
    const body = a.body[3];
    expect(body).toMatchObject({ textStart: claim.start, textEnd: claim.end });
    expect(body).toMatchObject({
      verdict: claim.verdict,
      metric: claim.metric,
      qualifier: claim.qualifier,
      low: claim.low,
      high: claim.high,
      attribution: claim.attribution,
    });
    expect(body.compared.map((c) => c.figure)).toEqual(claim.compared.map((c) => c.figure));
    expect(body.comparedCount).toBe(claim.compared.length);
    expect(a.body.filter((b) => b.type === 'TextualBody' && b.purpose === 'tagging').map((b) => (b as { value: string }).value)).toEqual([
      claim.verdict,
      claim.metric,
    ]);
  });

  test('every annotation finds its figure again in the page text, exactly', () => {
    for (const [i, { quote, position }] of readAnnotations(collection).annotations.entries()) {
      const span = anchorQuote(FIXTURE_TEXT, quote, position);
      expect(span).toEqual({ start: FIXTURE_PAGE.claims[i]!.start, end: FIXTURE_PAGE.claims[i]!.end });
    }
  });

  test('every annotation finds its figure again after a small edit to the text', () => {
    // A line added on top, a word changed, a typo fixed: every figure moves a little.
    const edited = `Correction appended.\n${FIXTURE_TEXT}`
      .replace('Lawmakers briefed', 'Legislators briefed')
      .replace('Kursk fighting', 'fighting in Kursk')
      .replace('more than 3,000', 'more than 3.000');
    for (const [i, { quote, position }] of readAnnotations(collection).annotations.entries()) {
      const claim = FIXTURE_PAGE.claims[i]!;
      const span = anchorQuote(edited, quote, position);
      expect(span, claim.figure).not.toBeNull();
      const found = edited.slice(span!.start, span!.end);
      expect(found.replace('.', ',')).toBe(claim.figure);
      expect(Math.abs(span!.start - claim.start - 'Correction appended.\n'.length)).toBeLessThan(12);
    }
  });

  test("falls back to the claim's own selectors when the text is not known", () => {
    const page: ExportPage = { ...FIXTURE_PAGE, text: null };
    const a = parse(exportPageJsonLd(page, EXPORT_DATE).contents).first.items[2]!;
    expect(a.target.selector[0]).toEqual(FIXTURE_PAGE.claims[2]!.quote);
  });

  test('a local file gets a local source name, not a made-up web address', () => {
    const page: ExportPage = { ...FIXTURE_PAGE, page: { ...FIXTURE_PAGE.page, url: null } };
    const a = parse(exportPageJsonLd(page, EXPORT_DATE).contents).first.items[0]!;
    expect(a.target.source).toMatch(/^urn:tallymark:article:/);
  });
});

describe('exportAllJsonLd', () => {
  test("holds every page's figures with their own sources", () => {
    const other: ExportPage = {
      ...FIXTURE_PAGE,
      page: { ...FIXTURE_PAGE.page, url: 'https://other.example/a' },
      claims: FIXTURE_PAGE.claims.slice(0, 2),
    };
    const file = exportAllJsonLd([FIXTURE_PAGE, other], EXPORT_DATE);
    const c = parse(file.contents);
    expect(file.filename).toBe('tallymark-all-2025-02-03.jsonld');
    expect(c.total).toBe(FIXTURE_PAGE.claims.length + 2);
    expect(c.first.items.filter((a) => a.target.source === 'https://other.example/a')).toHaveLength(2);
  });
});

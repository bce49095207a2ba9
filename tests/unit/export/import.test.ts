import { describe, expect, test } from 'vitest';
import { checkAnnotations, parseAnnotations, placeAnnotations, readAnnotations } from '../../../lib/export/import';
import { exportAllJsonLd, pageSource } from '../../../lib/export/jsonld';
import { EXPORT_DATE, FIXTURE_PAGE, FIXTURE_TEXT } from './fixture';

/** An annotation as another tool writes it: one target among several, a selector list, no body of ours. */
const foreign = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://annotations.example/1',
  type: 'Annotation',
  body: { type: 'TextualBody', value: 'check this' },
  target: [
    'https://ledger.example/elsewhere',
    {
      source: 'https://ledger.example/world/2025/01/14/troops',
      selector: [
        { type: 'FragmentSelector', value: 'para-3' },
        { type: 'TextQuoteSelector', exact: 'more than 11,000', prefix: 'Washington believes ', suffix: ' troops were sent' },
      ],
    },
  ],
};

describe('reading annotations back', () => {
  test('a collection, a page, an annotation, a list: all read', () => {
    const collection = JSON.parse(exportAllJsonLd([FIXTURE_PAGE], EXPORT_DATE).contents);
    expect(readAnnotations(collection).annotations).toHaveLength(5);
    expect(readAnnotations(collection.first).annotations).toHaveLength(5);
    expect(readAnnotations([foreign, foreign]).annotations).toHaveLength(2);
    const [a] = readAnnotations(foreign).annotations;
    expect(a).toMatchObject({
      id: 'https://annotations.example/1',
      source: 'https://ledger.example/world/2025/01/14/troops',
      position: null,
      verdict: null,
    });
    expect(a!.quote.exact).toBe('more than 11,000');
  });

  test('ours carry the offsets in Tallymark’s text and the figure', () => {
    const [first] = readAnnotations(JSON.parse(exportAllJsonLd([FIXTURE_PAGE], EXPORT_DATE).contents)).annotations;
    const claim = FIXTURE_PAGE.claims[0]!;
    expect(first).toMatchObject({
      position: { start: claim.start, end: claim.end },
      figure: claim.figure,
      metric: claim.metric,
      verdict: claim.verdict,
    });
  });

  test('an annotation without a quote is counted, not placed; a file without annotations is refused', () => {
    const noQuote = { ...foreign, target: 'https://ledger.example/x' };
    expect(readAnnotations([foreign, noQuote])).toMatchObject({ skipped: 1 });
    expect(() => readAnnotations({ type: 'Thing' })).toThrow(/no Web Annotations/);
    expect(() => parseAnnotations('{')).toThrow(/not JSON-LD/);
    expect(parseAnnotations(`\uFEFF${JSON.stringify(foreign)}`).annotations).toHaveLength(1);
  });

  test('another tool’s annotation is placed on our reading of the page', () => {
    const { placed, unplaced } = placeAnnotations(FIXTURE_TEXT, readAnnotations(foreign).annotations);
    expect(unplaced).toEqual([]);
    expect(FIXTURE_TEXT.slice(placed[0]!.span.start, placed[0]!.span.end)).toBe('more than 11,000');
  });

  test('checkAnnotations keeps to the page’s own annotations', () => {
    const other = { ...FIXTURE_PAGE, page: { ...FIXTURE_PAGE.page, url: 'https://other.example/b' } };
    const file = exportAllJsonLd([FIXTURE_PAGE, other], EXPORT_DATE).contents;
    const check = checkAnnotations(file, pageSource(FIXTURE_PAGE.page), FIXTURE_TEXT);
    expect(check).toMatchObject({ total: 10, ofThisPage: 5, skipped: 0 });
    expect(check.placed).toHaveLength(5);
  });
});

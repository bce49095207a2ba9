import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';

// Our own one-sentence cases for the third round of general rules.
const run = (text: string, published = '2025-01-20') => extractClaims(text, { published });
const triples = (text: string, published?: string) => run(text, published).map((c) => [c.metric, c.low, c.high]);
const LEAD = 'For the first time Kyiv has reported losses among North Korean soldiers who fight for Russia in Kursk. ';

describe('every quote form is a quote', () => {
  test.each([
    ['straight', '"At least 30 soldiers were killed and wounded," wrote the Ukrainian intelligence agency HUR.'],
    ['low-high', '\u201eAt least 30 soldiers were killed and wounded,\u201c wrote the Ukrainian intelligence agency HUR.'],
    ['guillemets', '\u00abAt least 30 soldiers were killed and wounded,\u00bb wrote the Ukrainian intelligence agency HUR.'],
    ['reversed guillemets', '\u00bbAt least 30 soldiers were killed and wounded,\u00ab wrote the Ukrainian intelligence agency HUR.'],
    ['single low', '\u201aAt least 30 soldiers were killed and wounded,\u2018 wrote the Ukrainian intelligence agency HUR.'],
  ])('%s', (_name, quote) => {
    const cs = run(LEAD + quote);
    expect(cs.map((c) => [c.metric, c.low, c.high])).toEqual([['casualties', 30, null]]);
    expect(cs[0]!.attribution?.side).toBe('ua');
    expect(cs[0]!.attribution?.text).toBe('the Ukrainian intelligence agency HUR');
  });
});

describe('missing', () => {
  test.each([
    ['About 20 North Korean soldiers are listed as missing, Kyiv said.'],
    ['Kyiv said 20 North Korean soldiers were reported missing.'],
    ['Some 20 North Korean soldiers remain unaccounted for, Kyiv said.'],
  ])('%s', (text) => {
    expect(triples(text)).toEqual([['missing', 20, 20]]);
  });
  test('a list of names is not a status', () => {
    expect(triples('About 20 North Korean soldiers are listed as heroes, state media said.')).toEqual([]);
  });
});

describe('timeline labels date their items', () => {
  const periods = (text: string) => run(text).map((c) => [c.low, c.period]);
  test.each([
    ['November 2024: Seoul says 11,000 North Korean soldiers are in Kursk.', '2024-11'],
    ['- **Dec 2024** – Seoul says 11,000 North Korean soldiers are in Kursk.', '2024-12'],
    ['12 January 2025: Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-01-12'],
    ['• Jan. 12, 2025 — Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-01-12'],
    ['3. March 2025: Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-03'],
  ])('%s', (text, period) => {
    expect(periods(text)).toEqual([[11000, period]]);
  });
  test('every sentence of the item takes the label; a time in the sentence wins', () => {
    const text = 'January 2025: Ukraine says it captured two North Korean soldiers. In December, Seoul said 100 North Korean soldiers were killed.';
    expect(periods(text)).toEqual([[2, '2025-01'], [100, '2024-12']]);
  });
  test('a year-less month or a month in running text is no label', () => {
    expect(periods('May 2024 saw talks. Seoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
    expect(periods('November: Seoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
  });
});

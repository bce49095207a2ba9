import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { BOM, CSV_COLUMNS, exportPageCsv, neutraliseCell, readCell, toCsv } from '../../../lib/export/csv';
import type { ExportPage } from '../../../lib/export/page';
import { EXPORT_DATE, FIXTURE_PAGE, buildClaim } from './fixture';

const parseRows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('neutraliseCell', () => {
  test.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 20', "'+44 20"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "\t'=1"],
    ['\r@x', "\r'@x"],
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
    ['ok;=1+1', "ok;'=1+1"],
    ['ok,=1+1', "ok,'=1+1"],
    ['ok; "=1+1"', 'ok;\' "=1+1"'],
    ['line\n-1', "line\n'-1"],
    ["'quoted", "''quoted"],
    ["it's;'so'", "it's;''so'"],
    ["it's; 'so'", "it's; 'so'"],
    ['about 300', 'about 300'],
    ['3,000; 2,700', '3,000; 2,700'],
    ['', ''],
  ])('%j becomes %j, and back', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
    expect(readCell(expected)).toBe(input);
  });
  test('numbers stay numbers', () => expect(neutraliseCell(300)).toBe(300));

  test('any text: readCell gives it back, and no part of the cell opens a formula', () => {
    const tricky = fc.constantFrom('=', '+', '-', '@', "'", ',', ';', '\t', '\r', '\n', '"', ' ', 'a', '1');
    const text = fc.oneof(
      fc.string(),
      fc.array(tricky, { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        const cell = neutraliseCell(value) as string;
        expect(readCell(cell)).toBe(value);
        for (const part of cell.split(/[,;\t\r\n]/)) expect(part).not.toMatch(/^[\s"]*[=+\-@]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toCsv', () => {
  test('round-trips through papaparse: one row per figure with the header', () => {
    const file = exportPageCsv(FIXTURE_PAGE, EXPORT_DATE);
    expect(file.filename).toMatch(/^tallymark-seoul-says-.*-2025-02-03\.csv$/);
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.contents.startsWith(BOM)).toBe(true);
    const { data, errors, meta } = parseRows(file.contents.slice(BOM.length));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    expect(data).toHaveLength(FIXTURE_PAGE.claims.length);
    for (const [i, claim] of FIXTURE_PAGE.claims.entries()) {
      const row = data[i]!;
      expect(row.figure).toBe(claim.figure);
      expect(row.metric).toBe(claim.metric);
      expect(row.verdict).toBe(claim.verdict);
      expect(row.low).toBe(claim.low === null ? '' : String(claim.low));
      expect(row.high).toBe(claim.high === null ? '' : String(claim.high));
      expect(row.sentence).toBe(claim.sentence);
      expect(row.page_url).toBe(FIXTURE_PAGE.page.url);
      expect(Number(row.compared_count)).toBe(claim.compared.length);
      for (const c of claim.compared) expect(row.compared).toContain(c.outlet);
    }
  });

  test('formula-like cells come back neutralised, everything else as written', () => {
    const text = '=HYPERLINK("http://bad.example","click") says -15 were seen, @Officials added +3 more.';
    const claim = buildClaim(text, {
      figure: '-15',
      metric: 'killed',
      qualifier: 'exact',
      low: 15,
      high: 15,
      verdict: 'unique',
      attribution: { side: 'other', text: '@Officials' },
    });
    const page: ExportPage = {
      page: { url: null, outlet: '+Outlet', title: '=cmd|" /C calc"!A0', published: '2025-01-14' },
      text,
      claims: [{ ...claim, sentence: text }],
    };
    const { data, errors } = parseRows(toCsv([page]).slice(BOM.length));
    expect(errors).toEqual([]);
    const row = data[0]!;
    expect(row.sentence).toBe(`'=HYPERLINK("http://bad.example","click") says -15 were seen,' @Officials added +3 more.`);
    expect(readCell(row.sentence!)).toBe(text);
    expect(row.figure).toBe("'-15");
    expect(row.attribution_text).toBe("'@Officials");
    expect(row.outlet).toBe("'+Outlet");
    expect(row.page_title).toBe(`'=cmd|" /C calc"!A0`);
    // No cell, nor any part of one after a comma, semicolon, tab or line break, starts a formula.
    for (const value of Object.values(row)) {
      for (const part of value.split(/[,;\t\r\n]/)) expect(part).not.toMatch(/^[\s"]*[=+\-@]/);
    }
  });

  test('commas, quotes and line breaks in a sentence survive', () => {
    const claim = { ...FIXTURE_PAGE.claims[0]!, sentence: 'He said, "about 300"\nthen left.' };
    const { data } = parseRows(toCsv([{ ...FIXTURE_PAGE, claims: [claim] }]).slice(BOM.length));
    expect(data[0]!.sentence).toBe('He said, "about 300"\nthen left.');
  });
});

describe('compared_count', () => {
  test('counts every figure weighed, also those the list leaves out', () => {
    const claim = { ...FIXTURE_PAGE.claims[0]!, comparedCount: 7 };
    const { data } = parseRows(toCsv([{ ...FIXTURE_PAGE, claims: [claim] }]).slice(BOM.length));
    expect(data[0]!.compared_count).toBe('7');
  });
});

// The CSV export read back by a second parser (csv-parse), cell for cell, with
// payloads aimed at spreadsheets whose list separator is a comma and at those
// where it is a semicolon.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, readCell, toCsv, toCsvRows } from '../../../lib/export/csv';
import type { ExportPage } from '../../../lib/export/page';
import { FIXTURE_PAGE, buildClaim, compared } from './fixture';
import { hasCorpus, seedPages } from './seed-pages';

/** Values that open a formula, or would if a spreadsheet split the file at a comma or a semicolon. */
const PAYLOADS = [
  '=1+1',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  'ok;=1+1',
  'ok,=1+1',
  'ok; =1+1',
  'ok, "=1+1"',
  'ok;"=HYPERLINK(""http://bad.example"")"',
  'two\n=1+1',
  'two\r\n@x',
  "'starts with a quote",
  "''two quotes",
  "ok;'after a semicolon",
  '=cmd|" /C calc"!A0',
  'Kyiv; Seoul, Washington',
  'café, 北朝鮮; “quoted”',
  '',
];

function hostilePage(): ExportPage {
  const text = `Officials said about 300 soldiers died. ${PAYLOADS.join(' ')}`;
  const base = buildClaim(text, {
    figure: 'about 300',
    metric: 'killed',
    qualifier: 'approx',
    low: 300,
    high: 300,
    verdict: 'conflicts',
    attribution: { side: 'other', text: 'x' },
  });
  const claims = PAYLOADS.map((payload, i) => ({
    ...base,
    sentence: payload,
    period: payload || null,
    attribution: { side: 'other' as const, text: PAYLOADS[(i + 1) % PAYLOADS.length]! },
    compared: [compared(payload || 'Wire', PAYLOADS[(i + 2) % PAYLOADS.length]!, 300, 300)],
  }));
  return { page: { url: 'https://bad.example/a;=1', outlet: 'ok;=1+1', title: "'=title", published: '2025-01-14' }, text, claims };
}

const pages = (): ExportPage[] => [FIXTURE_PAGE, hostilePage(), ...(hasCorpus ? seedPages() : [])];

/** A spreadsheet at its most naive: every physical line cut at `separator`, quotes ignored. */
const naiveCells = (csv: string, separator: string) => csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(separator));
const opensFormula = (cell: string) => /^[\s"]*[=+\-@]/.test(cell);

describe('the CSV export, read back by csv-parse', () => {
  const csv = toCsv(pages());

  test('starts with a UTF-8 byte-order mark', () => {
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('every cell comes back as exported, payloads for both separators included', () => {
    const records = parse(csv, { bom: true, relax_column_count: false }) as string[][];
    const [header, ...rows] = records;
    expect(header).toEqual([...CSV_COLUMNS]);
    const expected = toCsvRows(pages());
    expect(rows).toHaveLength(expected.length);
    let cells = 0;
    rows.forEach((row, i) => {
      CSV_COLUMNS.forEach((column, j) => {
        const value = expected[i]![column];
        const cell = row[j]!;
        // Numbers as written; text through readCell, which takes off the marks neutraliseCell added.
        expect(typeof value === 'number' ? cell : readCell(cell), `row ${i} ${column}`).toBe(String(value));
        cells++;
      });
    });
    const payloadCells = rows.flat().filter((c) => PAYLOADS.some((p) => p && readCell(c).includes(p)));
    expect(payloadCells.length).toBeGreaterThan(PAYLOADS.length * 2);
    console.info(
      `[export] CSV: ${cells} cells of ${rows.length} rows read back by csv-parse, ${payloadCells.length} of them holding payloads`,
    );
  });

  test.each([',', ';', '\t'])('split at %j, quotes honoured or not, no cell opens a formula', (separator) => {
    expect(naiveCells(csv.slice(1), separator).filter(opensFormula)).toEqual([]);
    const quoted = parse(csv, {
      bom: true,
      delimiter: separator,
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }) as string[][];
    expect(quoted.flat().filter(opensFormula)).toEqual([]);
  });
});

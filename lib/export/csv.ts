import Papa from 'papaparse';
import type { ComparedFigure } from '../types';
import { CSV_MEDIA_TYPE, type ExportFile, type ExportPage, createFilename } from './page';
import { describeAttribution } from '../present/verdict-words';

export const CSV_COLUMNS = [
  'page_title',
  'page_url',
  'outlet',
  'published',
  'index',
  'figure',
  'metric',
  'qualifier',
  'low',
  'high',
  'verdict',
  'attribution_side',
  'attribution_text',
  'period',
  'sentence',
  'start',
  'end',
  'compared_count',
  'compared',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

/**
 * Where a spreadsheet may start a new cell inside our cell: at a comma or a
 * semicolon (a file read with the other list separator splits there, quotes or
 * not), a tab, or a line break.
 */
const CELL_BREAK = /([,;\t\r\n])/;
/** What makes a spreadsheet read a cell as a formula: =, +, -, @ (after blanks or quotes), or a leading tab or CR. */
const FORMULA_START = /^(?:[\t\r]|[\s"]*[=+\-@])/;
/** The mark we add; a value that starts with it gets one more, so the mark can always be taken off again. */
const MARK = "'";

/**
 * A cell no spreadsheet reads as a formula, whichever list separator it splits
 * the file by: the value, and each part of it after a comma, semicolon, tab or
 * line break, gets a leading `'` when it starts with `=`, `+`, `-`, `@` (after
 * blanks or quotes), a tab or a CR, or with `'` itself. Numbers pass as they
 * are. Lossless: `readCell` gives the value back.
 */
export function neutraliseCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return value
    .split(CELL_BREAK)
    .map((part, i) => (i % 2 === 0 && (FORMULA_START.test(part) || part.startsWith(MARK)) ? MARK + part : part))
    .join('');
}

/** The value `neutraliseCell` was given, from the cell it made: one `'` taken off the start of the cell and of each part. */
export function readCell(cell: string): string {
  return cell
    .split(CELL_BREAK)
    .map((part, i) => (i % 2 === 0 && part.startsWith(MARK) ? part.slice(1) : part))
    .join('');
}

function describeCompared(c: ComparedFigure): string {
  const link = c.url ? ` <${c.url}>` : '';
  return `${c.outlet}, ${c.published}: "${c.figure}" (${describeAttribution(c.attribution)})${link}`;
}

/** One row per figure, in page order, for every page given. */
export function toCsvRows(pages: ExportPage[]): CsvRow[] {
  return pages.flatMap(({ page, claims }) =>
    claims.map((claim, index) => ({
      page_title: page.title,
      page_url: page.url ?? '',
      outlet: page.outlet,
      published: page.published,
      index,
      figure: claim.figure,
      metric: claim.metric,
      qualifier: claim.qualifier,
      low: claim.low ?? '',
      high: claim.high ?? '',
      verdict: claim.verdict,
      attribution_side: claim.attribution?.side ?? '',
      attribution_text: claim.attribution?.text ?? '',
      period: claim.period ?? '',
      sentence: claim.sentence,
      start: claim.start ?? '',
      end: claim.end ?? '',
      compared_count: Math.max(claim.comparedCount ?? 0, claim.compared.length),
      compared: claim.compared.map(describeCompared).join('; '),
    })),
  );
}

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * CSV text (RFC 4180: comma-separated, CRLF, a header row, fields with a comma,
 * semicolon, quote or line break quoted) of the figures, after a UTF-8 byte-order
 * mark; every text cell neutralised against formulas (`neutraliseCell`).
 */
export function toCsv(pages: ExportPage[]): string {
  const rows = toCsvRows(pages).map((row) => CSV_COLUMNS.map((column) => neutraliseCell(row[column])));
  // Papa quotes a comma, quote or line break; a semicolon or tab too, for readers that split there.
  const quotes = (cell: unknown) => typeof cell === 'string' && /[;\t]/.test(cell);
  return BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: false, quotes });
}

/** The CSV file of one page's figures. */
export function exportPageCsv(page: ExportPage, created: Date): ExportFile {
  return { filename: createFilename(page.page.title, created, 'csv'), type: CSV_MEDIA_TYPE, contents: toCsv([page]) };
}

/** The CSV file of every stored page's figures. */
export function exportAllCsv(pages: ExportPage[], created: Date): ExportFile {
  return { filename: createFilename('all', created, 'csv'), type: CSV_MEDIA_TYPE, contents: toCsv(pages) };
}

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

/** First characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that cannot become a spreadsheet formula: text starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`. Numbers pass as they are.
 */
export function neutraliseCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
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

/** CSV text (RFC 4180, CRLF, header row) of the figures, every text cell neutralised against formulas. */
export function toCsv(pages: ExportPage[]): string {
  const rows = toCsvRows(pages).map((row) => CSV_COLUMNS.map((column) => neutraliseCell(row[column])));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: false });
}

/** The CSV file of one page's figures. */
export function exportPageCsv(page: ExportPage, created: Date): ExportFile {
  return { filename: createFilename(page.page.title, created, 'csv'), type: CSV_MEDIA_TYPE, contents: toCsv([page]) };
}

/** The CSV file of every stored page's figures. */
export function exportAllCsv(pages: ExportPage[], created: Date): ExportFile {
  return { filename: createFilename('all', created, 'csv'), type: CSV_MEDIA_TYPE, contents: toCsv(pages) };
}

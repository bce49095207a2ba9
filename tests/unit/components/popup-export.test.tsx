// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, describe, expect, test } from 'vitest';
import { ExportView } from '../../../components/popup/ExportView';
import { FIXTURE_PAGE } from '../export/fixture';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

describe('the export view', () => {
  test('each export of the page downloads its file', () => {
    const api = createFakeApi();
    render(<ExportView api={api} page={FIXTURE_PAGE} announce={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /this page as Web Annotations/ }));
    fireEvent.click(screen.getByRole('button', { name: /this page as Spreadsheet/ }));
    fireEvent.click(screen.getByRole('button', { name: /this page as Report/ }));
    expect(api.downloads.map((f) => f.filename.replace(/^.*-(\d{4}-\d\d-\d\d)/, '$1'))).toEqual([
      '2025-02-03.jsonld',
      '2025-02-03.csv',
      '2025-02-03.md',
    ]);
    expect(JSON.parse(api.downloads[0]!.contents).first.items).toHaveLength(FIXTURE_PAGE.claims.length);
    expect(Papa.parse(api.downloads[1]!.contents, { header: true, skipEmptyLines: true }).data).toHaveLength(FIXTURE_PAGE.claims.length);
  });

  test('export everything asks the background and saves every page', async () => {
    const stored = [
      { page: FIXTURE_PAGE.page, claims: FIXTURE_PAGE.claims },
      // A bundled article: no text, no selectors kept.
      {
        article: { url: null, outlet: 'Bundled Wire', title: 'Old story', published: '2024-12-20' },
        claims: [
          {
            metric: 'killed',
            qualifier: 'exact',
            low: 100,
            high: 100,
            figure: '100',
            sentence: null,
            attribution: null,
            period: null,
            verdict: 'unique',
            compared: [],
          },
        ],
      },
    ];
    const api = createFakeApi({ background: (m) => (m.type === 'exportAll' ? { articles: stored } : undefined) });
    const announced: string[] = [];
    render(<ExportView api={api} page={null} announce={(m) => announced.push(m)} />);
    expect((screen.getByRole('button', { name: /this page as Report/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /everything as Web Annotations/ }));
    await waitFor(() => expect(api.downloads).toHaveLength(1));
    expect(api.toBackground).toEqual([{ type: 'exportAll' }]);
    const items = JSON.parse(api.downloads[0]!.contents).first.items as {
      target: { source: string; selector: { type: string; exact: string }[] };
      body: { textStart?: number }[];
    }[];
    expect(items).toHaveLength(FIXTURE_PAGE.claims.length + 1);
    // The stored article keeps its quote and its offsets in Tallymark's text (no page element known: no position selector);
    // the bundled one, without text, gets its quote alone, no made-up position.
    expect(items[0]!.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(items[0]!.body[3]!.textStart).toBe(FIXTURE_PAGE.claims[0]!.start);
    const bundled = items.at(-1)!;
    expect(bundled.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: '100', prefix: '', suffix: '' }]);
    expect(bundled.target.source).toMatch(/^urn:tallymark:article:/);
    expect(api.downloads[0]!.filename).toBe('tallymark-all-2025-02-03.jsonld');
    expect(announced).toEqual(['Saved tallymark-all-2025-02-03.jsonld.']);
  });

  test('an export error is said', async () => {
    const api = createFakeApi({ background: () => ({ error: 'The store is closed.' }) });
    const announced: string[] = [];
    render(<ExportView api={api} page={null} announce={(m) => announced.push(m)} />);
    fireEvent.click(screen.getByRole('button', { name: /everything as Spreadsheet/ }));
    await waitFor(() => expect(announced).toEqual(['Export failed: The store is closed.']));
    expect(api.downloads).toEqual([]);
  });
});

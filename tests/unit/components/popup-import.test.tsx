// @vitest-environment happy-dom
// Checking a Web Annotations export against the page open in the tab.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ExportView } from '../../../components/popup/ExportView';
import { exportPageJsonLd } from '../../../lib/export/jsonld';
import type { ExportPage } from '../../../lib/export/page';
import { EXPORT_DATE, FIXTURE_PAGE, FIXTURE_TEXT } from '../export/fixture';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

const KYIV = 'A separate estimate from Kyiv put the dead at more than 3,000, a figure the agency in Seoul did not repeat.\n';

async function check(page: ExportPage, fileText: string, name = 'export.jsonld') {
  const announced: string[] = [];
  render(<ExportView api={createFakeApi()} page={page} announce={(m) => announced.push(m)} />);
  const input = screen.getByLabelText('Check a Web Annotations file against this page') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([fileText], name, { type: 'application/ld+json' })], configurable: true });
  fireEvent.change(input);
  await waitFor(() => expect(announced.length).toBe(1));
  return announced[0]!;
}

describe('checking an export against this page', () => {
  const exported = exportPageJsonLd(FIXTURE_PAGE, EXPORT_DATE).contents;

  test('the page as exported: every annotation placed', async () => {
    expect(await check(FIXTURE_PAGE, exported)).toBe('Placed 5 of the 5 annotations of this page.');
  });

  test('the page edited since: a paragraph added, a sentence deleted — what cannot be placed is listed', async () => {
    const text = `An update at the top.\n${FIXTURE_TEXT.replace(KYIV, '')}`;
    const said = await check({ ...FIXTURE_PAGE, text }, exported);
    expect(said).toBe('Placed 4 of the 5 annotations of this page; 1 could not be placed: its words are no longer on the page as quoted.');
    const list = screen.getByRole('list', { name: 'Annotations not placed' });
    expect(list.textContent).toMatch(/^“more than 3,000” \(killed, conflicts\)/);
  });

  test('a file of another page, and a file that is not an export, are said so', async () => {
    expect(await check({ ...FIXTURE_PAGE, page: { ...FIXTURE_PAGE.page, url: 'https://other.example/' } }, exported)).toBe(
      'This file holds no annotations of this page (5 annotations of other pages).',
    );
    cleanup();
    expect(await check(FIXTURE_PAGE, 'not json', 'notes.txt')).toBe(
      'Could not check notes.txt: This file is not JSON-LD (it does not parse as JSON).',
    );
    cleanup();
    expect(await check(FIXTURE_PAGE, '{"type": "Thing"}')).toMatch(/holds no Web Annotations/);
  });

  test('no page text (the page was not read): no check offered', () => {
    render(<ExportView api={createFakeApi()} page={{ ...FIXTURE_PAGE, text: null }} announce={() => {}} />);
    expect(screen.queryByLabelText('Check a Web Annotations file against this page')).toBeNull();
  });
});

describe('in the toolbar popup', () => {
  test('offers to open the popup in a tab, where a file chooser does not close it', () => {
    const opened: string[] = [];
    const original = window.open;
    window.open = ((url?: string | URL) => {
      opened.push(String(url));
      return null;
    }) as typeof window.open;
    try {
      render(<ExportView api={createFakeApi()} page={FIXTURE_PAGE} announce={() => {}} tabId={7} />);
      fireEvent.click(screen.getByRole('button', { name: 'Open it in a tab' }));
      expect(opened).toEqual(['popup.html?tab=7']);
    } finally {
      window.open = original;
    }
  });
});

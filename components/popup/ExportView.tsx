import { useState } from 'preact/hooks';
import { exportAllCsv, exportPageCsv } from '../../lib/export/csv';
import { checkAnnotations, describeCheck, type ImportCheck } from '../../lib/export/import';
import { exportAllJsonLd, exportPageJsonLd, pageSource } from '../../lib/export/jsonld';
import { exportAllMarkdown, exportPageMarkdown } from '../../lib/export/markdown';
import type { ExportFile, ExportPage } from '../../lib/export/page';
import type { PopupApi } from './api';
import { readExportPages } from './responses';

export interface ExportViewProps {
  api: PopupApi;
  /** The page's figures, or null when the page could not be read. */
  page: ExportPage | null;
  announce: (message: string) => void;
  /** Offer this page's exports (false on the options page, which has no page). */
  withPage?: boolean;
  /** The tab the popup is about, so the import check can move to a tab of its own (a file chooser closes a popup). */
  tabId?: number | null;
}

type Format = 'jsonld' | 'csv' | 'md';
const FORMATS: { format: Format; label: string; hint: string }[] = [
  { format: 'jsonld', label: 'Web Annotations', hint: 'JSON-LD' },
  { format: 'csv', label: 'Spreadsheet', hint: 'CSV' },
  { format: 'md', label: 'Report', hint: 'Markdown' },
];

const forPage: Record<Format, (p: ExportPage, d: Date) => ExportFile> = {
  jsonld: exportPageJsonLd,
  csv: exportPageCsv,
  md: exportPageMarkdown,
};
const forAll: Record<Format, (p: ExportPage[], d: Date) => ExportFile> = {
  jsonld: exportAllJsonLd,
  csv: exportAllCsv,
  md: exportAllMarkdown,
};

/** Reads a chosen file's text (File.text where there is one). */
function readFile(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export interface ImportCheckViewProps {
  page: ExportPage & { text: string };
  announce: (message: string) => void;
  /** When set and this view is the toolbar popup (no `?tab=` in its address): offer to open it in a tab. */
  tabId?: number | null;
}

/** True in the popup opened from the toolbar; false in the popup page opened in a tab (`popup.html?tab=ID`). */
const isToolbarPopup = () => typeof location !== 'undefined' && !new URLSearchParams(location.search).has('tab');

/** Places a Web Annotations export again on this page, and says what it could not place. */
export function ImportCheckView({ page, announce, tabId = null }: ImportCheckViewProps) {
  const [check, setCheck] = useState<ImportCheck | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = checkAnnotations(await readFile(file), pageSource(page.page), page.text);
      setCheck(result);
      announce(describeCheck(result));
    } catch (e) {
      setCheck(null);
      announce(`Could not check ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="import-check">
      <h2 id="import-check">Check an export against this page</h2>
      <p class="muted">
        Places each annotation of a Web Annotations file on this page again, by its quote and the words around it, and lists those it cannot
        place.
      </p>
      {tabId !== null && isToolbarPopup() ? (
        <p class="muted">
          Choosing a file can close this popup.{' '}
          <button type="button" class="link-button" onClick={() => window.open(`popup.html?tab=${tabId}`, '_blank', 'noopener')}>
            Open it in a tab
          </button>{' '}
          to check a file there.
        </p>
      ) : null}
      <label class="button">
        Choose a file… <span class="muted">JSON-LD</span>
        <input
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          class="visually-hidden"
          aria-label="Check a Web Annotations file against this page"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {check ? (
        <div class="import-check" role="status">
          <p>{describeCheck(check)}</p>
          {check.unplaced.length > 0 ? (
            <ul aria-label="Annotations not placed">
              {check.unplaced.map((a, i) => (
                <li key={a.id ?? i}>
                  “{a.quote.exact}”{a.metric ? ` (${a.metric}${a.verdict ? `, ${a.verdict}` : ''})` : ''}
                  <span class="muted">
                    {' '}
                    …{a.quote.prefix.slice(-24)}
                    <b>{a.quote.exact}</b>
                    {a.quote.suffix.slice(0, 24)}…
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/** Downloads of this page's figures and of every stored figure. */
export function ExportView({ api, page, announce, withPage = true, tabId = null }: ExportViewProps) {
  const [busy, setBusy] = useState(false);

  const save = (file: ExportFile) => {
    api.download(file);
    announce(`Saved ${file.filename}.`);
  };

  const exportEverything = async (format: Format) => {
    setBusy(true);
    try {
      const pages = readExportPages(await api.sendToBackground({ type: 'exportAll' }));
      if (pages.length === 0) {
        announce('The store holds no articles yet: nothing to export.');
        return;
      }
      save(forAll[format](pages, api.now()));
    } catch (e) {
      announce(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export">
      {withPage ? (
        <section aria-labelledby="export-page">
          <h2 id="export-page">This page</h2>
          {page ? (
            <p class="muted">
              {page.claims.length} figure{page.claims.length === 1 ? '' : 's'} from “{page.page.title}”.
            </p>
          ) : (
            <p class="muted">This page was not read, so it has nothing to export.</p>
          )}
          <div class="button-row">
            {FORMATS.map(({ format, label, hint }) => (
              <button
                key={format}
                type="button"
                class="button"
                disabled={!page || page.claims.length === 0}
                onClick={() => page && save(forPage[format](page, api.now()))}
              >
                <span class="visually-hidden">Export this page as </span>
                {label} <span class="muted">{hint}</span>
              </button>
            ))}
          </div>
        </section>
      ) : null}
      {withPage && page?.text ? <ImportCheckView page={{ ...page, text: page.text }} announce={announce} tabId={tabId} /> : null}
      <section aria-labelledby="export-all">
        <h2 id="export-all">Everything in the store</h2>
        <p class="muted">Every article Tallymark has read, with its figures and verdicts.</p>
        <div class="button-row">
          {FORMATS.map(({ format, label, hint }) => (
            <button key={format} type="button" class="button" disabled={busy} onClick={() => exportEverything(format)}>
              <span class="visually-hidden">Export everything as </span>
              {label} <span class="muted">{hint}</span>
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { exportAllCsv, exportPageCsv } from '../../lib/export/csv';
import { exportAllJsonLd, exportPageJsonLd } from '../../lib/export/jsonld';
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

/** Downloads of this page's figures and of every stored figure. */
export function ExportView({ api, page, announce, withPage = true }: ExportViewProps) {
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
      <section aria-labelledby="export-all">
        <h2 id="export-all">Everything in the store</h2>
        <p class="muted">Every article Tallymark has read, with its figures and verdicts.</p>
        <div class="button-row">
          {FORMATS.map(({ format, label, hint }) => (
            <button
              key={format}
              type="button"
              class="button"
              disabled={busy}
              onClick={() => exportEverything(format)}
            >
              <span class="visually-hidden">Export everything as </span>
              {label} <span class="muted">{hint}</span>
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}

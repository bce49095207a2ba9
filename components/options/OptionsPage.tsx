import { useEffect, useState } from 'preact/hooks';
import type { ExportPage } from '../../lib/export/page';
import { formatDay } from '../../lib/present/verdict-words';
import type { PopupApi } from '../popup/api';
import { ConfirmButton } from '../popup/ConfirmButton';
import { ExportView } from '../popup/ExportView';
import { readExportPages, unwrap } from '../popup/responses';
import { SettingsView } from '../popup/SettingsView';

export interface OptionsPageProps {
  api: PopupApi;
}

interface OutletRow {
  outlet: string;
  articles: number;
  figures: number;
  latest: string;
}

/** Outlets of the stored pages, most articles first. */
export function listOutlets(pages: ExportPage[]): OutletRow[] {
  const rows = new Map<string, OutletRow>();
  for (const { page, claims } of pages) {
    const key = page.outlet.trim().toLowerCase();
    const row = rows.get(key) ?? { outlet: page.outlet, articles: 0, figures: 0, latest: page.published };
    row.articles++;
    row.figures += claims.length;
    if (page.published > row.latest) row.latest = page.published;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
}

/** The options page: everything of the popup's settings, plus the outlets in the store. */
export function OptionsPage({ api }: OptionsPageProps) {
  const [status, setStatus] = useState('');
  const [outlets, setOutlets] = useState<OutletRow[] | null>(null);
  const [generation, setGeneration] = useState(0);

  const announce = (message: string) => {
    setStatus(message);
    setGeneration((g) => g + 1);
  };

  useEffect(() => {
    api
      .sendToBackground({ type: 'exportAll' })
      .then((answer) => setOutlets(listOutlets(readExportPages(answer))))
      .catch((e: unknown) => setStatus(`The outlets could not be listed: ${e instanceof Error ? e.message : String(e)}`));
  }, [generation]);

  const deleteOutlet = async (outlet: string) => {
    try {
      unwrap(await api.sendToBackground({ type: 'deleteOutlet', outlet }));
      announce(`${outlet} was deleted from the store.`);
    } catch (e) {
      announce(`That did not work: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <main class="options">
      <h1>Tallymark</h1>
      <p class="muted">Your store of figures. Everything stays in this browser.</p>
      <div class="options__grid">
        <div class="panel">
          <SettingsView api={{ ...api, openOptions: undefined }} site={null} pageUrl={null} announce={announce} key={generation} />
        </div>
        <div class="panel">
          <section aria-labelledby="outlets-title">
            <h2 id="outlets-title">Outlets in the store</h2>
            {outlets === null ? (
              <p class="muted">Listing…</p>
            ) : outlets.length === 0 ? (
              <p class="muted">No articles are stored yet.</p>
            ) : (
              <ul class="outlets">
                {outlets.map((o) => (
                  <li key={o.outlet} class="outlet">
                    <div>
                      <strong>{o.outlet}</strong>
                      <span class="muted">
                        {' '}
                        · {o.articles} article{o.articles === 1 ? '' : 's'}, {o.figures} figure{o.figures === 1 ? '' : 's'}, latest{' '}
                        {formatDay(o.latest)}
                      </span>
                    </div>
                    <ConfirmButton
                      label={`Delete ${o.outlet}`}
                      question={`Delete every article from ${o.outlet}?`}
                      onConfirm={() => deleteOutlet(o.outlet)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section>
            <ExportView api={api} page={null} announce={setStatus} withPage={false} />
          </section>
        </div>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

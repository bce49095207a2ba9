import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportPage } from '../../lib/export/page';
import { formatDay } from '../../lib/present/verdict-words';
import type { PopupApi } from './api';
import { ExportView } from './ExportView';
import { FigureList } from './FigureList';
import { type PageState, loadPageState, siteOf } from './page-state';
import { Legend } from './Legend';
import { SettingsView } from './SettingsView';
import { SourcesView } from './SourcesView';
import { WhoSaysWhatView } from './WhoSaysWhatView';

export interface PopupProps {
  api: PopupApi;
  /** Start from a known state (tests); otherwise the popup asks the tab. */
  initialState?: PageState;
}

const TABS = [
  { id: 'figures', label: 'Figures' },
  { id: 'who', label: 'Who says what' },
  { id: 'sources', label: 'Outlets' },
  { id: 'export', label: 'Export' },
  { id: 'settings', label: 'Settings' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function EmptyState({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <div class="empty" role="note">
      <h2 class="empty__title">{title}</h2>
      {children}
    </div>
  );
}

function FiguresPanel({ state, onFocus }: { state: PageState; onFocus: (i: number) => void }) {
  if (state.kind === 'loading') return <p class="muted">Reading the page…</p>;
  if (state.kind === 'unreadable') {
    return (
      <EmptyState title="This page can't be read">
        <p>
          {state.why === 'restricted'
            ? 'Browser pages, extension stores and local files (file://) are closed to extensions, so Tallymark cannot read them.'
            : state.why === 'no-tab'
              ? 'There is no tab to read.'
              : state.tab?.url
                ? 'Tallymark is not running on this page. If the tab was open before Tallymark was installed or updated, reload it.'
                : 'Tallymark is not running on this page. Browser pages, extension stores and local files are closed to extensions; a news page open since before Tallymark was installed or updated needs a reload.'}
        </p>
      </EmptyState>
    );
  }
  const { report } = state;
  if (report.status === 'reading') return <p class="muted">Still reading the page…</p>;
  // 'paused' covers every page read but not stored: paused site or everywhere, private window, local file.
  const notice =
    report.status === 'paused' || (!report.stored && report.claims.length > 0) ? (
      <p class="notice" role="note">
        {report.notStoredReason ?? 'Reading is paused for this site: these figures were compared, but not stored.'}
        {report.notStoredReason && report.claims.length > 0 ? ' Its figures were still compared with the store.' : ''}
      </p>
    ) : null;
  // A page longer than the extractor's read budget: say where reading stopped.
  const stopped =
    report.stoppedAt !== undefined ? (
      <p class="notice" role="note">
        This page is very long: Tallymark read its first {report.stoppedAt.toLocaleString('en-US')} characters and stopped there, so figures
        further down were not read.
      </p>
    ) : null;
  // The background could not say what the verdicts weighed: the figures are listed with their verdicts only.
  const unexplained = report.detailsError ? (
    <p class="notice" role="note">
      Tallymark could not load what other outlets reported ({report.detailsError}): the figures are listed with their verdicts only.
    </p>
  ) : null;
  if (report.claims.length === 0) {
    return (
      <>
        {notice}
        {stopped}
        <EmptyState title="No troop figures on this page">
          <p>Tallymark found no figure about North Korean troops here: none deployed, killed, wounded, captured or missing.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {notice}
      {stopped}
      {unexplained}
      <Legend />
      <FigureList claims={report.claims} onFocus={onFocus} published={report.page?.published} />
    </>
  );
}

/** The toolbar popup: the page's figures, their sources, exports, and settings. */
export function Popup({ api, initialState }: PopupProps) {
  const [state, setState] = useState<PageState>(initialState ?? { kind: 'loading' });
  const [tab, setTab] = useState<TabId>('figures');
  const [status, setStatus] = useState('');
  const tabRefs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (initialState && attempt === 0) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    loadPageState(api)
      .then((s) => {
        if (!live) return;
        setState(s);
        // A long page may still be being read: keep asking, a little less often.
        if (s.kind === 'report' && s.report.status === 'reading') timer = setTimeout(() => setAttempt((a) => a + 1), 1000);
      })
      .catch(() => live && setState({ kind: 'unreadable', tab: null, why: 'no-script' }));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [attempt]);

  const report = state.kind === 'report' ? state.report : null;
  const tabUrl = state.kind === 'loading' ? null : (state.tab?.url ?? null);
  // The site the browser says the tab is on (a page's canonical address is only its claim).
  const site = siteOf(tabUrl ?? report?.page?.url);
  const exportPage: ExportPage | null = report?.page
    ? { page: report.page, text: report.text || null, claims: report.claims, article: report.article ?? null }
    : null;
  const contradicted = report?.claims.filter((c) => c.verdict === 'conflicts' || c.verdict === 'disputed').length ?? 0;

  const focusFigure = async (index: number) => {
    if (state.kind !== 'report') return;
    try {
      await api.sendToContent(state.tab.id, { type: 'focusFigure', index });
      setStatus(`Showing “${state.report.claims[index]?.figure ?? ''}” on the page.`);
      api.afterFocus?.();
    } catch {
      setStatus('The page did not answer; reload it and try again.');
    }
  };

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[(next + TABS.length) % TABS.length]!;
    setTab(target.id);
    tabRefs.current[target.id]?.focus();
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Tallymark</h1>
        {report?.page ? (
          <p class="popup__page" title={report.page.title}>
            {report.page.outlet}
            {report.page.outletClaimed && ` (calls itself “${report.page.outletClaimed}”)`} · {formatDay(report.page.published)}
            {report.claims.length > 0 ? ` · ${report.claims.length} figure${report.claims.length === 1 ? '' : 's'}` : ''}
            {contradicted > 0 ? `, ${contradicted} contradicted` : ''}
          </p>
        ) : null}
      </header>
      <nav aria-label="Views">
        <div class="tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              class="tabs__tab"
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </nav>
      <main>
        <div class="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'figures' ? <FiguresPanel state={state} onFocus={focusFigure} /> : null}
          {tab === 'who' ? (
            report && report.claims.length > 0 ? (
              <WhoSaysWhatView api={api} page={report.page} claims={report.claims} onFocus={focusFigure} />
            ) : (
              <FiguresPanel state={state} onFocus={focusFigure} />
            )
          ) : null}
          {tab === 'sources' ? (
            report ? (
              <SourcesView page={report.page} claims={report.claims} />
            ) : (
              <FiguresPanel state={state} onFocus={focusFigure} />
            )
          ) : null}
          {tab === 'export' ? (
            <ExportView api={api} page={exportPage} announce={setStatus} tabId={state.kind === 'report' ? state.tab.id : null} />
          ) : null}
          {tab === 'settings' ? (
            <SettingsView api={api} site={site} pageUrl={report?.stored ? (report.page?.url ?? null) : null} announce={setStatus} />
          ) : null}
        </div>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </div>
  );
}

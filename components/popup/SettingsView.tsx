import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../../lib/export/page';
import type { PageToBackground, PauseState, StoreStats } from '../../lib/messages';
import type { PopupApi } from './api';
import { ConfirmButton } from './ConfirmButton';
import { describeRestore, readBackupText, readPause, readStats, unwrap } from './responses';

export interface SettingsViewProps {
  api: PopupApi;
  /** Hostname of the tab's page, when it is a web page. */
  site: string | null;
  /** Address of the tab's page as stored, when it can be deleted. */
  pageUrl: string | null;
  announce: (message: string) => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Store counts, pausing, backup and restore, and deletions. */
export function SettingsView({ api, site, pageUrl, announce }: SettingsViewProps) {
  const [stats, setStats] = useState<StoreStats | null>(null);
  const [pause, setPause] = useState<PauseState | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = async () => {
    try {
      const [s, p] = await Promise.all([api.sendToBackground({ type: 'getStats' }), api.sendToBackground({ type: 'getPause' })]);
      setStats(readStats(s));
      setPause(readPause(p));
      setLoadError(null);
    } catch (e) {
      setLoadError(`The store could not be read: ${errorText(e)}`);
    }
  };

  useEffect(() => {
    void refresh();
  }, []);

  const run = async (message: PageToBackground, done: string) => {
    try {
      unwrap(await api.sendToBackground(message));
      announce(done);
    } catch (e) {
      announce(`That did not work: ${errorText(e)}`);
    }
    await refresh();
  };

  const sitePaused = !!site && !!pause?.sites.includes(site);

  const togglePause = async (message: PageToBackground, words: string) => {
    try {
      const answer = unwrap(await api.sendToBackground(message));
      // The background may answer the new state; otherwise ask for it.
      setPause(
        answer && typeof answer === 'object' && 'global' in answer
          ? readPause(answer)
          : readPause(await api.sendToBackground({ type: 'getPause' })),
      );
      announce(words);
    } catch (e) {
      announce(`Could not change pausing: ${errorText(e)}`);
    }
  };

  const backup = async () => {
    try {
      const text = readBackupText(await api.sendToBackground({ type: 'backup' }));
      const filename = `tallymark-backup-${formatDay(api.now())}.json`;
      api.download({ filename, type: 'application/json', contents: text });
      announce(`Saved ${filename}.`);
    } catch (e) {
      announce(`Backup failed: ${errorText(e)}`);
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setRestoreError(null);
    try {
      const text = await file.text();
      const words = describeRestore(await api.sendToBackground({ type: 'restore', text }));
      announce(words);
    } catch (e) {
      // Said once, by the alert beside the button; the status line is cleared.
      setRestoreError(`${file.name} was not restored: ${errorText(e)}`);
      announce('');
    } finally {
      input.value = '';
      await refresh();
    }
  };

  return (
    <div class="settings">
      <section aria-labelledby="store-title">
        <h2 id="store-title">What is stored</h2>
        {loadError ? <p class="error">{loadError}</p> : null}
        {stats ? (
          <dl class="stats">
            {/* The totals include the bundled corpus; what the reader read is the rest. */}
            <div>
              <dt>Articles you read</dt>
              <dd>{Math.max(0, stats.articles - stats.bundledArticles)}</dd>
            </div>
            <div>
              <dt>Their figures</dt>
              <dd>{Math.max(0, stats.claims - stats.bundledClaims)}</dd>
            </div>
            <div>
              <dt>Outlets, all told</dt>
              <dd>{stats.outlets}</dd>
            </div>
            <div>
              <dt>Bundled corpus</dt>
              <dd>
                {stats.bundledArticles} articles, {stats.bundledClaims} figures
              </dd>
            </div>
          </dl>
        ) : !loadError ? (
          <p class="muted">Counting…</p>
        ) : null}
        <p class="muted small">Everything stays in this browser. Nothing is sent anywhere.</p>
      </section>

      <section aria-labelledby="pause-title">
        <h2 id="pause-title">Reading</h2>
        {site ? (
          <button
            type="button"
            class="button toggle"
            aria-pressed={sitePaused}
            disabled={!pause}
            onClick={() =>
              togglePause(
                { type: 'setPause', scope: 'site', site, paused: !sitePaused },
                sitePaused ? `Reading resumed on ${site}.` : `Reading paused on ${site}.`,
              )
            }
          >
            <span class="toggle__state" aria-hidden="true">
              {sitePaused ? 'On' : 'Off'}
            </span>
            Pause on {site}
          </button>
        ) : null}
        <button
          type="button"
          class="button toggle"
          aria-pressed={!!pause?.global}
          disabled={!pause}
          onClick={() =>
            togglePause(
              { type: 'setPause', scope: 'global', paused: !pause?.global },
              pause?.global ? 'Reading resumed everywhere.' : 'Reading paused everywhere.',
            )
          }
        >
          <span class="toggle__state" aria-hidden="true">
            {pause?.global ? 'On' : 'Off'}
          </span>
          Pause everywhere
        </button>
        <p class="muted small">While paused, pages are still checked, but not stored.</p>
      </section>

      <section aria-labelledby="backup-title">
        <h2 id="backup-title">Backup</h2>
        <div class="button-row">
          <button type="button" class="button" onClick={backup}>
            Download backup
          </button>
          <label class="button file-button">
            Restore from file…
            <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => restore(e.currentTarget)} />
          </label>
        </div>
        {restoreError ? (
          <p class="error" role="alert">
            {restoreError}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete</h2>
        <div class="stack">
          {pageUrl ? (
            <ConfirmButton
              label="Delete this page's data"
              question="Delete this page and its figures from the store?"
              onConfirm={() => run({ type: 'deleteArticle', url: pageUrl }, "This page's data was deleted.")}
            />
          ) : null}
          <ConfirmButton
            label="Delete the bundled corpus"
            question="Delete the articles that came with Tallymark?"
            disabled={!!stats && stats.bundledArticles === 0}
            onConfirm={() => run({ type: 'deleteBundled' }, 'The bundled corpus was deleted.')}
          />
          <ConfirmButton
            label="Delete everything"
            question="Delete every stored article, figure and setting? This cannot be undone."
            onConfirm={() => run({ type: 'deleteAll' }, 'Everything was deleted.')}
          />
        </div>
      </section>
      {api.openOptions ? (
        <p>
          <button type="button" class="link-button" onClick={() => api.openOptions?.()}>
            Open the options page
          </button>
        </p>
      ) : null}
    </div>
  );
}

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SettingsView } from '../../../components/popup/SettingsView';
import type { PageToBackground, PauseState } from '../../../lib/messages';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

function storeBackground(initial: PauseState = { global: false, sites: [] }) {
  const pause = { ...initial, sites: [...initial.sites] };
  return (m: PageToBackground): unknown => {
    switch (m.type) {
      case 'getStats':
        return { articles: 14, outlets: 3, claims: 59, bundledArticles: 10, bundledClaims: 42 };
      case 'getPause':
        return { ...pause, sites: [...pause.sites] };
      case 'setPause':
        if (m.scope === 'global') pause.global = m.paused;
        else pause.sites = m.paused ? [...pause.sites, m.site] : pause.sites.filter((s) => s !== m.site);
        return { ...pause, sites: [...pause.sites] };
      case 'restore':
        return m.text.trim().startsWith('{')
          ? { added: { articles: 2, claims: 9 } }
          : { error: 'This is not a Tallymark backup: it is not JSON.' };
      case 'backup':
        return { text: '{"tallymark":1}' };
      default:
        return { ok: true };
    }
  };
}

const renderSettings = (
  background = storeBackground(),
  site: string | null = 'ledger.example',
  pageUrl: string | null = 'https://ledger.example/a',
) => {
  const api = createFakeApi({ background });
  const announced: string[] = [];
  render(<SettingsView api={api} site={site} pageUrl={pageUrl} announce={(m) => announced.push(m)} />);
  return { api, announced };
};

describe('the settings', () => {
  test('shows the store counts, what the reader read apart from the bundled corpus', async () => {
    renderSettings();
    expect((await screen.findByText('Their figures')).nextElementSibling?.textContent).toBe('17');
    expect(screen.getByText('Articles you read').nextElementSibling?.textContent).toBe('4');
    expect(screen.getByText('10 articles, 42 figures')).toBeTruthy();
  });

  test('pausing this site and everywhere sends the right messages', async () => {
    const { api } = renderSettings();
    const site = await screen.findByRole('button', { name: /Pause on ledger\.example/ });
    await waitFor(() => expect((site as HTMLButtonElement).disabled).toBe(false));
    expect(site.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(site);
    await waitFor(() => expect(site.getAttribute('aria-pressed')).toBe('true'));
    expect(api.toBackground).toContainEqual({ type: 'setPause', scope: 'site', site: 'ledger.example', paused: true });
    fireEvent.click(site);
    await waitFor(() => expect(site.getAttribute('aria-pressed')).toBe('false'));
    expect(api.toBackground).toContainEqual({ type: 'setPause', scope: 'site', site: 'ledger.example', paused: false });

    const global = screen.getByRole('button', { name: /Pause everywhere/ });
    fireEvent.click(global);
    await waitFor(() => expect(global.getAttribute('aria-pressed')).toBe('true'));
    expect(api.toBackground).toContainEqual({ type: 'setPause', scope: 'global', paused: true });
  });

  test('shows a site paused before as paused', async () => {
    renderSettings(storeBackground({ global: false, sites: ['ledger.example'] }));
    const site = await screen.findByRole('button', { name: /Pause on ledger\.example/ });
    await waitFor(() => expect(site.getAttribute('aria-pressed')).toBe('true'));
  });

  test.each([
    ["Delete this page's data", { type: 'deleteArticle', url: 'https://ledger.example/a' }],
    ['Delete the bundled corpus', { type: 'deleteBundled' }],
    ['Delete everything', { type: 'deleteAll' }],
  ] as const)('%s asks first, and Cancel sends nothing', async (label, message) => {
    const { api, announced } = renderSettings();
    await screen.findByText('17');
    fireEvent.click(screen.getByRole('button', { name: label }));
    const group = screen.getByRole('group', { name: label });
    expect(within(group).getByText(/\?/)).toBeTruthy();
    // Focus moves to Cancel, the safe choice.
    expect(document.activeElement).toBe(within(group).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(group).getByRole('button', { name: 'Cancel' }));
    expect(api.toBackground.some((m) => m.type === message.type)).toBe(false);
    expect(screen.queryByRole('group', { name: label })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: label }));
    fireEvent.click(within(screen.getByRole('group', { name: label })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.toBackground).toContainEqual(message));
    await waitFor(() => expect(announced.at(-1)).toMatch(/deleted/));
  });

  test('no "delete this page" when the page is not stored', async () => {
    renderSettings(storeBackground(), 'ledger.example', null);
    await screen.findByText('17');
    expect(screen.queryByRole('button', { name: "Delete this page's data" })).toBeNull();
  });

  test('restore shows the error of a bad file', async () => {
    const { api, announced } = renderSettings();
    await screen.findByText('17');
    const input = screen.getByLabelText(/Restore from file/) as HTMLInputElement;
    const file = new File(['not json at all'], 'notes.txt', { type: 'text/plain' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notes.txt was not restored: This is not a Tallymark backup');
    expect(api.toBackground).toContainEqual({ type: 'restore', text: 'not json at all' });
    // Said once: not repeated in the status line.
    expect(announced.at(-1)).toBe('');
  });

  test('restore says what was added', async () => {
    const { announced } = renderSettings();
    await screen.findByText('17');
    const input = screen.getByLabelText(/Restore from file/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"x":1}'], 'backup.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(announced).toContain('Restored: 2 articles and 9 figures added.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('backup downloads the JSON the background returns', async () => {
    const { api } = renderSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(api.downloads).toHaveLength(1));
    expect(api.downloads[0]).toEqual({
      filename: 'tallymark-backup-2025-02-03.json',
      type: 'application/json',
      contents: '{"tallymark":1}',
    });
  });

  test('an error from the store is shown, not swallowed', async () => {
    renderSettings(() => ({ error: 'The store is closed.' }));
    expect(await screen.findByText(/The store could not be read: The store is closed\./)).toBeTruthy();
  });
});

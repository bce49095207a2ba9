// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { FIXTURE_PAGE } from '../export/fixture';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

describe('the options page', () => {
  test('lists the stored outlets and deletes one after asking', async () => {
    let pages = [
      { page: FIXTURE_PAGE.page, claims: FIXTURE_PAGE.claims },
      { page: { ...FIXTURE_PAGE.page, url: 'https://ledger.example/b', published: '2025-01-20' }, claims: [] },
      { page: { ...FIXTURE_PAGE.page, url: 'https://wire.example/c', outlet: 'Evening Wire' }, claims: FIXTURE_PAGE.claims.slice(0, 1) },
    ];
    const api = createFakeApi({
      background: (m) => {
        if (m.type === 'exportAll') return { articles: pages };
        if (m.type === 'deleteOutlet') {
          pages = pages.filter((p) => p.page.outlet !== m.outlet);
          return { articles: 1, claims: 1 };
        }
        if (m.type === 'getStats') return { articles: pages.length, outlets: 2, claims: 6, bundledArticles: 0, bundledClaims: 0 };
        return { global: false, sites: [] };
      },
    });
    render(<OptionsPage api={api} />);
    const ledger = (await screen.findByText('Northern Ledger')).closest('li')!;
    expect(ledger.textContent).toContain('2 articles, 5 figures, latest 20 Jan 2025');
    const wire = screen.getByText('Evening Wire').closest('li')!;
    fireEvent.click(within(wire).getByRole('button', { name: 'Delete Evening Wire' }));
    expect(api.toBackground.some((m) => m.type === 'deleteOutlet')).toBe(false);
    fireEvent.click(within(wire).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.toBackground).toContainEqual({ type: 'deleteOutlet', outlet: 'Evening Wire' }));
    await waitFor(() => expect(screen.queryByText('Evening Wire')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Evening Wire was deleted from the store.');
    // No page here: only "everything" exports.
    expect(screen.queryByRole('heading', { name: 'This page' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Everything in the store' })).toBeTruthy();
  });
});

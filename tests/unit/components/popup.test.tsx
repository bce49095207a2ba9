// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { JudgedReport } from '../../../components/popup/page-state';
import { FIXTURE_PAGE, compared } from '../export/fixture';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

const report = (over: Partial<JudgedReport> = {}): JudgedReport => ({
  status: 'ok',
  page: FIXTURE_PAGE.page,
  text: FIXTURE_PAGE.text ?? '',
  claims: FIXTURE_PAGE.claims,
  stored: true,
  ...over,
});

const figureItems = (container: Element) => [...container.querySelectorAll<HTMLLIElement>('li.figure')];

describe('the figure list', () => {
  test('groups figures by metric, conflicts first, with the compared figures', async () => {
    const api = createFakeApi({ report: report() });
    const { container } = render(<Popup api={api} />);
    await screen.findByRole('heading', { name: /Deaths/ });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Deaths (2)', 'Troops deployed (1)', 'Wounded (1)', 'Taken prisoner (1)']);
    const items = figureItems(container);
    expect(items.map((li) => li.querySelector('.figure__value')?.textContent)).toEqual([
      'about 300',
      'more than 3,000',
      'more than 11,000',
      '2,700',
      'Two',
    ]);
    expect(items.map((li) => li.querySelector('.badge')?.textContent)).toEqual([
      'Conflicts',
      'Conflicts',
      'Differs',
      'Agrees',
      'Only here',
    ]);
    // The compared figures of the first one: two outlets, each linked to its article.
    const first = within(items[0]!);
    expect(first.getByRole('link', { name: 'Harbor Post' }).getAttribute('href')).toBe('https://harborpost.example/story');
    expect(first.getByRole('link', { name: 'Evening Wire' })).toBeTruthy();
    expect(items[0]!.querySelectorAll('.compared__item q')[0]?.textContent).toBe('more than 3,000');
    // The sentence is shown with the figure marked.
    expect(items[0]!.querySelector('mark')?.textContent).toBe('about 300');
    expect(within(items[4]!).getByText(/No other outlet/)).toBeTruthy();
    expect(
      within(items[0]!).getByText('Other reports of the same Seoul briefing give more than 3,000 deaths, not about 300.'),
    ).toBeTruthy();
    // Each compared outlet's relation is said in words, not only by a dot.
    expect(items[0]!.querySelector('.compared__relation')?.textContent).toBe(' — does not overlap this page’s figure');
  });

  test('a long list of compared figures shows four, the rest behind "N more compared"', async () => {
    const many = ['A', 'B', 'C', 'D', 'E', 'F'].map((o) => compared(`Outlet ${o}`, 'some 300', 300, 300));
    const claims = [{ ...FIXTURE_PAGE.claims[0]!, compared: many }];
    const { container } = render(<Popup api={createFakeApi({ report: report({ claims }) })} />);
    await screen.findByText('2 more compared');
    expect(container.querySelectorAll('[data-list="compared"] > li')).toHaveLength(6);
    expect(container.querySelectorAll('details [data-list="compared"] > li')).toHaveLength(2);
    expect(screen.queryByText(/not listed/)).toBeNull();
    // The bounds are spelled out when the words alone do not say them.
    expect(screen.getAllByText('(about 300)').length).toBeGreaterThan(0);
  });

  test('says how many compared figures the list leaves out', async () => {
    const claims = [{ ...FIXTURE_PAGE.claims[0]!, comparedCount: 12 }];
    render(<Popup api={createFakeApi({ report: report({ claims }) })} />);
    expect(await screen.findByText('and 10 more from other outlets, not listed')).toBeTruthy();
  });

  test('choosing a figure sends focusFigure with its index in the report', async () => {
    const api = createFakeApi({ report: report() });
    render(<Popup api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: /more than 11,000.*\(show it on the page\)/ }));
    await waitFor(() => expect(api.toContent).toContainEqual({ type: 'focusFigure', index: 3 }));
    expect(screen.getByRole('status').textContent).toMatch(/more than 11,000/);
  });

  test('page text is shown as text, never as markup', async () => {
    const claims = [{ ...FIXTURE_PAGE.claims[0]!, sentence: '<img src=x onerror="alert(1)"> about 300 <b>bold</b>' }];
    const { container } = render(<Popup api={createFakeApi({ report: report({ claims }) })} />);
    await screen.findByText(/onerror/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.figure__sentence b')).toBeNull();
  });
});

describe('empty states', () => {
  test("the page holds the verdicts; the popup asks the background once what they weighed, sending each figure's facts only", async () => {
    const api = createFakeApi({ report: report() });
    const { container } = render(<Popup api={api} />);
    await screen.findByRole('heading', { name: /Deaths/ });
    const asked = api.toBackground.filter((m) => m.type === 'details');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'details', page: FIXTURE_PAGE.page, indices: [0, 1, 2, 3, 4] });
    const figures = (asked[0] as { figures: object[] }).figures;
    expect(figures).toHaveLength(5);
    for (const f of figures)
      expect(Object.keys(f).sort()).toEqual(['attribution', 'figure', 'high', 'low', 'metric', 'period', 'qualifier', 'scope']);
    // What the background said is what the list shows.
    expect(container.querySelectorAll('[data-list="compared"] > li').length).toBeGreaterThan(0);
  });

  test('when the background cannot say what the verdicts weighed, the figures are listed with their verdicts, and the popup says why', async () => {
    const api = createFakeApi({ report: report(), details: () => ({ error: 'The store is closed.' }) });
    const { container } = render(<Popup api={api} />);
    const note = await screen.findByText(/could not load what other outlets reported \(The store is closed\.\)/);
    expect(note.getAttribute('role')).toBe('note');
    expect(figureItems(container).map((li) => li.querySelector('.badge')?.textContent)).toEqual([
      'Conflicts',
      'Conflicts',
      'Differs',
      'Agrees',
      'Only here',
    ]);
    expect(container.querySelectorAll('[data-list="compared"] > li')).toHaveLength(0);
  });

  test('no troop figures on this page', async () => {
    render(<Popup api={createFakeApi({ report: report({ status: 'no-figures', claims: [] }) })} />);
    expect(await screen.findByRole('heading', { name: 'No troop figures on this page' })).toBeTruthy();
  });

  test('the page cannot be read when no content script answers', async () => {
    const api = createFakeApi({ report: undefined });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: "This page can't be read" })).toBeTruthy();
    expect(screen.getByText(/reload it/)).toBeTruthy();
    expect(api.toContent).toEqual([{ type: 'getPageReport' }]);
  });

  test.each(['chrome://extensions/', 'file:///home/me/a.html', 'https://chromewebstore.google.com/detail/x', 'about:blank'])(
    'the page cannot be read at %s, and nothing is asked',
    async (url) => {
      const api = createFakeApi({ tab: { id: 3, url }, report: report() });
      render(<Popup api={api} />);
      expect(await screen.findByRole('heading', { name: "This page can't be read" })).toBeTruthy();
      expect(screen.getByText(/closed to extensions/)).toBeTruthy();
      expect(api.toContent).toEqual([]);
    },
  );

  test('reading is paused for this site: figures shown, said not stored', async () => {
    const { container } = render(<Popup api={createFakeApi({ report: report({ status: 'paused', stored: false }) })} />);
    expect(await screen.findByText(/Reading is paused for this site/)).toBeTruthy();
    expect(screen.getByText(/not stored/)).toBeTruthy();
    expect(figureItems(container)).toHaveLength(FIXTURE_PAGE.claims.length);
  });

  test("a page not stored says why, in the background's words", async () => {
    const reason = 'Tallymark is paused on this site: this page was not stored.';
    render(<Popup api={createFakeApi({ report: report({ status: 'paused', stored: false, notStoredReason: reason }) })} />);
    expect((await screen.findByRole('note')).textContent).toBe(`${reason} Its figures were still compared with the store.`);
  });

  test('asks again while the page is still being read', async () => {
    let calls = 0;
    const api = createFakeApi({ report: () => (++calls < 3 ? report({ status: 'reading', claims: [] }) : report()) });
    const { container } = render(<Popup api={api} />);
    await waitFor(() => expect(figureItems(container)).toHaveLength(5), { timeout: 3000 });
    expect(calls).toBe(3);
  });
});

describe('the sources view', () => {
  test('lists each outlet with its dates and how many figures agree or differ', async () => {
    render(<Popup api={createFakeApi({ report: report() })} />);
    await screen.findByRole('heading', { name: /Deaths/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Outlets' }));
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Harbor Post', 'Evening Wire']);
    const harbor = screen.getByRole('heading', { name: 'Harbor Post' }).closest('li')!;
    // Harbor Post: "more than 3,000" against "about 300" conflicts; "about 11,000" against "more than 11,000" overlaps but differs.
    expect(within(harbor).getByText('1 conflict')).toBeTruthy();
    expect(within(harbor).getByText('1 differ')).toBeTruthy();
    expect(within(harbor).getByText('12 Jan 2025')).toBeTruthy();
    const wire = screen.getByRole('heading', { name: 'Evening Wire' }).closest('li')!;
    // Evening Wire: "around 300" agrees with "about 300", conflicts with "more than 3,000", "2,700" agrees.
    expect(within(wire).getByText('2 agree')).toBeTruthy();
    expect(within(wire).getByText('1 conflict')).toBeTruthy();
  });
});

describe('tabs', () => {
  test('arrow keys move between tabs, which are real buttons', async () => {
    render(<Popup api={createFakeApi({ report: report() })} />);
    const figures = screen.getByRole('tab', { name: 'Figures' });
    expect(figures.tagName).toBe('BUTTON');
    expect(figures.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(figures, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Who says what' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Who says what' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('who says what', () => {
  test('each source with its current count, date and outlets, and where the page stands; from the store’s getSources', async () => {
    const current = (outlet: string, side: 'kr' | 'ua', low: number, published: string) => ({
      ...compared(outlet, String(low), low, low, { published }),
      attribution: { side, text: '' },
    });
    const summaries = [
      {
        side: 'kr',
        metric: 'killed',
        current: current('Harbor Post', 'kr', 300, '2025-01-13'),
        outlets: 3,
        history: [current('Old Desk', 'kr', 100, '2024-12-23')],
      },
      { side: 'ua', metric: 'killed', current: current('Kyiv Wire', 'ua', 3800, '2025-01-10'), outlets: 1, history: [] },
    ];
    const api = createFakeApi({ report: report(), background: (m) => (m.type === ('getSources' as string) ? summaries : undefined) });
    const { container } = render(<Popup api={api} />);
    await screen.findByRole('heading', { name: /Deaths/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Who says what' }));
    await waitFor(() => expect(container.querySelector('.whosays[data-from="store"]')).not.toBeNull());
    expect(api.toBackground).toContainEqual({ type: 'getSources', at: FIXTURE_PAGE.page.published });
    const deaths = container.querySelector('.who[data-metric="killed"]')!;
    const rows = [...deaths.querySelectorAll('.who__row')];
    expect(rows.map((r) => r.querySelector('.who__name')!.textContent)).toEqual(['Seoul', 'Kyiv']);
    expect(rows[0]!.querySelector('.who__count')!.textContent).toBe('about 300');
    expect(rows[0]!.textContent).toContain('latest 13 Jan 2025 · 3 outlets · before: about 100 (23 Dec 2024)');
    expect(rows[0]!.textContent).toContain('This page’s “about 300”: the same figure');
    expect(rows[0]!.textContent).toContain('This page’s “more than 3,000”: does not overlap');
    expect(rows[1]!.textContent).toContain('This page’s “more than 3,000”: overlaps');
    expect(deaths.querySelector('svg[data-chart="timeline"]')).not.toBeNull();
  });

  test('without an answer from the store, it is built from the page’s own verdicts', async () => {
    const { container } = render(<Popup api={createFakeApi({ report: report() })} />);
    await screen.findByRole('heading', { name: /Deaths/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Who says what' }));
    await waitFor(() => expect(container.querySelector('.whosays[data-from="page"] .who__row')).not.toBeNull());
    expect(container.querySelector('.who[data-metric="killed"] .who__name')!.textContent).toBe('Seoul');
  });
});

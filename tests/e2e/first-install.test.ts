// A reader's first articles after installing: a fresh profile, the bundled
// corpus alone (public/bundled-corpus.json), articles we wrote ourselves
// served from 127.0.0.1. Today's news gets verdicts from the bundled reporting.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type NewsServer, startNewsServer } from '../../scripts/news-pages';
import {
  browserSkipReason,
  collectConsoleErrors,
  type ExtensionBrowser,
  foreignRequests,
  highlightTexts,
  type JudgedPageReport,
  judgedReport,
  launchWithExtension,
  recordRequests,
  saveScreenshot,
  waitForPainted,
} from './harness';

const skip = browserSkipReason();
if (skip) console.warn(`[e2e] skipping the first-install tests: ${skip}`);

/** The day these tests are set on: after the bundled reporting ends (February 2026). */
const TODAY = '2026-11-26';

/** A news page of our own writing. */
function article(title: string, published: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Tallymark Test Gazette">
<meta property="article:published_time" content="${published}T08:00:00Z">
</head><body><header><nav>Home | World | Asia</nav></header>
<main><article><h1>${title}</h1><p>By our own correspondent, ${published}</p><p>${body}</p>
<p>The figures could not be verified independently.</p></article></main></body></html>`;
}

const PAGES = {
  september: article(
    'Seoul updates its count of North Korean dead',
    '2025-09-05',
    "South Korea's spy agency told lawmakers on Thursday that around 2,000 North Korean soldiers have been killed fighting for Russia.",
  ),
  latest: article(
    'North Korean troops remain in Russia',
    TODAY,
    "South Korea's spy agency says about 15,000 North Korean troops have been sent to Russia, a figure it has not changed.",
  ),
  older: article(
    'North Korean losses in Kursk',
    TODAY,
    "South Korea's spy agency said about 600 North Korean soldiers have been killed in the fighting.",
  ),
};

describe.skipIf(skip)('first install: the bundled corpus alone', () => {
  let browser: ExtensionBrowser;
  let server: NewsServer;
  const errors: string[] = [];
  const requests: ReturnType<typeof recordRequests> = [];

  beforeAll(async () => {
    server = await startNewsServer();
    for (const [name, html] of Object.entries(PAGES)) server.setPage(`/first/${name}`, html);
    browser = await launchWithExtension();
    // Wait until the background has loaded the bundled corpus, as the popup sees it.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForFunction(
      async () => {
        const c = (globalThis as unknown as { chrome: any }).chrome;
        const stats = await c.runtime.sendMessage({ type: 'getStats' });
        return stats && !stats.error && stats.bundledClaims > 400 && stats.articles === stats.bundledArticles;
      },
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    await popup.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(name: keyof typeof PAGES): Promise<{ page: Page; report: JudgedPageReport }> {
    const page = await browser.context.newPage();
    errors.push(...collectConsoleErrors(page));
    const recorded = recordRequests(page);
    page.on('close', () => requests.push(...recorded));
    await page.goto(server.url(`/first/${name}`));
    expect(await waitForPainted(page)).toBe(true);
    const report = await judgedReport(browser, page);
    return { page, report };
  }

  const verdictOf = (report: JudgedPageReport, metric: string) => report.claims.find((c) => c.metric === metric);

  test("a September 2025 article about Seoul's count of the dead is painted against the bundled reporting of that time", async () => {
    const { page, report } = await open('september');
    const killed = verdictOf(report, 'killed');
    expect(killed).toMatchObject({ figure: 'around 2,000', scope: 'total', attribution: { side: 'kr' } });
    expect(killed?.verdict).not.toBe('unique');
    expect(killed?.compared.length).toBeGreaterThan(0);
    const painted = await highlightTexts(page, `tallymark-${killed?.verdict}`);
    expect(painted).toContain('around 2,000');
    await saveScreenshot(page, 'first-install-september');
    await page.close();
  });

  test("an article of today that repeats Seoul's latest count is painted `agrees`: still Seoul's latest count", async () => {
    const { page, report } = await open('latest');
    const deployed = verdictOf(report, 'deployed');
    expect(deployed).toMatchObject({ figure: 'about 15,000', verdict: 'agrees' });
    // Nothing within 14 days: it agrees with Seoul's latest total, given long before.
    expect(deployed?.compared.length).toBeGreaterThan(0);
    expect(deployed?.compared.every((c) => c.attribution?.side === 'kr' && c.published < '2026-11-12')).toBe(true);
    expect(await highlightTexts(page, 'tallymark-agrees')).toContain('about 15,000');
    await saveScreenshot(page, 'first-install-agrees');
    await page.close();
  });

  test('an article of today that repeats an older, lower count of the dead of the same source is painted `outdated`', async () => {
    const { page, report } = await open('older');
    const killed = verdictOf(report, 'killed');
    expect(killed).toMatchObject({ figure: 'about 600', verdict: 'outdated' });
    // The higher count Seoul had already given (alone, or with others: "South Korean, Ukrainian and Western sources") is shown with it.
    expect(
      killed?.compared.some(
        (c) => (c.attribution?.side === 'kr' || /South Korea|Seoul/.test(c.attribution?.text ?? '')) && (c.low ?? 0) > 660,
      ),
    ).toBe(true);
    expect(killed?.timeline?.length).toBeGreaterThan(0);
    expect(await highlightTexts(page, 'tallymark-outdated')).toContain('about 600');
    await saveScreenshot(page, 'first-install-outdated');
    await page.close();
  });

  test('no errors on the pages, no requests beyond 127.0.0.1', () => {
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });
});

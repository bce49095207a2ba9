// The reader's view for every reader: axe-core on the open popover (through its
// closed shadow root), each popup view and the options page, light and dark;
// the popover's header and navigation inside the viewport at 1280×720 and
// 400×700; the figures from the keyboard alone; Escape giving the focus back;
// the "who says what" view listing the seed articles' sources with their counts.
// Screenshots of each verdict's popover, the chart and the view go to artifacts/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../lib/messages';
import type { Verdict } from '../../lib/types';
import { type NewsServer, startNewsServer } from '../../scripts/news-pages';
import {
  ARTIFACTS_PATH,
  type ExtensionBrowser,
  browserSkipReason,
  collectConsoleErrors,
  currentWorker,
  htmlToText,
  launchWithExtension,
  readShadowHtml,
  saveScreenshot,
  sendToContent,
} from './harness';
import { type AxeCounts, popoverBoxes, runAxe, shadowFocus } from './shadow';

const skip = browserSkipReason({ corpus: true });
if (skip) console.warn(`[e2e] skipping the reader a11y tests: ${skip}`);

const HOST = 'tallymark-popover';
/** The figures' keyboard stops and the live announcement (entrypoints/content/figure-stops.ts). */
const KEYS = 'tallymark-keys';
const axeLog: Record<string, AxeCounts> = {};

/** Articles of our own writing, to reach the verdicts the seeds do not give. */
const OWN_PAGES: Record<string, { outlet: string; published: string; text: string }> = {
  '/own/outdated': {
    outlet: 'Riverside Gazette',
    published: '2025-09-20',
    text: 'South Korea’s spy agency said 300 North Korean soldiers had been killed fighting for Russia, lawmakers said after the briefing.',
  },
  '/own/disputed': {
    outlet: 'Lowland Courier',
    published: '2024-12-26',
    text: 'Ukraine’s military intelligence said 3,800 North Korean troops had been killed or wounded in the Kursk region.',
  },
};

const ownPage = (p: { outlet: string; published: string; text: string }) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>North Korean troops | ${p.outlet}</title><meta property="og:site_name" content="${p.outlet}">
<meta property="article:published_time" content="${p.published}T08:00:00Z"></head>
<body><header><a href="/">${p.outlet}</a></header><main><article><h1>North Korean troops in Russia</h1><p>${p.text}</p>
<p>The figures could not be verified independently.</p></article></main></body></html>`;

async function waitForReport(browser: ExtensionBrowser, page: Page, timeout = 20_000): Promise<PageReport> {
  const until = Date.now() + timeout;
  for (;;) {
    const report = await sendToContent<PageReport | undefined>(browser, page, { type: 'getPageReport' }).catch(() => undefined);
    if (report && report.status !== 'reading' && report.status !== 'no-figures') return report;
    if (Date.now() > until) throw new Error(`no page report for ${page.url()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const popoverText = async (page: Page) => htmlToText((await readShadowHtml(page, HOST, '.tm-popover')) ?? '');

async function waitForPopover(page: Page, pattern: RegExp, timeout = 5000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await popoverText(page);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`popover does not show ${pattern}; shows ${JSON.stringify(text.slice(0, 200))}`);
    await page.waitForTimeout(100);
  }
}

/** The popover's header, Close, Previous, Next and "n of m" are inside the viewport. */
async function expectHeaderInView(page: Page, viewport: { width: number; height: number }) {
  await page.waitForTimeout(150);
  const boxes = (await popoverBoxes(page, HOST))!;
  for (const name of ['popover', 'badge', 'close', 'prev', 'next', 'place']) {
    const b = boxes[name];
    expect(b, name).not.toBeNull();
    expect(b!.top, `${name} top`).toBeGreaterThanOrEqual(0);
    expect(b!.left, `${name} left`).toBeGreaterThanOrEqual(0);
    expect(b!.bottom, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
    expect(b!.right, `${name} right`).toBeLessThanOrEqual(viewport.width);
  }
}

async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await currentWorker(browser);
  const id = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id as number | undefined;
  });
  if (id === undefined) throw new Error('no tab');
  return id;
}

function record(name: string, counts: AxeCounts) {
  axeLog[name] = counts;
  mkdirSync(ARTIFACTS_PATH, { recursive: true });
  writeFileSync(join(ARTIFACTS_PATH, 'axe-results.json'), `${JSON.stringify(axeLog, null, 2)}\n`);
}

function expectClean(name: string, counts: AxeCounts) {
  record(name, counts);
  expect({
    name,
    critical: counts.critical,
    serious: counts.serious,
    rules: counts.rules.filter((r) => /\((critical|serious)\)/.test(r)),
  }).toEqual({
    name,
    critical: 0,
    serious: 0,
    rules: [],
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describe.skipIf(skip)(`the reader's view, ${scheme}`, () => {
    let browser: ExtensionBrowser;
    let server: NewsServer;
    const viewport = { width: 1280, height: 720 };

    beforeAll(async () => {
      server = await startNewsServer();
      for (const [path, p] of Object.entries(OWN_PAGES)) server.setPage(path, ownPage(p));
      browser = await launchWithExtension({ colorScheme: scheme, viewport });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('every popover: axe clean, header and navigation in view at 1280×720; a screenshot of each verdict', async () => {
      const shot = new Set<Verdict>();
      let axed = false;
      for (const path of ['/seed/000', '/seed/001', '/seed/003', '/own/disputed', '/own/outdated']) {
        const page = await browser.context.newPage();
        const errors = collectConsoleErrors(page);
        await page.goto(server.url(path));
        const report = await waitForReport(browser, page);
        for (const [index, claim] of report.claims.entries()) {
          if (claim.verdict === 'unique') continue;
          const answer = await sendToContent<{ ok: boolean }>(browser, page, { type: 'focusFigure', index });
          expect(answer.ok).toBe(true);
          await waitForPopover(page, new RegExp(claim.figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          await expectHeaderInView(page, viewport);
          if (!axed) {
            expectClean(`popover ${scheme}`, await runAxe(page, HOST));
            expectClean(`keyboard stops ${scheme}`, await runAxe(page, KEYS));
            axed = true;
          }
          if (!shot.has(claim.verdict)) {
            shot.add(claim.verdict);
            await saveScreenshot(page, `popover-${claim.verdict}-${scheme}`);
            if (claim.verdict === 'conflicts' && scheme === 'light') {
              // The README's picture (docs/popover.png is copied from it): the popover and the page around it.
              const box = (await popoverBoxes(page, HOST))!.popover!;
              const x = Math.max(0, box.left - 160);
              const y = Math.max(0, box.top - 20);
              await page.screenshot({
                path: join(ARTIFACTS_PATH, 'readme-popover.png'),
                clip: {
                  x,
                  y,
                  width: Math.min(viewport.width - x, box.right - box.left + 320),
                  height: Math.min(viewport.height - y, box.bottom - box.top + 140),
                },
              });
            }
          }
        }
        expect(errors).toEqual([]);
        await page.close();
      }
      console.info(`[e2e] popover verdicts seen (${scheme}): ${[...shot].join(', ')}`);
      expect(shot.has('conflicts')).toBe(true);
      expect(shot.has('agrees')).toBe(true);
    });

    test('the chart in the popover', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('/seed/000'));
      const report = await waitForReport(browser, page);
      const index = report.claims.findIndex((c) => c.metric === 'killed' && c.verdict !== 'unique');
      await sendToContent(browser, page, { type: 'focusFigure', index });
      await waitForPopover(page, /Figure \d+ of \d+/);
      const html = (await readShadowHtml(page, HOST, '.tm-popover'))!;
      if (/data-chart="timeline"/.test(html)) {
        const { onShadowRoot } = await import('./shadow');
        await onShadowRoot(page, HOST, `function () { this.querySelector('.tm-chart')?.scrollIntoView({ block: 'end' }); }`);
        await page.waitForTimeout(100);
        await saveScreenshot(page, `popover-chart-${scheme}`);
      }
      await page.close();
    });

    test('each popup view and the options page: axe clean; who says what lists the sources with their counts', async () => {
      const article = await browser.context.newPage();
      await article.goto(server.url('/seed/000'));
      const report = await waitForReport(browser, article);
      const tabId = await tabIdOf(browser, article);
      const popup = await browser.context.newPage();
      const errors = collectConsoleErrors(popup);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('li.figure').count(), { timeout: 10_000 }).toBe(report.claims.length);
      expectClean(`popup figures ${scheme}`, await runAxe(popup));
      await popup.locator('details.legend summary').click();
      expectClean(`popup figures with legend ${scheme}`, await runAxe(popup));
      await saveScreenshot(popup, `popup-legend-${scheme}`);

      await popup.getByRole('tab', { name: 'Who says what' }).click();
      await expect.poll(() => popup.locator('.who__row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await popup.waitForTimeout(500);
      // The seed articles' sources: Seoul's count of the dead, and Kyiv's of the prisoners, each with a count and a date.
      const rows = await popup.locator('.who').evaluateAll((blocks) =>
        blocks.map((b) => ({
          metric: b.getAttribute('data-metric'),
          rows: [...b.querySelectorAll('.who__row')].map((r) => ({
            name: r.querySelector('.who__name')?.textContent ?? '',
            count: r.querySelector('.who__count')?.textContent ?? '',
            meta: r.querySelector('.who__meta')?.textContent ?? '',
          })),
        })),
      );
      const killed = rows.find((b) => b.metric === 'killed')!;
      expect(killed.rows.map((r) => r.name)).toContain('Seoul');
      const seoul = killed.rows.find((r) => r.name === 'Seoul')!;
      expect(seoul.count).toMatch(/\d/);
      expect(seoul.meta).toMatch(/latest (\d+ )?\w{3} \d{4} · \d+ outlets?/);
      const captured = rows.find((b) => b.metric === 'captured');
      expect(captured?.rows.map((r) => r.name)).toContain('Kyiv');
      console.info(
        `[e2e] who says what (${scheme}): ${JSON.stringify(rows.map((b) => [b.metric, b.rows.map((r) => `${r.name} ${r.count}`)]))}`,
      );
      expectClean(`popup who says what ${scheme}`, await runAxe(popup));
      await saveScreenshot(popup, `popup-who-says-what-${scheme}`, true);

      for (const name of ['Outlets', 'Export', 'Settings']) {
        await popup.getByRole('tab', { name }).click();
        await popup.waitForTimeout(400);
        expectClean(`popup ${name.toLowerCase()} ${scheme}`, await runAxe(popup));
      }
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForTimeout(800);
      expectClean(`options ${scheme}`, await runAxe(options));
      expect(errors).toEqual([]);
      await Promise.all([options.close(), popup.close(), article.close()]);
    });
  });
}

describe.skipIf(skip)('the popover at 400×700, and the keyboard alone', () => {
  let browser: ExtensionBrowser;
  let server: NewsServer;

  beforeAll(async () => {
    server = await startNewsServer();
    browser = await launchWithExtension({ viewport: { width: 400, height: 700 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('keys only: the announcement, Alt+Shift+. opens a figure, Next keeps the focus, Escape gives it back', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/000'));
    const report = await waitForReport(browser, page);
    const painted = report.claims.filter((c) => c.verdict !== 'unique').length;
    // Screen readers hear once, politely, what was checked and which keys step through it.
    await expect
      .poll(async () => htmlToText((await readShadowHtml(page, KEYS, '[role="status"]')) ?? ''), { timeout: 5000 })
      .toMatch(new RegExp(`Tallymark checked ${report.claims.length} figures on this page: \\d+ contradicted .*Alt\\+Shift\\+Period`));

    await page.keyboard.press('Alt+Shift+.');
    const first = await waitForPopover(page, new RegExp(`Figure 1 of ${painted}`));
    await expectHeaderInView(page, { width: 400, height: 700 });
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(HOST);
    expect((await shadowFocus(page, HOST))?.cls).toMatch(/tm-popover/);
    await saveScreenshot(page, 'popover-narrow-keyboard');

    // Tab to Next (Close, Previous, Next), Enter: the next figure, focus still on Next.
    const onNext = async () => {
      const f = await shadowFocus(page, HOST);
      return f?.cls === 'tm-nav' && /Next/.test(f.text);
    };
    for (let i = 0; i < 6 && !(await onNext()); i++) await page.keyboard.press('Tab');
    expect(await onNext()).toBe(true);
    await page.keyboard.press('Enter');
    const second = await waitForPopover(page, new RegExp(`Figure 2 of ${painted}`));
    expect(second).not.toBe(first);
    expect(await onNext()).toBe(true);
    await expectHeaderInView(page, { width: 400, height: 700 });

    // Escape: nothing had the focus before, so it goes to the figure's keyboard stop, shown beside it.
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page), { timeout: 3000 }).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(KEYS);
    const stop = await shadowFocus(page, KEYS);
    expect(stop?.cls).toBe('tm-stop');
    expect(stop?.text).toMatch(new RegExp(`^Figure 2 of ${painted}, `));
    // Enter on the stop opens the figure again; Escape comes back to the stop.
    await page.keyboard.press('Enter');
    await waitForPopover(page, new RegExp(`Figure 2 of ${painted}`));
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page), { timeout: 3000 }).toBe('');
    expect((await shadowFocus(page, KEYS))?.cls).toBe('tm-stop');
    await page.close();
  });

  test('Tab alone reaches the figures, and Escape gives the focus back to the link it came from', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/000'));
    const report = await waitForReport(browser, page);
    await expect.poll(() => readShadowHtml(page, KEYS, '.tm-stop'), { timeout: 5000 }).toMatch(/tm-stop/);
    // The first Tab stop is a page link: open a figure from there and come back to it.
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(link.length).toBeGreaterThan(0);
    await page.keyboard.press('Alt+Shift+.');
    await waitForPopover(page, /Figure 1 of/);
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page), { timeout: 3000 }).toBe('');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(link);
    // Tab on through the page: the figures' stops follow its own.
    let reached: { cls: string; text: string } | null = null;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
      if (tag === KEYS) {
        reached = await shadowFocus(page, KEYS);
        if (reached?.cls === 'tm-stop') break;
      }
    }
    expect(reached?.text).toMatch(/^Figure 1 of \d+, /);
    await saveScreenshot(page, 'page-keyboard-stop');
    await page.keyboard.press('Enter');
    const text = await waitForPopover(page, /Figure 1 of/);
    const firstPainted = report.claims.find((c) => c.verdict !== 'unique')!;
    expect(text).toContain(firstPainted.figure);
    await page.close();
  });
});

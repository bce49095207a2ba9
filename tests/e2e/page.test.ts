// The page as a reader sees it: highlights, the popover, keyboard navigation,
// live pages, and nothing else happening (no errors, no requests elsewhere).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIVE_UPDATE_TEXT, startNewsServer, type NewsServer } from '../../scripts/news-pages';
import type { PageReport } from '../../lib/messages';
import {
  browserSkipReason,
  collectConsoleErrors,
  foreignRequests,
  highlightTexts,
  htmlToText,
  launchWithExtension,
  readShadowHtml,
  recordRequests,
  saveScreenshot,
  sendToContent,
  type ExtensionBrowser,
  waitForPainted,
} from './harness';
import { rangeBoxInPage, redShare, redShareInPage } from './painted-pixels';
import { onShadowRoot } from './shadow';

const skip = browserSkipReason({ corpus: true });
if (skip) console.warn(`[e2e] skipping the page tests: ${skip}`);

const HOST = 'tallymark-popover';

/** Wait until the named highlight holds a range whose text matches `pattern`. */
async function waitForHighlight(page: Page, name: string, pattern: RegExp, timeout = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await highlightTexts(page, name);
    if (texts.some((t) => pattern.test(t))) return texts;
    if (Date.now() > deadline) throw new Error(`no ${name} range matching ${pattern}; have ${JSON.stringify(texts)}`);
    await page.waitForTimeout(100);
  }
}

/** Viewport centre of the first range in highlight `name` whose text matches `pattern`. */
async function centreOf(page: Page, name: string, pattern: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([n, p]) => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const range = [...(registry.get(n!) ?? [])].find((r) => new RegExp(p!).test(r.toString()));
      if (!range) throw new Error('no range');
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [name, pattern],
  );
}

async function popoverText(page: Page): Promise<string> {
  const html = await readShadowHtml(page, HOST, '.tm-popover');
  return html ? htmlToText(html) : '';
}

async function waitForPopover(page: Page, pattern: RegExp, timeout = 5000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await popoverText(page);
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`popover does not show ${pattern}; shows ${JSON.stringify(text.slice(0, 300))}`);
    await page.waitForTimeout(100);
  }
}

describe.skipIf(skip)('reading a news page in Chromium with the extension', () => {
  let browser: ExtensionBrowser;
  let server: NewsServer;
  const errors: string[] = [];
  const requests: ReturnType<typeof recordRequests> = [];

  const openPage = async (path: string) => {
    const page = await browser.context.newPage();
    const pageErrors = collectConsoleErrors(page);
    const recorded = recordRequests(page);
    page.on('close', () => {
      errors.push(...pageErrors);
      requests.push(...recorded);
    });
    await page.goto(server.url(path));
    return page;
  };

  beforeAll(async () => {
    server = await startNewsServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('seed 000: "more than 3,000" deaths is painted as conflicting, and clicking it lists other outlets', async () => {
    const page = await openPage('/seed/000');
    const conflicts = await waitForHighlight(page, 'tallymark-conflicts', /more than 3,000/);
    expect(conflicts.every((t) => /\d|two/.test(t))).toBe(true);
    expect(await highlightTexts(page, 'tallymark-differs')).not.toContain('more than 3,000');
    // The page's DOM is not rewritten: the highlight rules are a stylesheet adopted by the document (no element);
    // the keyboard stops' host and (later) the popover's are all we add.
    expect(await page.locator('tallymark-mark').count()).toBe(0);
    expect(await page.locator('style#tallymark-highlight-style').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(tallymark-conflicts)'))),
      ),
    ).toBe(true);
    // And the rules apply: the conflicting figure shows its red wash and underline.
    const red = await redShare({
      box: () => page.evaluate(rangeBoxInPage, ['tallymark-conflicts', 'more than 3,000'] as [string, string]),
      shot: (clip) => page.screenshot({ clip }),
      decode: async (b64) => {
        const blank = await page.context().newPage();
        try {
          return await blank.evaluate(redShareInPage, b64);
        } finally {
          await blank.close();
        }
      },
    });
    expect(red).toBeGreaterThan(0.3);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'page-highlights');

    const at = await centreOf(page, 'tallymark-conflicts', 'more than 3,000');
    await page.mouse.click(at.x, at.y);
    const text = await waitForPopover(page, /more than 3,000/);
    expect(text).toMatch(/Other outlets contradict this figure/);
    expect(text).toMatch(/Other reports of the same Seoul briefing give about 300 deaths, not more than 3,000/);
    // Other outlets' figures, with outlet names from the bundled corpus.
    expect(text).toMatch(/TRT World|dayfr\.com|newsbulletin247/);
    expect(text).not.toMatch(/Unidentified blog/); // the page's own outlet is not compared with itself
    const html = (await readShadowHtml(page, HOST))!;
    expect(html).toMatch(/role="dialog"/);
    expect(html).toMatch(/aria-labelledby="tm-badge tm-title"/);
    for (const href of html.matchAll(/href="([^"]*)"/g)) expect(href[1]).toMatch(/^https?:\/\//);
    await saveScreenshot(page, 'page-popover');
    // Focus moved into the dialog (inside our shadow host).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()), { timeout: 3000 }).toBe(HOST);

    // Escape closes it; nothing had the focus before, so it goes to the figure's keyboard stop beside it.
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page), { timeout: 3000 }).toBe('');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('tallymark-keys');
    expect(htmlToText((await readShadowHtml(page, 'tallymark-keys', 'button:focus')) ?? '')).toMatch(/conflicts: more than 3,000 deaths/);
    // The stops are styled (the rules of their shadow root): the focused one shown, the others one clipped pixel.
    const sizes = await onShadowRoot<number[]>(
      page,
      'tallymark-keys',
      `function () { return [...this.querySelectorAll('button')].map((b) => b === this.activeElement ? b.getBoundingClientRect().width : -b.getBoundingClientRect().width); }`,
    );
    expect(sizes!.filter((w) => w > 40)).toHaveLength(1);
    expect(sizes!.filter((w) => w < 0).every((w) => w >= -1)).toBe(true);

    // A click elsewhere on the page closes it too.
    await page.mouse.click(at.x, at.y);
    await waitForPopover(page, /more than 3,000/);
    await page.mouse.click(5, 880);
    await expect.poll(() => popoverText(page), { timeout: 3000 }).toBe('');
    await page.close();
  });

  test('the page report lists the figures with their verdicts', async () => {
    const page = await openPage('/seed/000');
    await waitForHighlight(page, 'tallymark-conflicts', /3,000/);
    const report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
    expect(report.status).toMatch(/ok|paused/);
    // Filed under the page's own domain (here 127.0.0.1); the name it gives itself is its claim.
    expect(report.page).toMatchObject({ outlet: '127.0.0.1', outletClaimed: 'Unidentified blog (AFP rewrite)' });
    expect(new URL(report.page!.url!).hostname).toBe('127.0.0.1');
    const big = report.claims.find((c) => c.metric === 'killed' && c.low === 3000 && c.high === null);
    expect(big?.verdict).toBe('conflicts');
    expect(report.text.slice(big!.start, big!.end)).toBe(big!.figure);
    await page.close();
  });

  test('keyboard navigation reaches the conflicting figure and opens its popover', async () => {
    const page = await openPage('/seed/000');
    await waitForHighlight(page, 'tallymark-conflicts', /3,000/);
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await sendToContent<{ ok: boolean }>(browser, page, { type: 'navigate', direction: 1 });
      expect(answer.ok).toBe(true);
      const text = await waitForPopover(page, /Figure \d+ of \d+/);
      seen.push(text);
      if (/more than 3,000/.test(text.slice(0, 200))) break;
    }
    expect(seen.at(-1)).toMatch(/Other outlets contradict this figure/);
    // The figure was scrolled into view.
    const visible = await page.evaluate(() => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const r = [...(registry.get('tallymark-focus') ?? [])][0];
      const rect = r?.getBoundingClientRect();
      return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(visible).toBe(true);
    await saveScreenshot(page, 'page-navigate');
    // Previous from the first painted figure wraps to the last.
    expect((await sendToContent<{ ok: boolean }>(browser, page, { type: 'navigate', direction: -1 })).ok).toBe(true);
    await page.close();
  });

  test('a page without troop figures gets no highlights and no trace of the extension', async () => {
    const page = await openPage('/plain');
    await page.waitForTimeout(1500);
    for (const name of ['tallymark-conflicts', 'tallymark-differs', 'tallymark-agrees']) {
      expect(await highlightTexts(page, name)).toEqual([]);
    }
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('tallymark')).length)).toBe(0);
    expect(await page.locator('style#tallymark-highlight-style').count()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    // Nothing painted, nothing added: not one element (issue 14).
    expect(await page.evaluate(() => document.querySelectorAll('tallymark-keys, tallymark-popover, tallymark-mark').length)).toBe(0);
    const report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
    expect(report.status).toBe('no-figures');
    await page.close();
  });

  test('a live page that adds a post gets its new figure painted', async () => {
    const page = await openPage('/live?words=1500');
    expect(await waitForPainted(page, 15_000)).toBe(true);
    let paintedBefore = 0;
    for (const name of ['tallymark-conflicts', 'tallymark-differs', 'tallymark-agrees'])
      paintedBefore += (await highlightTexts(page, name)).length;
    expect(paintedBefore).toBeGreaterThan(0);
    expect(LIVE_UPDATE_TEXT).toContain('4,500');
    await page.evaluate(() => (window as unknown as { tallymarkLive: { append: () => void } }).tallymarkLive.append());
    const conflicts = await waitForHighlight(page, 'tallymark-conflicts', /4,500/);
    expect(conflicts.filter((t) => /4,500/.test(t))).toHaveLength(1);
    // Figures read before the update are still painted where they were.
    const all = [...conflicts, ...(await highlightTexts(page, 'tallymark-differs')), ...(await highlightTexts(page, 'tallymark-agrees'))];
    expect(all.length).toBe(paintedBefore + 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'page-live-update');
    await page.close();
  });

  test('a page that loads its article later (single-page app) is caught', async () => {
    server.setPage(
      '/spa',
      `<!doctype html><html><head><title>Loading</title><meta property="og:site_name" content="Late Loader"><meta property="article:published_time" content="2025-01-14T08:00:00Z"></head><body><main id="app">Loading…</main>
      <script>setTimeout(() => { document.getElementById('app').innerHTML = '<article><h1>Update</h1><p>Ukraine said on Monday that 5,000 North Korean soldiers had been killed in the Kursk region, far more than earlier estimates.</p></article>'; }, 800);</script></body></html>`,
    );
    const page = await openPage('/spa');
    // Caught means painted: its verdict (conflicts, disputed…) depends on the bundled corpus, not on the page's timing.
    const deadline = Date.now() + 15_000;
    const painted = async () => {
      for (const v of ['conflicts', 'disputed', 'outdated', 'differs', 'agrees'])
        if ((await highlightTexts(page, `tallymark-${v}`)).some((t) => /5,000/.test(t))) return true;
      return false;
    };
    while (!(await painted())) {
      if (Date.now() > deadline) throw new Error('the figure of the late article was never painted');
      await page.waitForTimeout(100);
    }
    await page.close();
  });

  test('a page whose only naming of North Korea follows a block with no white space between them is read', async () => {
    // The page's visible text once read "UpdateNorth Korea…": the topic check saw no name and the page was never read.
    server.setPage(
      '/glued',
      '<!doctype html><html><head><title>Glued</title><meta property="og:site_name" content="Glued Gazette"><meta property="article:published_time" content="2025-01-14T08:00:00Z"></head><body><div class="menu">Menu</div><article><h1>Update</h1><p>North Korean troops: 5,000 were killed in the Kursk region, Ukraine said on Monday, far more than earlier estimates.</p></article></body></html>',
    );
    const page = await openPage('/glued');
    const deadline = Date.now() + 15_000;
    const painted = async () => {
      for (const v of ['conflicts', 'disputed', 'outdated', 'differs', 'agrees'])
        if ((await highlightTexts(page, `tallymark-${v}`)).some((t) => /5,000/.test(t))) return true;
      return false;
    };
    while (!(await painted())) {
      if (Date.now() > deadline) throw new Error('the figure after the glued blocks was never painted');
      await page.waitForTimeout(100);
    }
    await page.close();
  });

  test('no console errors, and no request left 127.0.0.1', () => {
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests)).toEqual([]);
  });
});

describe.skipIf(skip)('the popover in a dark, narrow window', () => {
  test('follows the dark page, stays on screen, and is fully readable', async () => {
    const server = await startNewsServer();
    const browser = await launchWithExtension({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });
    try {
      const page = await browser.context.newPage();
      const errors = collectConsoleErrors(page);
      await page.goto(server.url('/seed/000'));
      await waitForHighlight(page, 'tallymark-conflicts', /more than 3,000/);
      const at = await centreOf(page, 'tallymark-conflicts', 'more than 3,000');
      await page.mouse.click(at.x, at.y);
      await waitForPopover(page, /more than 3,000/);
      const html = (await readShadowHtml(page, HOST))!;
      expect(html).toMatch(/data-scheme="dark"/);
      const style = /class="tm-popover[^"]*"[^>]*style="([^"]*)"/.exec(html)?.[1] ?? '';
      const left = Number(/left:\s*(-?\d+)px/.exec(style)?.[1]);
      const top = Number(/top:\s*(-?\d+)px/.exec(style)?.[1]);
      expect(left).toBeGreaterThanOrEqual(8);
      expect(left + Math.min(420, 360 - 16)).toBeLessThanOrEqual(360 - 8);
      expect(top).toBeGreaterThanOrEqual(8);
      await saveScreenshot(page, 'page-popover-dark-narrow');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

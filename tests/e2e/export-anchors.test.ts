// The exported selectors used as another tool would use them, on the live page:
// every painted figure of the seed pages found again from its annotation alone
// (the CssSelector to the article element, refined by a TextPositionSelector in
// its textContent), and the quote standing there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { matchQuote } from '../../lib/anchor/match-quote';
import { type AnnotationCollection, exportPageJsonLd } from '../../lib/export/jsonld';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlight';
import type { PageReport } from '../../lib/messages';
import { listSeeds, startNewsServer, type NewsServer } from '../../scripts/news-pages';
import {
  browserSkipReason,
  currentWorker,
  type ExtensionBrowser,
  type JudgedPageReport,
  judgedReport,
  launchWithExtension,
  sendToContent,
} from './harness';

const skip = browserSkipReason({ corpus: true });
if (skip) console.warn(`[e2e] skipping the export anchoring tests: ${skip}`);

interface Resolved {
  /** The annotation's quote. */
  exact: string;
  /** The text its position selector selects on the page, or null when the selector does not resolve. */
  found: string | null;
  /** Whether that range is one of the painted ranges, boundary for boundary. */
  painted: boolean;
}

/** In the page: resolve each annotation's CssSelector + TextPositionSelector, and match the result against the painted ranges. */
async function resolveOnPage(page: Page, annotations: AnnotationCollection['first']['items'], names: string[]) {
  const targets = annotations.map((a) => a.target);
  return page.evaluate(
    ([targetsIn, namesIn]) => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      const painted = namesIn.flatMap((n) => [...(registry.get(n) ?? [])]);
      const rangeAt = (root: Element, start: number, end: number): Range | null => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let at = 0;
        let started = false;
        for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
          const next = at + t.data.length;
          if (!started && start < next) {
            range.setStart(t, start - at);
            started = true;
          }
          if (started && end <= next) {
            range.setEnd(t, end - at);
            return range;
          }
          at = next;
        }
        return null;
      };
      const same = (a: Range, b: Range) =>
        a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
      const resolved = targetsIn.map((target) => {
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector') as { exact: string };
        const css = target.selector.find((s) => s.type === 'CssSelector') as
          | { value: string; refinedBy: { start: number; end: number } }
          | undefined;
        const root = css ? document.querySelector(css.value) : null;
        const range = root && css ? rangeAt(root, css.refinedBy.start, css.refinedBy.end) : null;
        return { exact: quote.exact, found: range ? range.toString() : null, painted: !!range && painted.some((p) => same(p, range)) };
      });
      const rootText = (() => {
        const css = targetsIn.flatMap((t) => t.selector).find((s) => s.type === 'CssSelector') as { value: string } | undefined;
        return css ? (document.querySelector(css.value)?.textContent ?? null) : null;
      })();
      return { resolved, paintedCount: painted.length, rootText };
    },
    [targets, names] as const,
  ) as Promise<{ resolved: Resolved[]; paintedCount: number; rootText: string | null }>;
}

/** The page's report once read, with its verdicts in full (as the popup exports them). */
async function readReport(browser: ExtensionBrowser, page: Page): Promise<JudgedPageReport> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' }).catch(() => null);
    if (report && report.status !== 'reading' && report.claims.length > 0) return judgedReport(browser, page);
    if (Date.now() > deadline) throw new Error(`no report: ${JSON.stringify(report)?.slice(0, 200)}`);
    await page.waitForTimeout(200);
  }
}

describe.skipIf(skip)('exported selectors on the live seed pages', () => {
  let browser: ExtensionBrowser;
  let server: NewsServer;

  beforeAll(async () => {
    server = await startNewsServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every painted figure is found again from its exported annotation alone', async () => {
    const names = Object.values(HIGHLIGHT_NAMES);
    let painted = 0;
    let anchoredOnPainted = 0;
    let annotations = 0;
    let positionsRight = 0;
    let quotesRight = 0;
    for (const seed of listSeeds()) {
      const page = await browser.context.newPage();
      await page.goto(server.url(`/seed/${seed.id}`));
      const report = await readReport(browser, page);
      expect(report.article, seed.id).toBeDefined();
      const exportPage = { page: report.page!, text: report.text, claims: report.claims, article: report.article ?? null };
      const collection = JSON.parse(exportPageJsonLd(exportPage, new Date()).contents) as AnnotationCollection;
      const items = collection.first.items;
      const { resolved, paintedCount, rootText } = await resolveOnPage(page, items, names);
      painted += paintedCount;
      annotations += items.length;
      for (const [i, r] of resolved.entries()) {
        expect(r.found, `${seed.id} ${r.exact}`).toBe(r.exact);
        if (r.found === r.exact) positionsRight++;
        if (r.painted) anchoredOnPainted++;
        // The quote alone, matched in the article element's textContent, lands on the same span.
        const css = items[i]!.target.selector[1];
        if (rootText !== null && css) {
          const m = matchQuote(rootText, items[i]!.target.selector[0], css.refinedBy.start);
          if (m && m.start === css.refinedBy.start && m.end === css.refinedBy.end) quotesRight++;
        }
      }
      // Each painted range is the target of one annotation.
      expect(resolved.filter((r) => r.painted).length, seed.id).toBe(paintedCount);
      await page.close();
    }
    console.info(
      `[e2e] exported selectors on the live seed pages: ${anchoredOnPainted} of ${painted} painted figures found from their annotations; ` +
        `${positionsRight} of ${annotations} positions select their quote; ${quotesRight} of ${annotations} quotes alone land on the same span`,
    );
    expect(painted).toBeGreaterThan(0);
    expect(anchoredOnPainted).toBe(painted);
    expect(positionsRight).toBe(annotations);
  });

  test('the popup checks an export against the page: after the page lost a sentence, that figure is listed as not placed', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/seed/000'));
    const before = await readReport(browser, article);
    const collection = JSON.parse(
      exportPageJsonLd({ page: before.page!, text: before.text, claims: before.claims, article: before.article ?? null }, new Date())
        .contents,
    ) as AnnotationCollection;
    // The newsroom deletes the sentence of "more than 3,000"; the page reader follows the change.
    const gone = await article.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent?.includes('more than 3,000'));
      if (!p) return null;
      const text = p.textContent ?? '';
      p.remove();
      return text;
    });
    expect(gone).toMatch(/more than 3,000/);
    const deadline = Date.now() + 15_000;
    while ((await readReport(browser, article)).text.includes('more than 3,000') && Date.now() < deadline)
      await article.waitForTimeout(200);

    await article.bringToFront();
    const worker = await currentWorker(browser);
    const tabId = await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome;
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('tab', { name: 'Export' }).click();
    await popup.getByLabel('Check a Web Annotations file against this page').setInputFiles({
      name: 'export.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(JSON.stringify(collection)),
    });
    const lost = collection.first.items.filter((a) => gone!.includes(a.target.selector[0].exact)).length;
    const total = collection.first.items.length;
    await expect
      .poll(() => popup.locator('.import-check').textContent(), { timeout: 10_000 })
      .toContain(`Placed ${total - lost} of the ${total} annotations of this page; ${lost} could not be placed`);
    expect(await popup.getByRole('list', { name: 'Annotations not placed' }).textContent()).toContain('“more than 3,000”');
    console.info(
      `[e2e] import check on seed 000 after a paragraph was deleted: ${total - lost} of ${total} placed, ${lost} listed as not placed`,
    );
    await popup.close();
    await article.close();
  });
});

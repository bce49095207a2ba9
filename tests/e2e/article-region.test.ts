// The article region on real pages, in Chromium as the content script reads
// them: a handful of Mozilla Readability's test pages (../shared/vendor, read
// in place) where the reader used to read sidebars, galleries, story streams
// and comments. The full measurement is `npm run bench:readability`; this
// fails when one of the worst cases comes back. And a page about North Korea
// where nothing is painted gets nothing of ours.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../lib/messages';
import { launchPlain, type PageOpener } from '../../scripts/readability/browser';
import { benchBundle } from '../../scripts/readability/bundle';
import { measureRegion } from '../../scripts/readability/measure-region';
import { listTestPages, readabilitySkipReason } from '../../scripts/readability/pages';
import { browserSkipReason, hasChromium, launchWithExtension, sendToContent, type ExtensionBrowser } from './harness';

const regionSkip = hasChromium() ? readabilitySkipReason() : 'Chromium is not installed (apt-get install chromium)';
if (regionSkip) console.warn(`[e2e] skipping the article-region pages: ${regionSkip}`);

/**
 * Pages and the lowest precision and recall they may fall to (measured 2026-11-26: each is well above).
 * Before the region scoring: pixnet 0.12, bug-1255978 0.20, yahoo-4 0.23, nytimes-5 0.23, yahoo-3 0.23,
 * wordpress 0.29, folha 0.47, aktualne 0.47 precision; mozilla-2 0.37 recall before its short top candidate widened.
 */
const CASES: Record<string, { precision: number; recall: number }> = {
  pixnet: { precision: 0.95, recall: 0.99 },
  'bug-1255978': { precision: 0.9, recall: 0.99 },
  'yahoo-4': { precision: 0.85, recall: 0.99 },
  'nytimes-5': { precision: 0.95, recall: 0.8 },
  'yahoo-3': { precision: 0.95, recall: 0.99 },
  wordpress: { precision: 0.95, recall: 0.99 },
  folha: { precision: 0.95, recall: 0.99 },
  aktualne: { precision: 0.95, recall: 0.9 },
  // A product page whose top candidate is a notice box: its sections of prose join the region (recall was 0.37).
  'mozilla-2': { precision: 0.95, recall: 0.9 },
};

describe.skipIf(regionSkip)('the article region on real pages', () => {
  let opener: PageOpener;
  let bundle: string;
  beforeAll(async () => {
    bundle = await benchBundle();
    opener = await launchPlain();
  });
  afterAll(async () => {
    await opener?.close();
  });

  test.each(Object.keys(CASES))('%s', async (name) => {
    const [page] = listTestPages([name]);
    const r = await measureRegion(opener, bundle, page!);
    const want = CASES[name]!;
    expect(r.fallback, `${name}: fell back to the body`).toBe(false);
    expect(r.precision, `${name}: precision; extra text such as "${r.extra}"`).toBeGreaterThanOrEqual(want.precision);
    expect(r.recall, `${name}: recall; missed text such as "${r.missed}"`).toBeGreaterThanOrEqual(want.recall);
    expect(r.gate, `${name}: the gate opened on a page whose article does not name North Korea`).toBe(r.articleNamesNorthKorea);
  });
});

const extensionSkip = browserSkipReason();
if (extensionSkip) console.warn(`[e2e] skipping the nothing-painted page: ${extensionSkip}`);

describe.skipIf(extensionSkip)('a page where nothing is painted', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('gets no stylesheet, no highlights and no marks of ours', async () => {
    const html = `<!doctype html><html><head><title>Talks</title></head><body><main><article><h1>Talks in Seoul</h1>
      <p>North Korea was the subject of talks in Seoul on Monday, where the ministers spoke of trade, of the weather and of the harvest.</p>
      <p>No figure of any kind was given, and the ministers left without a statement, as they had done the week before.</p>
      </article></main></body></html>`;
    const url = 'http://127.0.0.1:9/nothing-painted/';
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await browser.context.newPage();
    await page.goto(url);
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    let report: PageReport | undefined;
    for (let i = 0; i < 30 && !(report && report.text !== '' && report.status !== 'reading'); i++) {
      await page.waitForTimeout(300);
      report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
    }
    expect(report?.text, 'the reader read the page').toContain('North Korea');
    expect(report?.claims).toEqual([]);
    const seen = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      styles: document.querySelectorAll('style').length,
      highlights: (globalThis as unknown as { CSS: { highlights?: { size: number } } }).CSS.highlights?.size ?? 0,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tallymark')).length,
    }));
    expect(seen).toEqual({ elements: before, styles: 0, highlights: 0, marks: 0 });
    await page.close();
  });

  // Titled 'Weather', the content script's walk of the visible text opens the gate; titled about North Korea, the title
  // alone loads the page reader (no walk). Either way the reader's article check keeps it closed.
  test.each([
    ['Weather', 'sidebar-only'],
    ['North Korea and the weather', 'sidebar-only-titled'],
  ])('a page naming North Korea only beside its article is not read, until its article names it (title %s)', async (title, slug) => {
    const weather =
      '<p>Rain fell in the north on Monday, and the forecasters said the sun would return to the south by the weekend, as it often does.</p>';
    const html = `<!doctype html><html><head><title>${title}</title></head><body><main><article id="story"><h1>The weather</h1>${weather.repeat(3)}</article>
      <div class="related-stories"><ul><li><a href="/a">North Korea fires a missile</a></li><li><a href="/b">Markets</a></li><li><a href="/c">Sport</a></li></ul></div></main>
      <aside><a href="/x">Kim Jong Un meets Putin</a></aside></body></html>`;
    const url = `http://127.0.0.1:9/${slug}/`;
    await browser.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await browser.context.newPage();
    await page.goto(url);
    const before = await page.evaluate(() => document.getElementsByTagName('*').length);
    // The content script's check opens (the page or its title names North Korea), the page reader's article check does not.
    await page.waitForTimeout(1500);
    const report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
    expect(report).toMatchObject({ status: 'no-figures', page: null, text: '', claims: [], stored: false });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBe(before);
    // The article grows a paragraph about the troops: the page is read.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'North Korea has sent soldiers to the front, the ministry said, without giving a number.';
      document.getElementById('story')!.append(p);
    });
    let later: PageReport | undefined;
    for (let i = 0; i < 40 && !(later && later.text !== '' && later.status !== 'reading'); i++) {
      await page.waitForTimeout(300);
      later = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
    }
    expect(later?.text, 'the reader read the grown article').toContain('North Korea has sent soldiers');
    expect(later?.text).not.toContain('Kim Jong Un meets Putin');
    await page.close();
  });
});

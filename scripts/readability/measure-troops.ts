// The built extension on each real page with our paragraph about the troops in
// its article body: did the gate open, is the paragraph in the text map, were
// both figures extracted, were they painted (the page dated inside the bundled
// corpus)? Asked of the content script as the popup asks (getPageReport).
import type { Page } from 'playwright-core';
import type { PageReport } from '../../lib/messages';
import { launchWithExtension, sendToContent, type ExtensionBrowser } from '../../tests/e2e/harness';
import { PAGE_ORIGIN } from './browser';
import type { TestPage } from './pages';
import { holdsParagraph, preparePage, TROOPS_FIGURES } from './troops-paragraph';

export interface TroopsResult {
  name: string;
  /** The paragraph could be placed after the article's longest paragraph. */
  inserted: boolean;
  gateOpened: boolean;
  inTextMap: boolean;
  /** Figures of ours extracted (of 2). */
  extracted: number;
  /** Figures of ours painted (a verdict other than unique). */
  painted: number;
  /** Claims on the page that are not ours (figures read elsewhere in the article). */
  otherClaims: number;
  status: string;
}

async function report(browser: ExtensionBrowser, page: Page): Promise<PageReport | undefined> {
  // The gate and the read run in slices; ask until the reader has read, or give up after 20 s.
  let last: PageReport | undefined;
  for (let i = 0; i < 40; i++) {
    last = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' }).catch(() => undefined);
    if (last && last.text !== '' && last.status !== 'reading') return last;
    await page.waitForTimeout(500);
  }
  return last;
}

export async function measureTroops(pages: TestPage[], onResult?: (r: TroopsResult) => void): Promise<TroopsResult[]> {
  const browser = await launchWithExtension();
  const out: TroopsResult[] = [];
  try {
    const context = browser.context;
    const served = new Map<string, string>();
    await context.route('**/*', (route) => {
      const body = served.get(route.request().url());
      if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      // The extension's own files load as usual; nothing else leaves the machine.
      if (route.request().url().startsWith('chrome-extension:')) return route.continue();
      return route.abort();
    });
    for (const p of pages) {
      const { html, inserted } = preparePage(p, true);
      const url = `${PAGE_ORIGIN}/troops/${encodeURIComponent(p.name)}/`;
      served.set(url, html);
      const tab = await context.newPage();
      try {
        await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
        const r = await report(browser, tab);
        const ours = (r?.claims ?? []).filter((c) => TROOPS_FIGURES.includes(c.figure));
        const result: TroopsResult = {
          name: p.name,
          inserted,
          gateOpened: !!r && r.text !== '',
          inTextMap: !!r && holdsParagraph(r.text),
          extracted: new Set(ours.map((c) => c.figure)).size,
          painted: new Set(ours.filter((c) => c.verdict !== 'unique').map((c) => c.figure)).size,
          otherClaims: (r?.claims ?? []).length - ours.length,
          status: r?.status ?? 'no answer',
        };
        out.push(result);
        onResult?.(result);
      } finally {
        served.delete(url);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

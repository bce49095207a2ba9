// Open saved pages in Debian's Chromium as a reader's tab would show them,
// offline: the page's own address is answered from memory, every other request
// is refused (nothing leaves the machine). Page scripts do not run (the saved
// pages are snapshots; Readability's expected output was made without them).
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../tests/e2e/harness';

export const PAGE_ORIGIN = 'http://127.0.0.1:9';

export interface PageOpener {
  /** Open `html` at `${PAGE_ORIGIN}/${name}/` with `script` added after load. */
  open(name: string, html: string, script: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchPlain(): Promise<PageOpener> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed (apt-get install chromium)');
  const browser: Browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  return {
    async open(name, html, script) {
      const page = await context.newPage();
      const url = `${PAGE_ORIGIN}/${encodeURIComponent(name)}/`;
      await page.route('**/*', (route) => {
        if (route.request().url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        return route.abort();
      });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.evaluate(script);
      return page;
    },
    close: () => browser.close(),
  };
}

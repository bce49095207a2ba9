import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNewsServer, type NewsServer } from '../../scripts/news-pages';
import { browserSkipReason, launchWithExtension, type ExtensionBrowser } from './harness';

const skip = browserSkipReason({ corpus: true });
if (skip) console.warn(`[e2e] skipping the harness test: ${skip}`);

describe.skipIf(skip)('harness', () => {
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

  test('loads the extension and serves a seed page with its metadata', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed/001'));
    expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toBe('dayfr.com (AFP, translated)');
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe('https://euro.dayfr.com/trends/2622805.html');
    expect(await page.locator('article p').count()).toBeGreaterThan(5);
    await page.close();
  });

  test('the live blog grows when a post is appended', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/live?words=300'));
    const before = await page.locator('#live-feed .post').count();
    await page.evaluate(() => (window as unknown as { tallymarkLive: { append: () => void } }).tallymarkLive.append());
    expect(await page.locator('#live-feed .post').count()).toBe(before + 1);
    await page.close();
  });
});

// A page of the extension's browser ready to be profiled: opened on the news
// server first, so that the article then loads in the renderer the profiler
// watches, with V8's sampler enabled at the content benchmarks' interval.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The sampler's interval (µs) for the content script's benchmarks. */
export const SAMPLE_INTERVAL_US = 50;

/** A new page of `context`, on `warmUrl` and settled, with a CDP session whose profiler is enabled (not started). */
export async function openProfiledPage(context: BrowserContext, warmUrl: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.goto(warmUrl, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
  return { page, cdp };
}

// The core browser test in Firefox: the built add-on loads, reads a seed
// article served from 127.0.0.1, paints its figures with the CSS Custom
// Highlight API and opens the popover on a click (a trusted one: BiDi input).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNewsServer, type NewsServer } from '../../scripts/news-pages';
import { saveFirefoxScreenshot } from './firefox-shots';
import { firefoxSkipReason, launchFirefoxWithAddon, type FirefoxWithAddon } from './firefox-harness';
import { hasCorpus } from './harness';
import { hostileCases, renderHostile } from './hostile-pages';
import { rangeBoxInPage, redShare, redShareInPage } from './painted-pixels';

const skip = firefoxSkipReason() ?? (hasCorpus() ? null : 'no seed corpus in ../shared/corpus');
if (skip) console.warn(`[e2e] skipping the Firefox test: ${skip}`);

/** Texts of the ranges in each of Tallymark's highlights. */
const highlights = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
    for (const [name, set] of registry) if (name.startsWith('tallymark-')) out[name] = [...set].map((r) => r.toString());
    return out;
  });

describe.skipIf(skip)('Firefox (firefox-esr over WebDriver BiDi)', () => {
  let ff: FirefoxWithAddon;
  let server: NewsServer;

  beforeAll(async () => {
    server = await startNewsServer();
    ff = await launchFirefoxWithAddon();
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  test('the add-on loads, reads a seed article, paints its figures and opens the popover', async () => {
    expect(ff.addonId).toBe('tallymark@tallymark.dev');
    const page = await ff.browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('/seed/000'));

    await page.waitForFunction(
      () => {
        const set = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tallymark-conflicts');
        return !!set && [...set].some((r) => /more than 3,000/.test(r.toString()));
      },
      { timeout: 30_000, polling: 100 },
    );
    const painted = await highlights(page);
    expect(painted['tallymark-conflicts']).toContain('more than 3,000');
    const total = Object.values(painted).reduce((n, list) => n + list.length, 0);
    expect(total).toBeGreaterThanOrEqual(5);

    // The highlight rules apply (from a stylesheet adopted by the document, or the <style> fallback): the red wash shows.
    const red = await redShare({
      box: () => page.evaluate(rangeBoxInPage, ['tallymark-conflicts', 'more than 3,000'] as [string, string]),
      // Puppeteer's clip over BiDi is in document coordinates.
      shot: async (clip) => {
        const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
        return page.screenshot({ clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } });
      },
      decode: async (b64) => {
        const blank = await ff.browser.newPage();
        try {
          return await blank.evaluate(redShareInPage, b64);
        } finally {
          await blank.close();
        }
      },
    });
    expect(red).toBeGreaterThan(0.3);
    // The page's DOM grew by one element at most: the keyboard stops' host (no <style> where the sheet is adopted).
    const added = await page.evaluate(
      () => document.querySelectorAll('tallymark-keys, style#tallymark-highlight-style, tallymark-mark').length,
    );
    expect(added).toBeLessThanOrEqual(1);
    // The keyboard stops' host is styled (the rules of its shadow root): a fixed box of no size, its buttons not laid out in the page.
    await page.waitForFunction(() => document.querySelector('tallymark-keys') !== null, { timeout: 10_000, polling: 100 });
    const hostBox = await page.evaluate(() => {
      const r = document.querySelector('tallymark-keys')!.getBoundingClientRect();
      return [r.width, r.height, getComputedStyle(document.querySelector('tallymark-keys')!).position];
    });
    expect(hostBox).toEqual([0, 0, 'fixed']);
    // No popover host until a figure is opened.
    expect(await page.$('tallymark-popover')).toBeNull();
    const at = await page.evaluate(() => {
      const set = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tallymark-conflicts')!;
      const range = [...set].find((r) => /more than 3,000/.test(r.toString()))!;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('tallymark-popover', { timeout: 10_000 });
    // The popover is drawn: something of ours covers a point beside the figure.
    const covered = await page.waitForFunction(
      () => {
        const host = document.querySelector('tallymark-popover');
        if (!host) return false;
        for (let y = 0; y < innerHeight; y += 20) {
          for (let x = 0; x < innerWidth; x += 40) if (document.elementFromPoint(x, y) === host) return true;
        }
        return false;
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(await covered.jsonValue()).toBe(true);
    await saveFirefoxScreenshot(page, 'firefox-popover');

    // Escape (a trusted key from BiDi input) closes it.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => {
        const host = document.querySelector('tallymark-popover');
        for (let y = 0; y < innerHeight; y += 20) {
          for (let x = 0; x < innerWidth; x += 40) if (document.elementFromPoint(x, y) === host) return false;
        }
        return true;
      },
      { timeout: 10_000, polling: 100 },
    );
    expect(errors).toEqual([]);
    const foreign = requests.filter((u) => !/^(data|blob|moz-extension):/.test(u) && new URL(u).hostname !== '127.0.0.1');
    expect(foreign).toEqual([]);
    await page.close();
  });

  test('a page that forges the started event, listens for messages and clicks synthetically learns no id and cannot switch the add-on off', async () => {
    const cases = hostileCases(ff.addonId);
    const forged = cases.find((c) => c.name === 'forged-started-event')!;
    server.setPage(
      '/hostile-forged',
      renderHostile({
        ...forged,
        script: `${forged.script}\n${cases.find((c) => c.name === 'listens-and-probes')!.script}\n${cases.find((c) => c.name === 'synthetic-clicks')!.script}`,
      }),
    );
    const page = await ff.browser.newPage();
    await page.goto(server.url('/hostile-forged'));
    const painted = () =>
      page.evaluate(() => {
        const set = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tallymark-conflicts');
        return set ? set.size : 0;
      });
    await page.waitForFunction(
      () =>
        ((globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('tallymark-conflicts')?.size ?? 0) >
        0,
      { timeout: 30_000, polling: 100 },
    );
    // Two seconds of forged started events (every 100 ms) and synthetic clicks (every 200 ms).
    await new Promise((r) => setTimeout(r, 2000));
    expect(await painted()).toBeGreaterThan(0);
    expect(await page.$('tallymark-popover')).toBeNull();
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((m) => m.includes(ff.addonId) || /wxt|tallymark/i.test(m))).toEqual([]);
    expect(await page.evaluate(() => performance.getEntries().filter((e) => /tallymark/i.test(e.name)).length)).toBe(0);
    await page.close();
  });
});

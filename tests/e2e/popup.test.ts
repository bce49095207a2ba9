// The toolbar popup in a real Chromium with the built extension: opened as a tab
// (popup.html?tab=ID) beside a seed article, it lists the article's figures with
// the content script's verdicts, focuses one on the page, exports files, and
// round-trips the store through backup and restore. Screenshots go to artifacts/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { anchorQuote } from '../../lib/anchor/match-quote';
import { readAnnotations } from '../../lib/export/import';
import type { PageReport, StoreStats } from '../../lib/messages';
import { type NewsServer, startNewsServer } from '../../scripts/news-pages';
import {
  judgedReport,
  type JudgedPageReport,
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

const skip = browserSkipReason({ corpus: true });
if (skip) console.warn(`[e2e] skipping the popup test: ${skip}`);

const POPUP_VIEWPORT = { width: 400, height: 600 };

/** Waits until the content script of `page` has read it, and answers its report. */
async function waitForReport(browser: ExtensionBrowser, page: Page, timeout = 20_000): Promise<PageReport> {
  const until = Date.now() + timeout;
  for (;;) {
    const report = await sendToContent<PageReport | undefined>(browser, page, { type: 'getPageReport' }).catch(() => undefined);
    if (report && report.status !== 'reading') return report;
    if (Date.now() > until) throw new Error(`no page report for ${page.url()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The tab id of `page`: the active tab once it is brought to the front (tab urls need the tabs permission). */
async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await currentWorker(browser);
  const id = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id as number | undefined;
  });
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

async function sendToBackground<T>(_browser: ExtensionBrowser, popup: Page, message: unknown): Promise<T> {
  // From an extension page, as the popup does.
  return (await popup.evaluate((m) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage(m), message)) as T;
}

async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function download(popup: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([popup.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe.skipIf(skip)('the popup', () => {
  let browser: ExtensionBrowser;
  let server: NewsServer;
  let article: Page;
  let report: JudgedPageReport;
  let tabId: number;
  let popup: Page;
  let popupErrors: string[];

  beforeAll(async () => {
    server = await startNewsServer();
    browser = await launchWithExtension();
    // An earlier article from another outlet, so the second one has figures to compare with.
    const first = await browser.context.newPage();
    await first.goto(server.url('/seed/000'));
    await waitForReport(browser, first);
    await first.close();
    article = await browser.context.newPage();
    await article.goto(server.url('/seed/001'));
    await waitForReport(browser, article);
    report = await judgedReport(browser, article);
    tabId = await tabIdOf(browser, article);
    popup = await openPopup(browser, tabId);
    popupErrors = collectConsoleErrors(popup);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("lists the article's figures with the content script's verdicts", async () => {
    expect(report.claims.length).toBeGreaterThan(0);
    const items = popup.locator('li.figure');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(report.claims.length);
    for (const [i, claim] of report.claims.entries()) {
      const item = popup.locator(`li.figure[data-index="${i}"]`);
      expect(await item.getAttribute('data-verdict')).toBe(claim.verdict);
      expect(await item.locator('.figure__value').textContent()).toBe(claim.figure);
      expect(await item.locator('[data-list="compared"] > li').count()).toBe(claim.compared.length);
    }
    // Within each metric, conflicts first, then differs, agrees, only here.
    const groups = await popup
      .locator('section.group')
      .evaluateAll((sections) =>
        sections.map((s) => [...s.querySelectorAll<HTMLElement>('li.figure')].map((li) => li.dataset.verdict ?? '')),
      );
    const rank = (v: string) => ['conflicts', 'disputed', 'outdated', 'differs', 'agrees', 'unique'].indexOf(v);
    for (const verdicts of groups) expect(verdicts.map(rank)).toEqual([...verdicts.map(rank)].sort((a, b) => a - b));
    await saveScreenshot(popup, 'popup-figures-light');
    await saveScreenshot(popup, 'popup-figures-light-full', true);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-figures-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  test('fits the popup: no horizontal scrolling', async () => {
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('choosing a figure opens its popover on the page', async () => {
    const index = report.claims.findIndex((c) => c.verdict === 'conflicts' || c.verdict === 'differs');
    const chosen = Math.max(index, 0);
    await popup.locator(`li.figure[data-index="${chosen}"] .figure__focus`).click();
    // The popover lives in a closed shadow root: read it through the DevTools protocol.
    const popoverHtml = () => readShadowHtml(article, 'tallymark-popover').then((h) => h ?? '');
    await expect.poll(popoverHtml, { timeout: 10_000 }).toMatch(/role="dialog"/);
    expect(htmlToText(await popoverHtml())).toContain(report.claims[chosen]!.figure);
    await article.bringToFront();
    await saveScreenshot(article, 'popup-focused-figure-on-page');
    await popup.bringToFront();
  });

  test('the sources view lists the outlets compared against', async () => {
    await popup.getByRole('tab', { name: 'Outlets' }).click();
    const outlets = new Set(report.claims.flatMap((c) => c.compared.map((o) => o.outlet)));
    if (outlets.size === 0) {
      await expect.poll(() => popup.getByText(/nothing was compared/).count()).toBe(1);
    } else {
      await expect.poll(() => popup.locator('li.source').count()).toBe(outlets.size);
    }
    await saveScreenshot(popup, 'popup-sources-light', true);
  });

  test('each export of the page downloads its file', async () => {
    await popup.getByRole('tab', { name: 'Export' }).click();
    const jsonld = await download(popup, () => popup.getByRole('button', { name: /this page as Web Annotations/ }).click());
    expect(jsonld.name).toMatch(/^tallymark-[a-z0-9-]+-\d{4}-\d\d-\d\d\.jsonld$/);
    const collection = JSON.parse(jsonld.text);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.first.items).toHaveLength(report.claims.length);
    for (const [i, { quote, position }] of readAnnotations(collection).annotations.entries()) {
      expect(quote.exact).toBe(report.claims[i]!.figure);
      expect(anchorQuote(report.text, quote, position)).toEqual({ start: report.claims[i]!.start, end: report.claims[i]!.end });
    }

    const csv = await download(popup, () => popup.getByRole('button', { name: /this page as Spreadsheet/ }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.figure)).toEqual(report.claims.map((c) => (/^[=+\-@\t\r]/.test(c.figure) ? `'${c.figure}` : c.figure)));
    expect(rows.map((r) => r.verdict)).toEqual(report.claims.map((c) => c.verdict));

    const md = await download(popup, () => popup.getByRole('button', { name: /this page as Report/ }).click());
    expect(md.name).toMatch(/\.md$/);
    for (const claim of report.claims) expect(md.text).toContain(claim.figure);

    const all = await download(popup, () => popup.getByRole('button', { name: /everything as Web Annotations/ }).click());
    expect(all.name).toMatch(/^tallymark-all-\d{4}-\d\d-\d\d\.jsonld$/);
    const sources = new Set(JSON.parse(all.text).first.items.map((a: { target: { source: string } }) => a.target.source));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });

  test('backup and restore through the popup round-trip the store', async () => {
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const before = await sendToBackground<StoreStats>(browser, popup, { type: 'getStats' });
    expect(before.articles).toBeGreaterThanOrEqual(2);
    await saveScreenshot(popup, 'popup-settings-light', true);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, 'popup-settings-dark', true);
    await popup.emulateMedia({ colorScheme: 'light' });

    const backup = await download(popup, () => popup.getByRole('button', { name: 'Download backup' }).click());
    expect(backup.name).toMatch(/^tallymark-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(() => JSON.parse(backup.text)).not.toThrow();

    await popup.getByRole('button', { name: 'Delete everything' }).click();
    await popup.getByRole('group', { name: 'Delete everything' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Everything was deleted');
    const emptied = await sendToBackground<StoreStats>(browser, popup, { type: 'getStats' });
    expect(emptied.articles).toBe(0);

    await popup
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/^Restored/);
    const after = await sendToBackground<StoreStats>(browser, popup, { type: 'getStats' });
    expect({ articles: after.articles, claims: after.claims, outlets: after.outlets }).toEqual({
      articles: before.articles,
      claims: before.claims,
      outlets: before.outlets,
    });

    await popup
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a backup') });
    await expect.poll(() => popup.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('notes.txt was not restored');
    await saveScreenshot(popup, 'popup-restore-error-light', true);
  });

  test('pausing this site from the popup: the page is read again, its figures shown, said not stored', async () => {
    const site = new URL(report.page!.url!).hostname;
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const toggle = popup.getByRole('button', { name: `Pause on ${site}` });
    await expect.poll(() => toggle.isEnabled(), { timeout: 10_000 }).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect((await sendToBackground<{ sites: string[] }>(browser, popup, { type: 'getPause' })).sites).toContain(site);

    await article.reload();
    const paused = await waitForReport(browser, article);
    expect(paused.stored).toBe(false);
    const pausedPopup = await openPopup(browser, await tabIdOf(browser, article));
    await expect.poll(() => pausedPopup.getByRole('note').first().textContent(), { timeout: 10_000 }).toMatch(/paused/i);
    expect(await pausedPopup.locator('li.figure').count()).toBe(paused.claims.length);
    await saveScreenshot(pausedPopup, 'popup-paused-light');
    await pausedPopup.close();

    await popup.bringToFront();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await sendToBackground<{ sites: string[] }>(browser, popup, { type: 'getPause' })).sites).not.toContain(site);
  });

  test('the options page lists the outlets in the store', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const stats = await sendToBackground<StoreStats>(browser, popup, { type: 'getStats' });
    if (stats.outlets === 0) {
      await expect.poll(() => options.getByText('No articles are stored yet.').count(), { timeout: 10_000 }).toBe(1);
    } else {
      await expect.poll(() => options.locator('li.outlet').count(), { timeout: 10_000 }).toBe(stats.outlets);
    }
    await saveScreenshot(options, 'options-light', true);
    await options.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(options, 'options-dark', true);
    await options.close();
  });

  test('empty states: no figures, and a page that cannot be read', async () => {
    const plain = await browser.context.newPage();
    await plain.goto(server.url('/plain'));
    await waitForReport(browser, plain);
    const plainPopup = await openPopup(browser, await tabIdOf(browser, plain));
    await expect
      .poll(() => plainPopup.getByRole('heading', { name: 'No troop figures on this page' }).count(), { timeout: 10_000 })
      .toBe(1);
    await saveScreenshot(plainPopup, 'popup-no-figures-light');

    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const blankId = await tabIdOf(browser, blank);
    const blankPopup = await openPopup(browser, blankId);
    await expect.poll(() => blankPopup.getByRole('heading', { name: "This page can't be read" }).count(), { timeout: 10_000 }).toBe(1);
    await blankPopup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(blankPopup, 'popup-unreadable-dark');
    for (const p of [plain, plainPopup, blank, blankPopup]) await p.close();
  });

  test('the popup logged no errors', () => {
    expect(popupErrors).toEqual([]);
  });
});

// The popup's layout in a real Chromium, independent of the content script: the
// built popup.html is opened as a tab whose `chrome.tabs.sendMessage` answers a
// fixture report of our own (tests/unit/export/fixture.ts). Checks it fits ~400px
// without horizontal scrolling in light and dark, keyboard focus is visible, and
// saves screenshots under artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../lib/messages';
import type { JudgedClaim } from '../../lib/types';
import { FIXTURE_PAGE, compared } from '../unit/export/fixture';
import { type ExtensionBrowser, browserSkipReason, collectConsoleErrors, launchWithExtension, saveScreenshot } from './harness';

const skip = browserSkipReason();
if (skip) console.warn(`[e2e] skipping the popup layout test: ${skip}`);

const longOutlet = 'The Extraordinarily Long-Named Evening Chronicle of Affairs';
const claims: JudgedClaim[] = FIXTURE_PAGE.claims.map(
  (c, i): JudgedClaim =>
    i === 0
      ? {
          ...c,
          compared: [
            ...c.compared,
            compared(longOutlet, 'at least 100', 100, null, { url: `https://example.com/${'very-long-path-segment-'.repeat(8)}` }),
          ],
          earlier: [compared('Harbor Post', 'at least 100', 100, null, { published: '2024-12-20' })],
        }
      : c,
);
const REPORT: PageReport = { status: 'ok', page: FIXTURE_PAGE.page, text: FIXTURE_PAGE.text ?? '', claims, stored: true };

/** An init script making chrome.tabs.sendMessage answer `answer` (callback or promise style). */
const stubContent = (answer: unknown) => `(() => {
  const answer = ${JSON.stringify(answer)};
  const install = () => {
    if (!globalThis.chrome || !chrome.tabs) return setTimeout(install, 0);
    chrome.tabs.sendMessage = (id, msg, a, b) => {
      const cb = [a, b].find((f) => typeof f === 'function');
      const reply = msg && msg.type === 'getPageReport' ? answer : { ok: true };
      if (cb) { setTimeout(() => cb(reply), 0); return; }
      return Promise.resolve(reply);
    };
  };
  if (location.protocol === 'chrome-extension:') install();
})();`;

describe.skipIf(skip)('the popup layout', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchWithExtension({ initScripts: [stubContent(REPORT)] });
    // A real tab for the popup to be about; its content script is the stub above.
    const blank = await browser.context.newPage();
    const tabId = await browser.worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: any }).chrome.tabs.query({});
      return tabs[tabs.length - 1].id as number;
    });
    void blank;
    popup = await browser.context.newPage();
    errors = collectConsoleErrors(popup);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup
      .locator('li.figure')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async (e) => {
        await saveScreenshot(popup, 'popup-layout-failed');
        throw e;
      });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const overflowX = () => popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test.each(['light', 'dark'] as const)('figures fit in %s, without horizontal scrolling', async (scheme) => {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByRole('tab', { name: 'Figures' }).click();
    expect(await popup.locator('li.figure').count()).toBe(REPORT.claims.length);
    expect(await overflowX()).toBeLessThanOrEqual(0);
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe(scheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
    await saveScreenshot(popup, `popup-layout-figures-${scheme}`, true);
  });

  test.each(['Who says what', 'Outlets', 'Export', 'Settings'])('%s fits without horizontal scrolling', async (name) => {
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByRole('tab', { name }).click();
    expect(await overflowX()).toBeLessThanOrEqual(0);
    await saveScreenshot(popup, `popup-layout-${name.toLowerCase()}-light`, true);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(popup, `popup-layout-${name.toLowerCase()}-dark`, true);
  });

  test('keyboard: Tab reaches the tabs and figures, and focus is visible', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByRole('tab', { name: 'Figures' }).click();
    await popup.getByRole('tab', { name: 'Figures' }).focus();
    // First the legend of the looks, then the first figure.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('summary');
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { cls: el.className, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.cls).toContain('figure__focus');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('2px');
    await saveScreenshot(popup, 'popup-layout-keyboard-focus-light');
  });

  test('a deletion asks first, inline, and Cancel leaves the store alone', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const before = await popup.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: 'getStats' }));
    await popup.getByRole('button', { name: 'Delete everything' }).click();
    const group = popup.getByRole('group', { name: 'Delete everything' });
    expect(await group.getByText(/cannot be undone/).count()).toBe(1);
    await saveScreenshot(popup, 'popup-layout-confirm-delete-light', true);
    await group.getByRole('button', { name: 'Cancel' }).click();
    expect(await popup.getByRole('group', { name: 'Delete everything' }).count()).toBe(0);
    const after = await popup.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: 'getStats' }));
    expect(after).toEqual(before);
  });

  test('no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});

// Firefox for real: Debian's firefox-esr driven over WebDriver BiDi by
// puppeteer-core, the built add-on (.output/firefox-mv2, `npm run
// build:firefox`) installed with BiDi's webExtension.install. Keep it free of
// test-framework imports.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './harness';

/** The built Firefox MV2 add-on. */
export const FIREFOX_EXTENSION_PATH = join(ROOT, '.output/firefox-mv2');
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary, or null when none is installed. `FIREFOX_PATH` overrides. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxSkipReason(): string | null {
  if (!findFirefox()) return 'Firefox is not installed (apt-get install firefox-esr)';
  if (!existsSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json')))
    return `no built add-on at ${FIREFOX_EXTENSION_PATH} (run npm run build:firefox first)`;
  return null;
}

export interface FirefoxWithAddon {
  browser: Browser;
  /** The add-on's id, as Firefox answered the install. */
  addonId: string;
  close: () => Promise<void>;
}

/** Firefox headless in a fresh profile, with the built add-on installed (temporarily, as about:debugging does). */
export async function launchFirefoxWithAddon(): Promise<FirefoxWithAddon> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox is not installed');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    enableExtensions: true,
    extraPrefsFirefox: {
      // No network of Firefox's own (updates, telemetry, safe browsing): the test counts requests.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_PATH);
    return { browser, addonId, close: () => browser.close().catch(() => undefined) };
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
}

// The browser-test harness: Debian's Chromium with the built extension loaded,
// as ../shared/ENVIRONMENT.md describes, plus a few helpers every e2e test needs.
// Reused by the popup, demo and bench code: keep it free of test-framework imports.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { fetchDetails } from '../../lib/details';
import type { PageReport } from '../../lib/messages';
import type { JudgedClaim } from '../../lib/types';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built Chrome MV3 extension (`npm run build`). */
export const EXTENSION_PATH = join(ROOT, '.output/chrome-mv3');
/** The seed corpus, read in place, never copied. */
export const CORPUS_PATH = resolve(ROOT, '../shared/corpus');
/** Screenshots and other outputs of the browser tests (gitignored). */
export const ARTIFACTS_PATH = join(ROOT, 'artifacts');

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** The Chromium binary to use, or null when none is installed. `CHROMIUM_PATH` overrides. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const hasChromium = (): boolean => findChromium() !== null;
export const hasBuild = (): boolean => existsSync(join(EXTENSION_PATH, 'manifest.json'));
export const hasCorpus = (): boolean => existsSync(join(CORPUS_PATH, 'seeds.gold.json'));

/**
 * Why the browser tests cannot run here, in words, or null when they can.
 * Use as `describe.skipIf(reason)(...)` and print the reason.
 */
export function browserSkipReason(opts: { corpus?: boolean } = {}): string | null {
  if (!hasChromium()) return 'Chromium is not installed (apt-get install chromium)';
  if (!hasBuild()) return `no built extension at ${EXTENSION_PATH} (run npm run build first)`;
  if (opts.corpus && !hasCorpus()) return `no seed corpus at ${CORPUS_PATH}`;
  return null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id, from its service worker's URL. */
  extensionId: string;
  /** The extension's background service worker. */
  worker: Worker;
  /** Close the browser and delete its profile. */
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** Defaults to a light scheme; 'dark' to check the dark styles. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Scripts added to every page before its own (e.g. a longtask observer). */
  initScripts?: string[];
}

/** Launch Chromium headless (new) with the built extension, in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is not installed');
  if (!hasBuild()) throw new Error(`no built extension at ${EXTENSION_PATH}`);
  const profile = mkdtempSync(join(tmpdir(), 'tallymark-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The current service worker (it can be restarted by Chromium; this finds the live one). */
export async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  const live = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
  return live ?? (await browser.context.waitForEvent('serviceworker', { timeout: 20_000 }));
}

/**
 * Send a message from the background to the content script of `page`'s tab, as
 * the background or popup does (`browser.tabs.sendMessage`), and return the answer.
 * The tab is found by bringing the page to the front and asking for the active tab.
 */
export async function sendToContent<T = unknown>(browser: ExtensionBrowser, page: Page, message: unknown): Promise<T> {
  await page.bringToFront();
  const worker = await currentWorker(browser);
  return (await worker.evaluate(async (msg) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    const tabs = tab?.id !== undefined ? [tab] : await c.tabs.query({});
    for (const t of tabs) {
      if (t.id === undefined) continue;
      try {
        const answer = await c.tabs.sendMessage(t.id, msg);
        if (answer !== undefined) return answer;
      } catch {
        // no content script in that tab
      }
    }
    return undefined;
  }, message)) as T;
}

/** Send `message` to the background from one of the extension's own pages (as the popup does), and return the answer. */
export async function askBackground<T = unknown>(browser: ExtensionBrowser, message: unknown): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    return (await page.evaluate((m) => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage(m), message)) as T;
  } finally {
    await page.close();
  }
}

/**
 * The content script's report of `page`, with every figure's verdict in full as
 * the popup shows it: the page holds the verdicts' marks, the background says
 * what each weighed (lib/details.ts).
 */
export async function judgedReport(browser: ExtensionBrowser, page: Page): Promise<JudgedPageReport> {
  const report = await sendToContent<PageReport>(browser, page, { type: 'getPageReport' });
  if (!report.page || report.claims.length === 0) return { ...report, claims: [] };
  const claims = await fetchDetails(
    (m) => askBackground(browser, m),
    report.page,
    report.claims,
    report.claims.map((_, i) => i),
  );
  return { ...report, claims };
}

export type JudgedPageReport = Omit<PageReport, 'claims'> & { claims: JudgedClaim[] };

/** Every console error and uncaught page error of `page`, as text, from now on. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/** Every request `page` makes from now on (its own and any the extension makes in its frame). */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

/** Requests that leave 127.0.0.1 (data:, blob: and the extension's own files count as local). */
export function foreignRequests(requests: Request[]): string[] {
  return requests
    .map((r) => r.url())
    .filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome-extension:') return false;
      return url.hostname !== '127.0.0.1';
    });
}

/** Save a screenshot under artifacts/ and return its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS_PATH, { recursive: true });
  const path = join(ARTIFACTS_PATH, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The first `hostTag` element in the page, found through the DevTools protocol
 * (which sees closed shadow roots), with its shadow root; both null when there
 * is none. The caller detaches `cdp`.
 */
export async function findShadowHost(page: Page, hostTag: string) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const stack: CdpNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName.toLowerCase() === hostTag.toLowerCase()) return { cdp, host: node, shadow: node.shadowRoots?.[0] ?? null };
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return { cdp, host: null, shadow: null };
}

/**
 * The HTML inside the shadow root of the first `hostTag` element (closed shadow
 * roots included: read through the DevTools protocol), or null when there is none.
 * With `selector`, only the first element inside the root that matches it ('' when none does).
 */
export async function readShadowHtml(page: Page, hostTag: string, selector?: string): Promise<string | null> {
  const { cdp, shadow } = await findShadowHost(page, hostTag);
  try {
    if (!shadow) return null;
    if (selector) {
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
      if (!nodeId) return '';
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId })) as { outerHTML: string };
      return outerHTML;
    }
    let html = '';
    for (const child of shadow.children ?? []) {
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string };
      html += outerHTML;
    }
    return html;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Visible text of some HTML (tags and styles dropped, entities of quotes and ampersands decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of every range in the named highlight of the page (CSS.highlights). */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
    const h = registry?.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

/**
 * The content script's phase timings on `page` ('start', 'read', 'extracted',
 * 'painted', … in the page's performance.now() time), from its report; []
 * before it has any. The page itself cannot read them (no performance marks).
 */
export async function pageTimings(browser: ExtensionBrowser, page: Page): Promise<{ name: string; at: number }[]> {
  const report = await sendToContent<{ timings?: { name: string; at: number }[] } | undefined>(browser, page, {
    type: 'getPageReport',
  }).catch(() => undefined);
  return report?.timings ?? [];
}

/**
 * Wait until `page` shows Tallymark's highlights (watched from the page, as
 * any page could: no work for the content script); false on timeout.
 */
export async function waitForPainted(page: Page, timeout = 30_000): Promise<boolean> {
  return page
    .waitForFunction(
      () => {
        const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<unknown>> } }).CSS.highlights;
        if (!registry) return document.querySelector('tallymark-mark') !== null;
        for (const [name, set] of registry) if (name.startsWith('tallymark-') && set.size > 0) return true;
        return false;
      },
      undefined,
      { timeout, polling: 50 },
    )
    .then(
      () => true,
      () => false,
    );
}

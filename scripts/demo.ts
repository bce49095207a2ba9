// `npm run demo`: build Tallymark, serve the seed articles as news pages on
// 127.0.0.1 and open Chromium with the extension loaded on the first article.
// The store is pre-filled from the bundled corpus (the background loads it on
// install).
//
// With a display: a normal browser window, kept open until you close it or
// press Ctrl-C. Without one (no DISPLAY, or --headless): screenshots of the
// highlighted page, the open popover and the popup in artifacts/demo/, and a
// table of what was found on standard output.
//
//   npm run demo [-- --headless] [-- --no-build] [-- --article 003]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageReport } from '../lib/messages';
import type { JudgedClaim } from '../lib/types';
import {
  EXTENSION_PATH,
  ROOT,
  currentWorker,
  findChromium,
  type JudgedPageReport,
  judgedReport,
  launchWithExtension,
  sendToContent,
  type ExtensionBrowser,
} from '../tests/e2e/harness';
import { listSeeds, startNewsServer, type NewsServer } from './news-pages';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const HEADLESS = flag('--headless') || !process.env.DISPLAY;
// The harness reads CHROMIUM_PATH; the demo also takes the more common CHROME_PATH.
if (process.env.CHROME_PATH && !process.env.CHROMIUM_PATH) process.env.CHROMIUM_PATH = process.env.CHROME_PATH;
const OUT_DIR = join(ROOT, 'artifacts/demo');

function log(msg: string) {
  process.stderr.write(`demo: ${msg}\n`);
}

function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  const found = findChromium();
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH');
  return found;
}

/** Chromium with a window and the extension, in a fresh profile (the headless one is the harness's). */
async function launchHeaded(): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tallymark-demo-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-default-browser-check',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Asks the background for the store's statistics from an extension page, until the bundled corpus is in. */
async function waitForBundledCorpus(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const opened = await page.goto(`chrome-extension://${browser.extensionId}/popup.html`).then(
      () => true,
      () => false,
    );
    if (!opened) return 'unknown (no popup.html to ask from)';
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const stats = await page
        .evaluate(() => (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: 'getStats' }))
        .catch(() => null);
      if (stats && typeof stats.bundledClaims === 'number' && stats.bundledClaims > 0) {
        return `${stats.bundledArticles} bundled articles, ${stats.bundledClaims} bundled claims, ${stats.outlets} outlets`;
      }
      await page.waitForTimeout(250);
    }
    return 'the bundled corpus did not show up in the store within 15 s';
  } finally {
    await page.close();
  }
}

/** Waits until the content script has read the page; returns its report (null if it never answers). */
async function waitForReport(browser: ExtensionBrowser, page: Page): Promise<PageReport | null> {
  const deadline = Date.now() + 15_000;
  let last: PageReport | null = null;
  while (Date.now() < deadline) {
    last = await sendToContent<PageReport | undefined>(browser, page, { type: 'getPageReport' })
      .then((r) => r ?? null)
      .catch(() => null);
    if (last && last.status !== 'reading') return last;
    await page.waitForTimeout(250);
  }
  return last;
}

/** The names and sizes of the page's CSS custom highlights (the registry is shared with the content script). */
async function readHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    registry?.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

/**
 * Scrolls the first range of a highlight whose name says "conflict" into the
 * middle of the view and clicks it. Returns the clicked text, or null.
 */
async function clickConflictingFigure(page: Page): Promise<{ text: string; figure: Box } | null> {
  const target = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return null;
    for (const [name, h] of registry) {
      if (!/conflict/i.test(name)) continue;
      for (const r of h) {
        if (!(r instanceof Range)) continue;
        (r.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
        const figure = { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
        return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2, text: r.toString(), figure };
      }
    }
    return null;
  });
  if (!target) return null;
  await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(400);
  return { text: target.text, figure: target.figure };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** The box of the popover (`.tm-popover` inside the closed shadow root of its host), through the DevTools protocol. */
async function popoverBox(page: Page): Promise<Box | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const stack: CdpNode[] = [root];
    let inHost = false;
    const hosts: CdpNode[] = [];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeName.toLowerCase() === 'tallymark-popover') hosts.push(node);
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    for (const host of hosts) {
      const inner: CdpNode[] = [...(host.shadowRoots ?? [])];
      while (inner.length) {
        const node = inner.pop()!;
        const attrs = node.attributes ?? [];
        const cls = attrs[attrs.indexOf('class') + 1] ?? '';
        if (attrs.includes('class') && /(^|\s)tm-popover(\s|$)/.test(cls)) {
          inHost = true;
          const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as {
            model: { border: number[] };
          };
          const xs = model.border.filter((_, i) => i % 2 === 0);
          const ys = model.border.filter((_, i) => i % 2 === 1);
          const x = Math.min(...xs);
          const y = Math.min(...ys);
          return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
        }
        inner.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
      }
    }
    if (!inHost) log('no open popover found for the close-up');
    return null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The box around the open popover and its figure, with a margin, inside the viewport (for a close-up). */
async function popoverCloseUp(page: Page, figure: Box): Promise<Box | null> {
  const host = await popoverBox(page);
  const view = page.viewportSize();
  if (!host || !view || host.width < 50 || host.height < 50) return null;
  const margin = 24;
  const x0 = Math.max(0, Math.min(host.x, figure.x) - margin * 6);
  const y0 = Math.max(0, Math.min(host.y, figure.y) - margin);
  const x1 = Math.min(view.width, Math.max(host.x + host.width, figure.x + figure.width) + margin * 6);
  const y1 = Math.min(view.height, Math.max(host.y + host.height, figure.y + figure.height) + margin * 2);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The tab id of `page`: the active tab once it is brought to the front (tab URLs would need the tabs permission). */
async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number | null> {
  await page.bringToFront();
  const worker = await currentWorker(browser);
  return worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return typeof tab?.id === 'number' ? (tab.id as number) : null;
  });
}

const range = (c: Pick<JudgedClaim, 'low' | 'high'>) => (c.low === c.high ? `${c.low}` : `${c.low ?? '…'}–${c.high ?? '…'}`);

/** A short table of the page's figures: figure, metric, bounds, verdict, the outlets compared. */
function renderFindings(report: JudgedPageReport): string {
  const rows = report.claims.map((c) => [
    c.figure,
    c.metric,
    range(c),
    c.verdict,
    [...new Set(c.compared.map((f) => `${f.outlet} (${f.figure})`))].join('; ') || '—',
  ]);
  const head = ['figure', 'metric', 'low–high', 'verdict', 'compared with'];
  const width = head.map((h, i) => Math.min(70, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const cut = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  return [head, width.map((w) => '-'.repeat(w)), ...rows].map((r) => r.map((cell, i) => cut(cell, width[i]!)).join('  ')).join('\n');
}

async function runHeadless(_server: NewsServer, articleUrl: string) {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await launchWithExtension({ viewport: { width: 1280, height: 860 } });
  try {
    log(`store: ${await waitForBundledCorpus(browser)}`);
    const page = await browser.context.newPage();
    await page.goto(articleUrl);
    const report = await waitForReport(browser, page);
    await page.waitForTimeout(300);
    const highlights = await readHighlights(page);
    const shots: string[] = [];
    const shot = async (p: Page, name: string) => {
      const path = join(OUT_DIR, name);
      await p.screenshot({ path });
      shots.push(path);
    };
    await shot(page, '1-page.png');
    const clicked = await clickConflictingFigure(page);
    if (clicked) {
      await shot(page, '2-popover.png');
      const box = await popoverCloseUp(page, clicked.figure);
      if (box) {
        const path = join(OUT_DIR, '2-popover-close-up.png');
        await page.screenshot({ path, clip: box });
        shots.push(path);
      }
    }
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html${tabId !== null ? `?tab=${tabId}` : ''}`;
    const popupOpened = await popup.goto(popupUrl).then(
      () => true,
      () => false,
    );
    if (popupOpened) {
      await popup.waitForTimeout(800);
      await shot(popup, '3-popup.png');
    }

    const out: string[] = [`Tallymark demo: ${articleUrl}`, ''];
    if (report?.claims.length) {
      out.push(renderFindings(await judgedReport(browser, page)), '');
    } else {
      out.push(`No figures reported (content script ${report ? `status "${report.status}"` : 'did not answer'}).`, '');
    }
    const painted = Object.entries(highlights)
      .map(([n, s]) => `${n}: ${s}`)
      .join(', ');
    out.push(`Highlights painted: ${painted || 'none'}`);
    out.push(`Popover: ${clicked ? `opened on “${clicked.text}”` : 'no conflicting figure to click'}`);
    if (!popupOpened) out.push('Popup: not built (no popup.html)');
    out.push(`Screenshots in ${OUT_DIR}:`, ...shots.map((s) => `  ${s}`), '');
    process.stdout.write(out.join('\n'));
  } finally {
    await browser.close();
  }
}

async function runHeaded(server: NewsServer, articleUrl: string) {
  const browser = await launchHeaded();
  log(`store: ${await waitForBundledCorpus(browser)}`);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(articleUrl);
  log(`Tallymark is loaded on ${articleUrl}; the other seed articles are at ${server.url('/')}.`);
  log('Click a highlighted figure to see the sources; close the browser or press Ctrl-C to stop.');
  await new Promise<void>((done) => {
    browser.context.on('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await browser.close();
}

async function main() {
  if (!flag('--no-build')) {
    log('building the extension (wxt build)…');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const seeds = listSeeds();
  const server = await startNewsServer();
  const id = option('--article') ?? seeds[0]?.id;
  if (id && !seeds.some((s) => s.id === id)) {
    await server.close();
    throw new Error(`no seed article ${id}: choose one of ${seeds.map((s) => s.id).join(', ') || '(none: no corpus)'}`);
  }
  const articleUrl = id ? server.url(`/seed/${id}`) : server.url('/live');
  if (!id) log('no seed corpus at ../shared/corpus: showing the generated live blog instead');
  try {
    if (HEADLESS) await runHeadless(server, articleUrl);
    else await runHeaded(server, articleUrl);
  } finally {
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`demo: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);

// Today's code beside an earlier commit's, in one page of headless Chromium:
// the earlier commit's lib/ and scripts/ are taken from git history, each side
// is bundled from an entry that sets `globalThis.today` or
// `globalThis.earlier`, and both are served from 127.0.0.1 in one script, so
// runs can alternate in one page (the machine's load falls on both).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian's Chromium, if installed. */
export const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** A side's code: the source of a module, resolved from its tree's root, that sets `globalThis[name]`. */
export type SideEntry = (name: 'today' | 'earlier') => string;

async function bundle(dir: string, entry: SideEntry, name: 'today' | 'earlier'): Promise<string> {
  const out = await build({
    stdin: { contents: entry(name), resolveDir: dir, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    external: ['fake-indexeddb'],
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

/**
 * Runs `run` on a page holding both sides (`today` from the working tree,
 * `earlier` from `commit`), then closes the browser and removes the earlier
 * tree. Null when Chromium is not installed.
 */
export async function besideEarlier<T>(
  commit: string,
  entry: SideEntry,
  title: string,
  run: (page: Page) => Promise<T>,
): Promise<T | null> {
  if (!CHROMIUM) return null;
  const earlier = mkdtempSync(join(tmpdir(), 'beside-earlier-'));
  try {
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive ${commit} lib scripts | tar -x -C "${earlier}"`]);
    symlinkSync(join(ROOT, 'node_modules'), join(earlier, 'node_modules'));
    const code = `${await bundle(ROOT, entry, 'today')}\n${await bundle(earlier, entry, 'earlier')}`;
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': req.url === '/b.js' ? 'text/javascript' : 'text/html' });
      res.end(req.url === '/b.js' ? code : `<!doctype html><title>${title}</title><script src="/b.js"></script>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      return await run(page);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(earlier, { recursive: true, force: true });
  }
}

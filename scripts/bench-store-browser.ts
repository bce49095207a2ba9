// The store benchmark of bench-store.ts, run in Debian's Chromium (headless) on
// the browser's own IndexedDB, from a page served on 127.0.0.1.
//   tsx scripts/bench-store-browser.ts [--sizes 1000,10000,100000] [--runs 30]
// Bundles the benchmark with esbuild (the one tsx and vite bring along).
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { StoreBenchRow } from './bench-store';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

const ENTRY = `
import { benchStore } from './bench-store';
import { createDb } from '../lib/store/db';
globalThis.runStoreBench = (opts) => benchStore({ ...opts, openDb: async (name) => createDb(name) });
`;

/** Runs the store benchmark in Chromium; null when Chromium is not installed. */
export async function benchStoreInChromium(
  opts: { sizes?: number[]; runs?: number; backupRuns?: number } = {},
): Promise<StoreBenchRow[] | null> {
  if (!CHROMIUM) return null;
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: here, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    external: ['fake-indexeddb'],
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(code);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>store bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(
      (o) => (globalThis as unknown as { runStoreBench: (x: unknown) => Promise<StoreBenchRow[]> }).runStoreBench(o),
      opts,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === import.meta.filename) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = arg('--sizes')?.split(',').map(Number);
  const runs = arg('--runs') ? Number(arg('--runs')) : undefined;
  benchStoreInChromium({ ...(sizes ? { sizes } : {}), ...(runs ? { runs } : {}) }).then(
    (rows) => {
      if (!rows) {
        process.stdout.write('Chromium is not installed: n/a\n');
        return;
      }
      process.stdout.write('Store benchmark (Chromium, headless, its own IndexedDB):\n');
      for (const r of rows) process.stdout.write(`  ${r.measure}: median ${r.medianMs.toFixed(2)} ms over ${r.runs} runs\n`);
    },
    (e: unknown) => {
      process.stderr.write(`bench-store-browser: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

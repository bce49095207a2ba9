// Where backup and restore of 100,000 claims spend their time, in Chromium's
// IndexedDB: `npx tsx scripts/bench/store-phases.ts [CLAIMS]`.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

const ENTRY = `
import { generateRows } from '../bench-store';
import { createBackupText, parseBackup, restoreBackup } from '../../lib/store/backup';
import { bucketRowsOf, createDb } from '../../lib/store/db';
import { storedArticlesOf } from '../../lib/store/claim-sets';
globalThis.runPhases = async (n) => {
  const out = {};
  const t = async (name, fn) => { const t0 = performance.now(); const r = await fn(); out[name] = Math.round(performance.now() - t0); return r; };
  const db = createDb('phases-src'); await db.open();
  const rows = generateRows(n);
  await t('fill', () => db.transaction('rw', db.articles, db.buckets, async () => {
    await db.articles.bulkPut(storedArticlesOf(rows.articles, rows.claims)); await db.buckets.bulkPut(bucketRowsOf(rows.claims));
  }));
  await t('readAll', () => db.transaction('r', db.articles, () => db.articles.toArray()));
  const text = await t('backup', () => createBackupText(db));
  out.backupMB = Math.round(text.length / 1e6);
  await t('JSON.parse', () => JSON.parse(text));
  await t('parseBackup', () => parseBackup(text));
  const empty = createDb('phases-dst'); await empty.open();
  await t('restore', () => restoreBackup(empty, text));
  const again = await t('restoreAgain', () => restoreBackup(empty, text));
  await db.delete(); await empty.delete();
  return out;
};
`;

const n = Number(process.argv[2] ?? 100_000);
const bundle = await build({
  stdin: { contents: ENTRY, resolveDir: here, loader: 'ts', sourcefile: 'phases.ts' },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
  external: ['fake-indexeddb'],
  logLevel: 'silent',
});
const code = bundle.outputFiles[0]?.text ?? '';
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': req.url === '/b.js' ? 'text/javascript' : 'text/html' });
  res.end(req.url === '/b.js' ? code : '<!doctype html><title>phases</title><script src="/b.js"></script>');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: CHROMIUM!,
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  console.log(
    JSON.stringify(await page.evaluate((x) => (globalThis as unknown as { runPhases: (n: number) => Promise<unknown> }).runPhases(x), n)),
  );
} finally {
  await browser.close();
  server.close();
}

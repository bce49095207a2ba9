// A store written by an earlier commit's code, opened by today's, in headless
// Chromium's own IndexedDB: the schema upgrade's time, and whether the store
// answers as before (the same backup text, the same verdicts, the same counts).
//   npx tsx scripts/bench/store-upgrade.ts [CLAIMS] [COMMIT]
// (default: 100,000 claims, 37611df: schema v5, claims beside the articles).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const claims = Number(process.argv[2] ?? 100_000);
const commit = process.argv[3] ?? '37611df';

/** A side's code: the earlier one fills the store (beside claimSets rows before v7), either one opens it and answers. */
const entry = (name: string) => `
import { generateRows } from './scripts/bench-store';
import { createBackupText } from './lib/store/backup';
import { bucketRowsOf, createDb } from './lib/store/db';
import * as sets from './lib/store/claim-sets';
import { judgePage } from './lib/store/judge';
import { getStats } from './lib/store/maintenance';
const METRICS = ['deployed', 'killed', 'wounded', 'casualties', 'captured', 'missing'];
const page = { url: 'https://reader.example/page', outlet: 'Reader Outlet', title: 'Page', published: '2025-01-13' };
const figures = Array.from({ length: 20 }, (_, i) => ({
  metric: METRICS[i % 6], low: 300 + i * 100, high: i % 3 === 0 ? null : 300 + i * 100,
  period: i % 4 === 0 ? '2024-12' : null, attribution: i % 2 === 0 ? { side: 'kr', text: 'Seoul' } : null, scope: 'total',
}));
globalThis.${name} = {
  async fill(n) {
    const db = createDb('store-upgrade'); await db.open();
    const rows = generateRows(n);
    await db.transaction('rw', db.tables, async () => {
      if (sets.storedArticlesOf) await db.articles.bulkPut(sets.storedArticlesOf(rows.articles, rows.claims));
      else { await db.articles.bulkPut(rows.articles); await db.claimSets.bulkPut(sets.claimSetsOf(rows.claims)); }
      await db.buckets.bulkPut(bucketRowsOf(rows.claims));
    });
    db.close();
  },
  async answers() {
    const db = createDb('store-upgrade');
    const t0 = performance.now(); await db.open(); const openMs = performance.now() - t0;
    const out = {
      verno: db.verno,
      openMs,
      text: await createBackupText(db, new Date(0)),
      verdicts: JSON.stringify(await judgePage(db, page, figures)),
      stats: JSON.stringify(await getStats(db)),
    };
    db.close();
    return out;
  },
};
`;

async function bundle(dir: string, name: string): Promise<string> {
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

if (!CHROMIUM) {
  process.stdout.write('Chromium is not installed: n/a\n');
  process.exit(0);
}
const earlier = mkdtempSync(join(tmpdir(), 'store-upgrade-'));
try {
  execFileSync('sh', ['-c', `git -C "${root}" archive ${commit} lib scripts | tar -x -C "${earlier}"`]);
  symlinkSync(join(root, 'node_modules'), join(earlier, 'node_modules'));
  const code = `${await bundle(root, 'today')}\n${await bundle(earlier, 'earlier')}`;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': req.url === '/b.js' ? 'text/javascript' : 'text/html' });
    res.end(req.url === '/b.js' ? code : '<!doctype html><title>store upgrade</title><script src="/b.js"></script>');
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
    const r = await page.evaluate(async (n) => {
      type Side = {
        fill(n: number): Promise<void>;
        answers(): Promise<{ verno: number; openMs: number; text: string; verdicts: string; stats: string }>;
      };
      const g = globalThis as unknown as { today: Side; earlier: Side };
      await g.earlier.fill(n);
      const before = await g.earlier.answers();
      const after = await g.today.answers();
      return {
        from: before.verno,
        to: after.verno,
        upgradeMs: after.openMs,
        sameBackup: before.text === after.text,
        sameVerdicts: before.verdicts === after.verdicts,
        sameCounts: before.stats === after.stats,
        counts: after.stats,
      };
    }, claims);
    process.stdout.write(
      `${claims.toLocaleString('en-US')} claims written by ${commit} (schema v${r.from}) opened by today's code (v${r.to}): upgrade ${Math.round(r.upgradeMs)} ms; ` +
        `backup text ${r.sameBackup ? 'the same' : 'DIFFERS'}, verdicts ${r.sameVerdicts ? 'the same' : 'DIFFER'}, counts ${r.sameCounts ? 'the same' : 'DIFFER'} (${r.counts})\n`,
    );
    if (!r.sameBackup || !r.sameVerdicts || !r.sameCounts) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(earlier, { recursive: true, force: true });
}

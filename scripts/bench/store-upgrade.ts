// A store written by an earlier commit's code, opened by today's, in headless
// Chromium's own IndexedDB: the schema upgrade's time, and whether the store
// answers as before (the same backup text, the same verdicts, the same counts).
//   npx tsx scripts/bench/store-upgrade.ts [CLAIMS] [COMMIT]
// (default: 100,000 claims, 37611df: schema v5, claims beside the articles).
import { besideEarlier, CHROMIUM } from './beside-earlier';

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

if (!CHROMIUM) {
  process.stdout.write('Chromium is not installed: n/a\n');
  process.exit(0);
}
await besideEarlier(commit, entry, 'store upgrade', async (page) => {
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
});

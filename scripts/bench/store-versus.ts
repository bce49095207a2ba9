// Today's store against an earlier commit's, in one headless Chromium page,
// runs alternating (so the machine's load falls on both): a page's verdicts
// and an ingest (as npm run bench measures them: 20 figures, 30 runs each),
// backup and restore of the same store of generated claims in Chromium's IndexedDB.
//   npx tsx scripts/bench/store-versus.ts [ROUNDS] [COMMIT] [CLAIMS]
// (default: 5 rounds against 37611df, the store before schema v6, 100,000
// claims). Each side restores the same file, the earlier commit's backup of
// the store (a backup made before must still restore), into an empty store;
// prints medians and today's time over the earlier one's.
import { besideEarlier, CHROMIUM } from './beside-earlier';
import { median } from './timing';

const rounds = Number(process.argv[2] ?? 5);
const commit = process.argv[3] ?? '37611df';
const claims = Number(process.argv[4] ?? 100_000);

/** A side's code: fills a store (by article rows holding their claims from v7 on, or beside claimSets rows before), backs up, restores. */
const entry = (name: string) => `
import { generateRows } from './scripts/bench-store';
import { createBackupText, restoreBackup } from './lib/store/backup';
import { bucketRowsOf, createDb } from './lib/store/db';
import * as sets from './lib/store/claim-sets';
import { judgePage } from './lib/store/judge';
import { ingestPage } from './lib/store/ingest';
import { createSelectors } from './lib/anchor/selectors';
let k = 0;
// The page of npm run bench (scripts/bench-store.ts): 20 figures, every metric, half of them Seoul's.
const METRICS = ['deployed', 'killed', 'wounded', 'casualties', 'captured', 'missing'];
const page = { url: 'https://reader.example/page', outlet: 'Reader Outlet', title: 'Page', published: '2025-01-13' };
const figures = Array.from({ length: 20 }, (_, i) => ({
  metric: METRICS[i % 6], low: 300 + i * 100, high: i % 3 === 0 ? null : 300 + i * 100,
  period: i % 4 === 0 ? '2024-12' : null, attribution: i % 2 === 0 ? { side: 'kr', text: 'Seoul' } : null, scope: 'total',
}));
const anchored = figures.map((c, i) => {
  const figure = String(c.low ?? c.high);
  const sentence = 'Figure ' + i + ' of our made-up page: ' + figure + ' soldiers.';
  const start = sentence.indexOf(': ' + figure) + 2;
  return { ...c, qualifier: c.high === null ? 'atLeast' : 'exact', figure, start, end: start + figure.length, sentence, ...createSelectors(sentence, start, start + figure.length) };
});
const timed = async (run) => { const t0 = performance.now(); await run(); return performance.now() - t0; };
globalThis.${name} = {
  async fill(n) {
    const db = createDb('${name}-source'); await db.open();
    const rows = generateRows(n);
    await db.transaction('rw', db.tables, async () => {
      if (sets.storedArticlesOf) await db.articles.bulkPut(sets.storedArticlesOf(rows.articles, rows.claims));
      else { await db.articles.bulkPut(rows.articles); await db.claimSets.bulkPut(sets.claimSetsOf(rows.claims)); }
      await db.buckets.bulkPut(bucketRowsOf(rows.claims));
    });
    return db;
  },
  judge: (db) => timed(() => judgePage(db, page, figures)),
  ingest: (db) => timed(() => ingestPage(db, page, anchored)),
  async backup(db) { const t0 = performance.now(); const text = await createBackupText(db); return { ms: performance.now() - t0, text }; },
  async restore(text) {
    const db = createDb('${name}-' + (++k)); await db.open();
    const t0 = performance.now(); await restoreBackup(db, text); const ms = performance.now() - t0;
    await db.delete(); return ms;
  },
};
`;

if (!CHROMIUM) {
  process.stdout.write('Chromium is not installed: n/a\n');
  process.exit(0);
}
await besideEarlier(commit, entry, 'store versus', async (page) => {
  const r = await page.evaluate(
    async ([n, rounds]) => {
      type Side = {
        fill(n: number): Promise<unknown>;
        judge(db: unknown): Promise<number>;
        ingest(db: unknown): Promise<number>;
        backup(db: unknown): Promise<{ ms: number; text: string }>;
        restore(text: string): Promise<number>;
      };
      const g = globalThis as unknown as { today: Side; earlier: Side };
      const sides = { today: g.today, earlier: g.earlier };
      const stores = { today: await g.today.fill(n), earlier: await g.earlier.fill(n) };
      const { text } = await g.earlier.backup(stores.earlier);
      // (No function declared in here: tsx would wrap it in a helper the page does not have.)
      const out = {
        today: { verdicts: [] as number[], ingest: [] as number[], backup: [] as number[], restore: [] as number[] },
        earlier: { verdicts: [] as number[], ingest: [] as number[], backup: [] as number[], restore: [] as number[] },
      };
      const both = ['today', 'earlier'] as const;
      for (const name of both) await sides[name].judge(stores[name]);
      for (let i = 0; i < 30; i++)
        for (const name of i % 2 ? [...both].reverse() : both) out[name].verdicts.push(await sides[name].judge(stores[name]));
      for (let i = 0; i < 30; i++)
        for (const name of i % 2 ? [...both].reverse() : both) out[name].ingest.push(await sides[name].ingest(stores[name]));
      for (let i = 0; i < rounds; i++) {
        for (const name of (i % 2 ? ['earlier', 'today'] : ['today', 'earlier']) as ('today' | 'earlier')[]) {
          out[name].restore.push(await sides[name].restore(text));
          out[name].backup.push((await sides[name].backup(stores[name])).ms);
        }
      }
      return out;
    },
    [claims, rounds] as const,
  );
  const line = (what: 'verdicts' | 'ingest' | 'backup' | 'restore') => {
    const t = median(r.today[what]);
    const e = median(r.earlier[what]);
    const ms = (x: number) => (x < 100 ? x.toFixed(2) : String(Math.round(x)));
    const runs = r.today[what].length;
    const all = runs > 5 ? '' : `\n  today ${r.today[what].map(ms).join(' ')}\n  ${commit} ${r.earlier[what].map(ms).join(' ')}`;
    return `${what}, ${claims.toLocaleString('en-US')} claims: today ${ms(t)} ms, ${commit} ${ms(e)} ms (medians of ${runs}; today / ${commit} ${(t / e).toFixed(2)}×)${all}\n`;
  };
  process.stdout.write(line('verdicts') + line('ingest') + line('restore') + line('backup'));
});

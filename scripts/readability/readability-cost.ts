// What @mozilla/readability would cost on the page's main thread, measured in
// Chromium on a clone of the page (the way a content script would have to run
// it: it rewrites the document it is given). One uninterruptible task: compare
// with the 50 ms budget. Run: npx tsx scripts/readability/readability-cost.ts
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { renderArticleLastPage } from '../budget-pages';
import { launchPlain } from './browser';
import { listTestPages } from './pages';

const entry = fileURLToPath(new URL('./readability-in-page.ts', import.meta.url));
const bundle = (await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, logLevel: 'silent' })).outputFiles[0]!.text;
const opener = await launchPlain();
const rows: { page: string; cloneMs: number; parseMs: number }[] = [];
const pages = [
  ...listTestPages()
    .filter((p) => p.real)
    .map((p) => ({ name: p.name, html: p.source })),
  { name: 'article last after 600,000 nodes', html: renderArticleLastPage(600_000) },
];
for (const p of pages) {
  const tab = await opener.open(p.name, p.html, bundle);
  rows.push({
    page: p.name,
    ...(await tab.evaluate(() =>
      (globalThis as unknown as { __readabilityCost: () => { cloneMs: number; parseMs: number } }).__readabilityCost(),
    )),
  });
  await tab.close();
}
await opener.close();
rows.sort((a, b) => b.cloneMs + b.parseMs - a.cloneMs - a.parseMs);
const real = rows.filter((r) => !r.page.startsWith('article last'));
const over = real.filter((r) => r.cloneMs + r.parseMs > 50).length;
console.log(`Readability on a clone, real pages: ${over}/${real.length} over 50 ms in one task; slowest:`);
for (const r of rows.slice(0, 6)) console.log(`  ${r.page}: clone ${r.cloneMs.toFixed(0)} ms + parse ${r.parseMs.toFixed(0)} ms`);
const big = rows.find((r) => r.page.startsWith('article last'));
if (big) console.log(`  ${big.page}: clone ${big.cloneMs.toFixed(0)} ms + parse ${big.parseMs.toFixed(0)} ms`);

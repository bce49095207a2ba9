// How well the text map reads the article of real pages: Mozilla Readability's
// test pages (../shared/vendor/readability-test-pages), each opened in
// Debian's Chromium, read by readArticleText as the content script does, and
// compared token by token with the article Readability extracts. Not part of
// npm test (it needs the pages and a browser; about two minutes).
//
//   npm run bench:readability [-- --json] [-- --only NAME,NAME]
import { launchPlain } from './readability/browser';
import { benchBundle } from './readability/bundle';
import { measureRegion, type RegionResult } from './readability/measure-region';
import { measureTroops, type TroopsResult } from './readability/measure-troops';
import { listTestPages, readabilitySkipReason } from './readability/pages';
import { TROOPS_PUBLISHED } from './readability/troops-paragraph';
import { hasBuild } from '../tests/e2e/harness';

const fmt = (x: number) => x.toFixed(3);

function summary(label: string, rows: RegionResult[]): string {
  const read = rows.reduce((s, r) => s + r.overlap.read, 0);
  const expected = rows.reduce((s, r) => s + r.overlap.expected, 0);
  const common = rows.reduce((s, r) => s + r.overlap.common, 0);
  const minP = rows.reduce((m, r) => Math.min(m, r.precision), 1);
  const minR = rows.reduce((m, r) => Math.min(m, r.recall), 1);
  const below = (t: number) => rows.filter((r) => r.precision < t).length;
  return [
    `${label}: ${rows.length} pages`,
    `  precision ${fmt(read ? common / read : 1)} pooled, lowest ${fmt(minP)}; pages below 0.7: ${below(0.7)}, below 0.8: ${below(0.8)}`,
    `  recall ${fmt(expected ? common / expected : 1)} pooled, lowest ${fmt(minR)}`,
    `  body fallbacks: ${rows.filter((r) => r.fallback).length}`,
  ].join('\n');
}

function worst(rows: RegionResult[], n: number): string {
  const sorted = [...rows].sort((a, b) => Math.min(a.precision, a.recall) - Math.min(b.precision, b.recall)).slice(0, n);
  return sorted
    .map((r) => {
      const why = [`root ${r.root}${r.fallback ? ' (body fallback)' : ''}`];
      if (r.dropped.length) why.push(`dropped ${r.dropped.join(', ')}`);
      if (r.precision < 0.95 && r.extra) why.push(`extra text such as "${r.extra}"`);
      if (r.recall < 0.99 && r.missed) why.push(`missed text such as "${r.missed}"`);
      return `  ${r.name.padEnd(28)} P ${fmt(r.precision)} R ${fmt(r.recall)}  ${why.join('; ')}`;
    })
    .join('\n');
}

async function main() {
  const skip = readabilitySkipReason();
  if (skip) {
    console.error(`bench:readability: ${skip}`);
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
  const pages = listTestPages(only);
  const bundle = await benchBundle();
  const opener = await launchPlain();
  const rows: RegionResult[] = [];
  try {
    for (const p of pages) rows.push(await measureRegion(opener, bundle, p));
  } finally {
    await opener.close();
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const real = rows.filter((r) => r.real);
  const synthetic = rows.filter((r) => !r.real);
  console.log('Text map against Readability expected.html (word tokens)');
  console.log(summary('real pages', real));
  console.log(summary('synthetic pages', synthetic));
  console.log('10 worst real pages (by the lower of precision and recall):');
  console.log(worst(real, 10));
  const opened = real.filter((r) => r.gate);
  const wrong = opened.filter((r) => !r.articleNamesNorthKorea);
  const missed = real.filter((r) => !r.gate && r.articleNamesNorthKorea);
  console.log(
    `Topic gate on the untouched real pages: opened on ${opened.length}; where the article itself does not name North Korea: ${wrong.length}${wrong.length ? ` (${wrong.map((r) => r.name).join(', ')})` : ''}; shut where it does: ${missed.length}${missed.length ? ` (${missed.map((r) => r.name).join(', ')})` : ''}`,
  );
  const slowest = [...rows].sort((a, b) => b.regionMs + b.readMs - a.regionMs - a.readMs)[0];
  if (slowest)
    console.log(`slowest read: ${slowest.name}, region ${slowest.regionMs.toFixed(1)} ms + text ${slowest.readMs.toFixed(1)} ms`);
  if (args.includes('--no-troops')) return;
  if (!hasBuild()) {
    console.log('Skipping the paragraph about the troops: no built extension (npm run build first).');
    return;
  }
  const troops = await measureTroops(pages.filter((p) => p.real));
  console.log(troopsSummary(troops));
}

function troopsSummary(rows: TroopsResult[]): string {
  const pct = (n: number) => `${n}/${rows.length} (${((100 * n) / Math.max(1, rows.length)).toFixed(0)}%)`;
  const failed = rows.filter((r) => !(r.gateOpened && r.inTextMap && r.extracted === 2 && r.painted === 2));
  return [
    `Our paragraph about the troops in the article body of ${rows.length} real pages (placed after the middle paragraph of the expected article's body text: ${rows.filter((r) => r.inserted).length}):`,
    `  gate opened ${pct(rows.filter((r) => r.gateOpened).length)}; paragraph in the text map ${pct(rows.filter((r) => r.inTextMap).length)}`,
    `  both figures extracted ${pct(rows.filter((r) => r.extracted === 2).length)}; both painted (dated ${TROOPS_PUBLISHED}) ${pct(rows.filter((r) => r.painted === 2).length)}`,
    ...failed.map(
      (r) =>
        `  ${r.name}: inserted ${r.inserted}, gate ${r.gateOpened}, in map ${r.inTextMap}, extracted ${r.extracted}, painted ${r.painted}, status ${r.status}`,
    ),
  ].join('\n');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});

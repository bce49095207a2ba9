// The article region's cost on a fresh page, first call against a warm one: the
// region code (lib/page/article-region.ts, bundled as the build bundles it) is
// added to a seed page in Chromium and `findArticleRegion` timed twice per page.
// On seed 000 (47 elements) the first call is ~4 ms and the second ~0.3 ms: the
// page pays for code that has not run yet (lazy compiles, inline caches, regex
// compiles), not per node. Pass `--file NAME` (a module of lib/page, e.g. a copy
// of article-region.ts from another commit) to compare two versions.
//
//   npx tsx scripts/bench/region-first-call.ts [--path /seed/000] [--runs 20] [--file article-region] [--file other]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startNewsServer } from '../news-pages';
import { optionReader } from './options';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

async function bundle(file: string): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { findArticleRegion } from './lib/page/${file}'; globalThis.tallymarkRegion = findArticleRegion;`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
  });
  return out.outputFiles[0]!.text;
}

async function main() {
  const args = process.argv.slice(2);
  const value = optionReader(args);
  const files = args.flatMap((a, i) => (args[i - 1] === '--file' ? [a] : []));
  if (files.length === 0) files.push('article-region');
  const path = value('--path', '/seed/000');
  const runs = Number(value('--runs', '20'));
  const codes = await Promise.all(files.map(bundle));
  const server = await startNewsServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const sums = files.map(() => ({ first: 0, warm: 0 }));
    // Interleaved, so that the machine's load falls on every version alike.
    for (let r = 0; r < runs; r++) {
      for (let v = 0; v < files.length; v++) {
        const page = await browser.newPage();
        await page.goto(server.url(path));
        await page.addScriptTag({ content: codes[v]! });
        const [first, warm] = await page.evaluate(() => {
          const run = (globalThis as unknown as { tallymarkRegion: (d: Document) => unknown }).tallymarkRegion;
          const a = performance.now();
          run(document);
          const b = performance.now();
          run(document);
          return [b - a, performance.now() - b];
        });
        sums[v]!.first += first!;
        sums[v]!.warm += warm!;
        await page.close();
      }
    }
    for (const [v, f] of files.entries()) {
      const { first, warm } = sums[v]!;
      console.log(`${path} ${f}: first call ${(first / runs).toFixed(2)} ms, second ${(warm / runs).toFixed(2)} ms (mean of ${runs})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

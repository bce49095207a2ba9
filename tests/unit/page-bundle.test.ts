// The page's main thread never runs the extractor: the code a page gets (the
// content script, the page reader it imports on pages about the troops, the
// popover loaded on the first click) is bundled here as the build bundles it,
// and must not take in the extractor, the number and sentence parsers, the
// store or the engine, which all run in the background.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { TROOP_NOUNS } from '../../lib/extract/lexicon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The source files and packages a bundle of `entry` takes in. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return Object.keys(result.metafile.inputs);
}

/**
 * What only the background may hold: the quick topic check (lib/extract/quick-check.ts) is the page's, and
 * so are the lexicon's names of North Korea it reads (lib/extract/lexicon/north-korea.ts, the lexicon's side `kp`).
 */
const BACKGROUND_ONLY = [
  /^lib\/extract\/(?!quick-check\.ts$|lexicon\/north-korea\.ts$)/,
  /^lib\/text\//,
  /^lib\/store\//,
  /^lib\/background\//,
  /node_modules\/(chrono-node|compromise|dexie|tldts)\//,
];

describe('the page bundles hold no extractor', () => {
  test.each(['entrypoints/content/index.ts', 'entrypoints/page-reader.ts', 'entrypoints/popover.ts'])(
    '%s',
    async (entry) => {
      const inputs = await inputsOf(entry);
      expect(inputs.length).toBeGreaterThan(3);
      const banned = inputs.filter((i) => BACKGROUND_ONLY.some((re) => re.test(i)));
      expect(banned, `${entry} bundles background-only code`).toEqual([]);
    },
    30_000,
  );

  test("the content script every page gets holds only the cheap topic check; the article region is the page reader's", async () => {
    const content = await inputsOf('entrypoints/content/index.ts');
    const reader = await inputsOf('entrypoints/page-reader.ts');
    expect(content).toContain('lib/page/visible-text.ts');
    expect(content).not.toContain('lib/page/article-region.ts');
    expect(reader).toContain('lib/page/article-region.ts');
    // The reader gets the content script's helpers lent (reader-handle.ts), no copy: what both still take in is
    // the handshake's name, the hidden-attribute test article-region and text-map import, and guard.ts (one function each).
    const shared = content.filter((i) => reader.includes(i) && !i.startsWith('node_modules/'));
    expect(shared.sort()).toEqual(['entrypoints/content/reader-handle.ts', 'lib/page/guard.ts', 'lib/page/skip.ts']);
  }, 30_000);

  test('the background does bundle it (so the check above can fail)', async () => {
    const inputs = await inputsOf('entrypoints/background.ts');
    expect(inputs).toContain('lib/extract/extract-claims.ts');
  }, 30_000);

  test("the built page reader, when there is one, holds none of the extractor's code", () => {
    const built = resolve(ROOT, '.output/chrome-mv3/page-reader.js');
    const background = resolve(ROOT, '.output/chrome-mv3/background.js');
    if (!existsSync(built) || !existsSync(background)) {
      console.warn('page-bundle.test: no build in .output/chrome-mv3: the built files are not checked (npm run build)');
      return;
    }
    // The extractor's word list (its long words): found in the background, in no page file.
    const words = [...TROOP_NOUNS].filter((w) => w.length >= 10);
    const held = (file: string) => {
      const code = readFileSync(resolve(ROOT, '.output/chrome-mv3', file), 'utf8');
      return words.filter((w) => code.includes(w));
    };
    expect(held('background.js').length).toBeGreaterThan(words.length / 2);
    expect(held('page-reader.js')).toEqual([]);
    expect(held('content-scripts/content.js')).toEqual([]);
    // And no webextension-polyfill in what every page loads (modules/page-browser.ts).
    for (const file of ['content-scripts/content.js', 'page-reader.js']) {
      expect(readFileSync(resolve(ROOT, '.output/chrome-mv3', file), 'utf8'), file).not.toContain('webextension-polyfill');
    }
  });
});

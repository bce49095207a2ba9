// The scripts the content script imports carry V8's compile hint as their first
// line (modules/compile-hints.ts): Chromium then compiles all their functions
// on a background thread as it streams them in, none lazily on the page's main
// thread. Checked on the builds themselves, which `npm test` makes before the
// browser tests run (a unit test would find no build on a fresh clone).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, HINTED_ENTRYPOINTS } from '../../modules/compile-hints';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output');

describe('compile hints in the build', () => {
  test('the hint is the magic comment V8 reads, on the two scripts the content script imports', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    expect(HINTED_ENTRYPOINTS).toEqual(['page-reader', 'popover']);
  });

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    test(`${target}: the page reader and the popover start with it; the content script does not`, () => {
      const dir = resolve(OUT, target);
      expect(existsSync(resolve(dir, 'page-reader.js')), `no build in .output/${target}: run npm run build first`).toBe(true);
      for (const entry of HINTED_ENTRYPOINTS) {
        const code = readFileSync(resolve(dir, `${entry}.js`), 'utf8');
        expect(code.startsWith(`${COMPILE_HINT}\n`), `${entry}.js`).toBe(true);
        expect(code.indexOf(COMPILE_HINT, 1), `${entry}.js holds the hint once`).toBe(-1);
      }
      expect(readFileSync(resolve(dir, 'content-scripts/content.js'), 'utf8').includes(COMPILE_HINT)).toBe(false);
    });
  }
});

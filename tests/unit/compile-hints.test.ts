// The scripts the content script imports carry V8's compile hint as their first
// line (modules/compile-hints.ts): Chromium then compiles all their functions
// on a background thread as it streams them in, none lazily on the page's main thread.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { COMPILE_HINT, HINTED_ENTRYPOINTS } from '../../modules/compile-hints';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../.output');

describe('compile hints in the build', () => {
  test('the hint is the magic comment V8 reads', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
    expect(HINTED_ENTRYPOINTS).toEqual(['page-reader', 'popover']);
  });

  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    test(`${target}: the page reader and the popover start with it; the content script does not`, () => {
      const dir = resolve(OUT, target);
      if (!existsSync(resolve(dir, 'page-reader.js'))) {
        console.warn(
          `compile-hints.test: no build in .output/${target}: not checked (npm run build${target === 'firefox-mv2' ? ':firefox' : ''})`,
        );
        return;
      }
      for (const file of ['page-reader.js', 'popover.js']) {
        expect(readFileSync(resolve(dir, file), 'utf8').startsWith(`${COMPILE_HINT}\n`), file).toBe(true);
      }
      expect(readFileSync(resolve(dir, 'content-scripts/content.js'), 'utf8').startsWith(COMPILE_HINT)).toBe(false);
    });
  }
});

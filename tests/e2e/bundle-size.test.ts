// The built page code stays within its budget (tests/e2e/page-budget.ts): a
// name added to the page's gate or a helper added to the page reader shows
// here, not first in the bench.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtSize, CONTENT_SCRIPT_MAX_GZ, PAGE_CODE_MAX_GZ } from './page-budget';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the page code of the Chromium build, gzipped', () => {
  test(`content.js ≤ ${CONTENT_SCRIPT_MAX_GZ} bytes`, () => {
    expect(builtSize(root, 'content-scripts/content.js').gz).toBeLessThanOrEqual(CONTENT_SCRIPT_MAX_GZ);
  });

  test(`content.js + page-reader.js ≤ ${PAGE_CODE_MAX_GZ} bytes`, () => {
    const gz = builtSize(root, 'content-scripts/content.js').gz + builtSize(root, 'page-reader.js').gz;
    expect(gz).toBeLessThanOrEqual(PAGE_CODE_MAX_GZ);
  });
});

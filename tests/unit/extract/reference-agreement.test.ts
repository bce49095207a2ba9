// The extractor against the bundled reference's own readings of its figures
// (scripts/agreement/reference-agreement.ts): a floor under each share, at
// the level measured when this test was written, so that a rule that reads
// real reporting worse is caught. Reads ../shared/corpus in place; skips,
// saying so, on a clone without it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { referenceAgreement, referencePath, summary } from '../../../scripts/agreement/reference-agreement';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const path = referencePath(root);

/** The shares measured on 2026-11-27 (`npm run agreement`), less a little room. */
const FLOORS = { found: 0.95, metric: 0.975, scope: 0.79, qualifier: 0.96 };

describe.skipIf(path === null)('reference agreement (../shared/corpus/reference.json)', () => {
  test('the extractor reads the reference’s English figures as its gatherers did, at least as well as before', () => {
    const a = referenceAgreement(path!);
    expect(a.entries).toBeGreaterThan(200);
    const shares = { found: a.found / a.entries, metric: a.metric / a.found, scope: a.scope / a.found, qualifier: a.qualifier / a.found };
    for (const [name, floor] of Object.entries(FLOORS))
      expect(shares[name as keyof typeof shares], `${name}: ${summary(a)}`).toBeGreaterThanOrEqual(floor);
  });
});

if (path === null) console.warn('reference-agreement.test.ts: no ../shared/corpus/reference.json beside this clone; skipped');

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scoreGold } from './gold-score';

const root = resolve(import.meta.dirname, '../../..');
const seeds = resolve(root, '../shared/corpus/seeds.gold.json');
const dev = resolve(root, 'tests/fixtures/dev/gold.json');
const realDev = resolve(root, '../shared/corpus/dev.gold.json');
const holdout = resolve(root, 'tests/fixtures/holdout/gold.json');

describe.skipIf(!existsSync(seeds))('seed articles (../shared/corpus; skipped when absent)', () => {
  test('distinct claims F1 ≥ 0.95 and attribution ≥ 0.95', async () => {
    const s = await scoreGold(seeds);
    expect(s.f1, s.details.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.attribution).toBeGreaterThanOrEqual(0.95);
  });
});

describe.skipIf(!existsSync(realDev))('real articles (../shared/corpus/dev; skipped when absent)', () => {
  test('distinct claims F1 ≥ 0.97, attribution ≥ 0.93, scope ≥ 0.93', async () => {
    const s = await scoreGold(realDev);
    expect(s.f1, s.details.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.attribution).toBeGreaterThanOrEqual(0.93);
    expect(s.scope).toBeGreaterThanOrEqual(0.93);
  });
});

describe.skipIf(!existsSync(dev))('our dev articles (tests/fixtures/dev; skipped when absent)', () => {
  test('distinct claims F1 ≥ 0.85 and attribution ≥ 0.8', async () => {
    const s = await scoreGold(dev);
    expect(s.f1, s.details.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(s.attribution).toBeGreaterThanOrEqual(0.8);
  });
});

// Holdout: scored only, never tuned against; no per-article details are printed.
describe.skipIf(!existsSync(holdout))('our holdout articles (tests/fixtures/holdout; skipped when absent)', () => {
  test('distinct claims F1 ≥ 0.85', async () => {
    const s = await scoreGold(holdout);
    expect(s.f1).toBeGreaterThanOrEqual(0.85);
  });
});

// Characterisation of the claim engine (issue 11): the claims `extractClaims`
// finds in every gold set, frozen as facts only (figure, offsets, metric,
// qualifier, bounds, scope, attribution, period; never a sentence of the
// articles). A port of the rules must leave it as it is; a deliberate change
// of behaviour rewrites it:
//   UPDATE_CHARACTERISATION=1 npx vitest run tests/unit/extract/characterisation.test.ts
// The gold sets of ../shared are read in place and skipped (saying so) when absent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';
import type { Claim } from '../../../lib/types';
import { readArticleFile } from '../../../scripts/cli';

const root = resolve(import.meta.dirname, '../../..');
const SNAPSHOT = resolve(import.meta.dirname, 'characterisation.json');
const UPDATE = process.env.UPDATE_CHARACTERISATION === '1';

/** The gold sets, by a name that does not depend on where the checkout lives. */
const GOLD_SETS: Array<[name: string, path: string]> = [
  ['shared/seeds', resolve(root, '../shared/corpus/seeds.gold.json')],
  ['shared/dev', resolve(root, '../shared/corpus/dev.gold.json')],
  ['fixtures/dev', resolve(root, 'tests/fixtures/dev/gold.json')],
  ['fixtures/holdout', resolve(root, 'tests/fixtures/holdout/gold.json')],
  ['fixtures/holdout2', resolve(root, 'tests/fixtures/holdout2/gold.json')],
  ['fixtures/holdout3', resolve(root, 'tests/fixtures/holdout3/gold.json')],
];

type Fact = Array<string | number | null>;
type Snapshot = Record<string, Record<string, Fact[]>>;

/** One claim's facts, in one line: no article text but the figure's own words and the attribution's phrase. */
const factsOf = (c: Claim): Fact => [
  c.figure,
  c.start,
  c.end,
  c.metric,
  c.qualifier,
  c.low,
  c.high,
  c.scope,
  c.attribution?.side ?? null,
  c.attribution?.text ?? null,
  c.period,
];

async function characterise(goldPath: string): Promise<Record<string, Fact[]>> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: Array<{ file: string; published: string }> };
  const out: Record<string, Fact[]> = {};
  for (const art of gold.articles) {
    const path = resolve(dirname(goldPath), art.file);
    const text = await readArticleFile(path);
    out[relative(dirname(goldPath), path)] = extractClaims(text, { published: art.published }).map(factsOf);
  }
  return out;
}

const stored: Snapshot = existsSync(SNAPSHOT) ? (JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Snapshot) : {};
const fresh: Snapshot = {};

describe('characterisation: the claims of every gold set, as frozen', () => {
  for (const [name, path] of GOLD_SETS) {
    test.skipIf(!existsSync(path))(`${name} (skipped when ${relative(root, path)} is absent)`, async () => {
      const now = await characterise(path);
      fresh[name] = now;
      if (UPDATE) return;
      expect(stored[name], `no snapshot for ${name}: run with UPDATE_CHARACTERISATION=1`).toBeDefined();
      // Per article, so a failure names the article and the claims that moved.
      for (const file of new Set([...Object.keys(now), ...Object.keys(stored[name]!)])) {
        expect(now[file] ?? null, `${name} ${file}`).toEqual(stored[name]![file] ?? null);
      }
    });
  }
  test.runIf(UPDATE)('rewrite the snapshot (UPDATE_CHARACTERISATION=1)', () => {
    // Sets whose gold is absent here keep their stored entry.
    const next: Snapshot = { ...stored, ...fresh };
    const lines = Object.keys(next)
      .sort()
      .map((name) => {
        const files = Object.keys(next[name]!).sort();
        const body = files.map(
          (f) =>
            `    ${JSON.stringify(f)}: [${next[name]![f]!.map((c) => `\n      ${JSON.stringify(c)}`).join(',')}${next[name]![f]!.length ? '\n    ' : ''}]`,
        );
        return `  ${JSON.stringify(name)}: {\n${body.join(',\n')}\n  }`;
      });
    writeFileSync(SNAPSHOT, `{\n${lines.join(',\n')}\n}\n`);
  });
});

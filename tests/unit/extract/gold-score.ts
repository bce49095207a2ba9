// Scores extractClaims against a gold manifest the way ../shared/tools/score.mjs
// does: distinct [metric, low, high] per article, F1 summed over articles,
// attribution on matched claims (any mention with an acceptable side).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { extractClaims } from '../../../lib/extract/extract-claims';
import { readArticleFile } from '../../../scripts/cli';

interface GoldClaim {
  claim: [string, number | null, number | null];
  sides: string[];
  period?: string;
  scope?: string;
}
interface GoldArticle {
  file: string;
  published: string;
  claims: GoldClaim[];
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
  attribution: number;
  /** Share of matched claims with a mention of the gold scope (`total` where the gold gives none). */
  scope: number;
  /** Per article: missed and extra keys, for a failure message. */
  details: string[];
}

const key = (m: string, lo: number | null, hi: number | null) => `${m}|${lo ?? '-'}|${hi ?? '-'}`;

export async function scoreGold(goldPath: string): Promise<Score> {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: GoldArticle[] };
  const dir = dirname(goldPath);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let attrOk = 0;
  let scopeOk = 0;
  const details: string[] = [];
  for (const art of gold.articles) {
    const text = await readArticleFile(resolve(dir, art.file));
    const predicted = new Map<string, Array<string | null>>();
    const scopes = new Map<string, string[]>();
    for (const c of extractClaims(text, { published: art.published })) {
      const k = key(c.metric, c.low, c.high);
      predicted.set(k, [...(predicted.get(k) ?? []), c.attribution?.side ?? null]);
      scopes.set(k, [...(scopes.get(k) ?? []), c.scope]);
    }
    const wanted = new Map(art.claims.map((g) => [key(...g.claim), g]));
    const misses: string[] = [];
    const extras: string[] = [];
    for (const [k, g] of wanted) {
      const sides = predicted.get(k);
      if (!sides) {
        fn++;
        misses.push(k);
        continue;
      }
      tp++;
      if (scopes.get(k)!.includes(g.scope ?? 'total')) scopeOk++;
      if (g.sides.length === 0 ? sides.includes(null) : sides.some((s) => s !== null && g.sides.includes(s))) attrOk++;
    }
    for (const k of predicted.keys()) {
      if (!wanted.has(k)) {
        fp++;
        extras.push(k);
      }
    }
    if (misses.length || extras.length) details.push(`${art.file}: missed [${misses.join(', ')}] extra [${extras.join(', ')}]`);
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { f1, precision, recall, attribution: attrOk / Math.max(1, tp), scope: scopeOk / Math.max(1, tp), details };
}

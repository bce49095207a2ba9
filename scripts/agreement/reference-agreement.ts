// How the extractor reads the bundled reference's figures in their own words:
// for each English entry of ../shared/corpus/reference.json (read in place,
// never copied), the extractor runs on its `evidence` (the words around the
// figure on the real page) and its reading is set against the entry's metric,
// scope and qualifier. Evidence is a fragment, not an article: a sentence
// naming the war and no figure stands before it for the article around it
// (without it, the topic gate rightly refuses most fragments).
//
// The reference's scopes follow CLAIMS.md as its gatherers read it; where
// they differ from the dev gold (troops "in the Kursk region" are a `part`
// here, the whole force in dev), the dev gold decides what the extractor does,
// so this is a measure to read, not a target to reach.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClaims } from '../../lib/extract/extract-claims';
import type { Claim, Metric, Qualifier, Scope } from '../../lib/types';

/** The sentence that stands for the article around a fragment: the topic, no figure. */
export const TOPIC_SENTENCE = 'North Korea has sent troops to fight for Russia against Ukraine. ';

interface ReferenceEntry {
  language: string;
  asOf: string;
  published: string | null;
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  scope: Scope;
  /** The side the page names for the figure, or null where it names no one. */
  side: string | null;
  evidence?: string;
}

export interface Agreement {
  entries: number;
  /** Entries whose figure the extractor found (same low and high, else one bound). */
  found: number;
  /** Of those found: the same metric, scope, qualifier. */
  metric: number;
  scope: number;
  qualifier: number;
  /** Of those found, the ones the extractor gave a source whose side the entry names too (the evidence is a fragment: it often leaves the source out). */
  attributed: number;
  /** Of those attributed, the same side as the entry's. */
  side: number;
  /** One per entry not found or read otherwise: what was wanted and what came, and the entry's evidence (to read, never to keep). */
  differences: { line: string; evidence: string }[];
}

/** The reference file beside the project, or null when this clone has none. */
export function referencePath(root: string): string | null {
  const path = resolve(root, '../shared/corpus/reference.json');
  return existsSync(path) ? path : null;
}

/** The extractor's readings of the reference's English entries, against theirs. */
export function referenceAgreement(path: string): Agreement {
  const entries = (JSON.parse(readFileSync(path, 'utf8')) as { entries: ReferenceEntry[] }).entries.filter(
    (e) => e.language === 'en' && typeof e.evidence === 'string',
  );
  const out: Agreement = { entries: entries.length, found: 0, metric: 0, scope: 0, qualifier: 0, attributed: 0, side: 0, differences: [] };
  for (const e of entries) {
    // A month's figure is read as of its 15th day (CLAIMS.md).
    const published = e.published ?? (e.asOf.length === 7 ? `${e.asOf}-15` : e.asOf);
    const claims = extractClaims(TOPIC_SENTENCE + e.evidence, { published });
    const c = sameBounds(claims, e);
    const want = `${e.metric}/${e.scope}/${e.qualifier} ${e.low ?? '-'}..${e.high ?? '-'}`;
    if (!c) {
      out.differences.push({ line: `not found: ${want}`, evidence: e.evidence! });
      continue;
    }
    out.found++;
    const agree = [c.metric === e.metric, c.scope === e.scope, c.qualifier === e.qualifier] as const;
    if (agree[0]) out.metric++;
    if (agree[1]) out.scope++;
    if (agree[2]) out.qualifier++;
    if (!agree.every(Boolean))
      out.differences.push({ line: `read otherwise: want ${want}, got ${c.metric}/${c.scope}/${c.qualifier}`, evidence: e.evidence! });
    if (c.attribution && e.side !== null) {
      out.attributed++;
      if (c.attribution.side === e.side) out.side++;
      else
        out.differences.push({
          line: `source otherwise: want side ${e.side}, got ${c.attribution.side} ("${c.attribution.text}")`,
          evidence: e.evidence!,
        });
    }
  }
  return out;
}

/** The claim with the entry's bounds, else one with either of them. */
function sameBounds(claims: readonly Claim[], e: ReferenceEntry): Claim | undefined {
  return claims.find((c) => c.low === e.low && c.high === e.high) ?? claims.find((c) => c.low === e.low || c.high === e.high);
}

/** "found 252 of 271 (0.930); of those, metric 0.984, scope 0.802, qualifier 0.968; side 0.950 of 120 attributed". */
export function summary(a: Agreement): string {
  const share = (n: number, of: number) => (of ? (n / of).toFixed(3) : '-');
  return `found ${a.found} of ${a.entries} (${share(a.found, a.entries)}); of those, metric ${share(a.metric, a.found)}, scope ${share(a.scope, a.found)}, qualifier ${share(a.qualifier, a.found)}; side ${share(a.side, a.attributed)} of ${a.attributed} attributed`;
}

// The text map against Readability's expected article, page by page.
import { namesNorthKorea } from '../../lib/extract/quick-check';
import type { PageOpener } from './browser';
import { overlap, precisionOf, recallOf, tokens, type Overlap, type TestPage } from './pages';

export interface RegionResult {
  name: string;
  real: boolean;
  overlap: Overlap;
  precision: number;
  recall: number;
  root: string;
  fallback: boolean;
  dropped: string[];
  /** The longest run of read text that is not in the expected article (a hint of why precision is low). */
  extra: string;
  /** The longest expected line that was not read. */
  missed: string;
  regionMs: number;
  readMs: number;
  /** The topic gate opened on the untouched page. */
  gate: boolean;
  /** Readability's expected article names North Korea (the lexicon's names). */
  articleNamesNorthKorea: boolean;
}

interface InPage {
  read(): { gate: boolean; text: string; root: string; fallback: boolean; dropped: string[]; regionMs: number; readMs: number };
}

async function expectedText(opener: PageOpener, page: TestPage): Promise<string> {
  const tab = await opener.open(`${page.name}-expected`, `<!doctype html><meta charset="utf-8"><body>${page.expected}</body>`, '0');
  try {
    return await tab.evaluate(() => document.body.innerText);
  } finally {
    await tab.close();
  }
}

/** The longest line of `text` most of whose words are absent from `bag`. */
function longestForeignLine(text: string, bag: Set<string>): string {
  let best = '';
  for (const line of text.split('\n')) {
    const ts = tokens(line);
    if (ts.length === 0) continue;
    const foreign = ts.filter((t) => !bag.has(t)).length;
    if (foreign / ts.length > 0.5 && line.length > best.length) best = line;
  }
  return best.length > 90 ? `${best.slice(0, 87)}…` : best;
}

export async function measureRegion(opener: PageOpener, bundle: string, page: TestPage): Promise<RegionResult> {
  const expected = await expectedText(opener, page);
  const tab = await opener.open(page.name, page.source, bundle);
  try {
    const r = await tab.evaluate(() => (globalThis as unknown as { __tallymarkBench: InPage }).__tallymarkBench.read());
    const o = overlap(r.text, expected);
    return {
      name: page.name,
      real: page.real,
      overlap: o,
      precision: precisionOf(o),
      recall: recallOf(o),
      root: r.root,
      fallback: r.fallback,
      dropped: r.dropped,
      extra: longestForeignLine(r.text, new Set(tokens(expected))),
      missed: longestForeignLine(expected, new Set(tokens(r.text))),
      regionMs: r.regionMs,
      readMs: r.readMs,
      gate: r.gate,
      articleNamesNorthKorea: namesNorthKorea(expected),
    };
  } finally {
    await tab.close();
  }
}

import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createSelectors } from '../../../lib/anchor/selectors';
import { createDb, type TallymarkDb } from '../../../lib/store/db';
import type { AnchoredClaim, Attribution, Metric, PageMeta, Qualifier } from '../../../lib/types';

let n = 0;
/** A fresh, empty store on its own fake IndexedDB. */
export function freshDb(): TallymarkDb {
  return createDb(`test-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A claim in a sentence we write ourselves; the figure is found in the sentence. */
export function claim(
  sentence: string,
  figure: string,
  metric: Metric,
  low: number | null,
  high: number | null,
  extra: { qualifier?: Qualifier; attribution?: Attribution | null; period?: string | null } = {},
): AnchoredClaim {
  const start = sentence.indexOf(figure);
  if (start < 0) throw new Error(`${figure} not in ${sentence}`);
  const end = start + figure.length;
  return {
    metric,
    scope: 'total',
    qualifier: extra.qualifier ?? (low === high ? 'exact' : high === null ? 'atLeast' : low === null ? 'atMost' : 'range'),
    low,
    high,
    figure,
    start,
    end,
    sentence,
    attribution: extra.attribution ?? null,
    period: extra.period ?? null,
    ...createSelectors(sentence, start, end),
  };
}

export function page(
  outlet: string,
  published: string,
  url: string | null = `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story`,
  title = `${outlet} story`,
): PageMeta {
  return { url, outlet, title, published };
}

// A real version-1 store, written by version 1's own code path (a frozen copy
// in ./v1), upgraded to version 2: every article and figure is still there,
// with its scope, side and floor, and the new indexes answer.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { createSelectors } from '../../../lib/anchor/selectors';
import { scopeInSentence } from '../../../lib/extract/scope';
import { articleOfStored, createDb, decodeBucket } from '../../../lib/store/db';
import { judgePage } from '../../../lib/store/judge';
import { scopeOfStoredFigure } from '../../../lib/store/stored-scope';
import type { AnchoredClaim, Attribution, Metric } from '../../../lib/types';
import { BUNDLED_FORMAT, loadBundled as loadBundledV1 } from './v1/bundled-v1';
import { createDb as createDbV1 } from './v1/db-v1';
import { ingestPage as ingestPageV1 } from './v1/ingest-v1';
import { storedClaims } from './helpers';

/** A figure in a sentence we write, as version 1's content script sent it (no scope: older rows had none). */
function v1Claim(
  sentence: string,
  figure: string,
  metric: Metric,
  low: number | null,
  high: number | null,
  attribution: Attribution | null,
  period: string | null = null,
): AnchoredClaim {
  const start = sentence.indexOf(figure);
  const c = {
    metric,
    qualifier: low === high ? 'exact' : high === null ? 'atLeast' : 'atMost',
    low,
    high,
    figure,
    start,
    end: start + figure.length,
    sentence,
    attribution,
    period,
    ...createSelectors(sentence, start, start + figure.length),
  } as const;
  return c as unknown as AnchoredClaim;
}

const KR = { side: 'kr', text: "Seoul's spy agency" } as const;
const UA = { side: 'ua', text: 'Kyiv' } as const;

test("a version-1 store with the reader's articles upgrades to version 2 losing nothing", async () => {
  const indexedDB = new IDBFactory();
  const v1 = createDbV1('upgrade-v1', { indexedDB, IDBKeyRange });
  await v1.open();
  expect(v1.verno).toBe(1);
  const pages = [
    { url: 'https://alpha.example/a', outlet: 'Alpha', title: 'A', published: '2025-04-30' },
    { url: 'https://beta.example/b', outlet: 'Beta Times', title: 'B', published: '2025-01-13' },
    { url: 'https://gamma.example/c', outlet: 'Gamma', title: 'C', published: '2025-09-10' },
  ];
  await ingestPageV1(
    v1,
    pages[0]!,
    [
      v1Claim("Seoul's spy agency said about 600 North Korean soldiers have been killed.", 'about 600', 'killed', 600, 600, KR),
      v1Claim('Pyongyang has agreed to send another 3,000 troops, Kyiv said.', '3,000', 'deployed', 3000, 3000, UA),
    ],
    { now: 1 },
  );
  await ingestPageV1(
    v1,
    pages[1]!,
    [
      v1Claim(
        'More than 3,000 North Korean soldiers were killed or wounded in December, Kyiv said.',
        'More than 3,000',
        'casualties',
        3000,
        null,
        UA,
        '2024-12',
      ),
      v1Claim('Up to 12,000 North Korean troops are in Kursk.', 'Up to 12,000', 'deployed', null, 12000, null),
    ],
    { now: 2 },
  );
  await ingestPageV1(
    v1,
    pages[2]!,
    [v1Claim("About 300 North Korean soldiers were killed, Seoul's spy agency said.", 'About 300', 'killed', 300, 300, KR)],
    { now: 3 },
  );
  // The bundled corpus of version 1 too: facts without sentences.
  await loadBundledV1(
    v1,
    {
      format: BUNDLED_FORMAT,
      version: 'v1-test',
      articles: [
        {
          url: 'https://delta.example/d',
          outlet: 'Delta',
          title: 'Delta, 2025-01-10',
          published: '2025-01-10',
          claims: [
            {
              metric: 'wounded',
              qualifier: 'exact',
              low: 2700,
              high: 2700,
              figure: '2,700',
              attribution: KR,
              period: null,
              scope: 'total',
            },
          ],
        },
      ],
    },
    { now: 4 },
  );
  const articlesBefore = await v1.articles.orderBy('id').toArray();
  const claimsBefore = await v1.claims.orderBy('id').toArray();
  expect(articlesBefore).toHaveLength(4);
  expect(claimsBefore).toHaveLength(6);
  v1.close();

  const db = createDb('upgrade-v1', { indexedDB, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(10);
  expect((await db.articles.orderBy('id').toArray()).map(articleOfStored)).toEqual(articlesBefore);
  const claimsAfter = await storedClaims(db);
  expect(claimsAfter).toHaveLength(claimsBefore.length);
  claimsBefore.forEach((before, i) => {
    const after = claimsAfter[i];
    // The scope is read again from the stored sentence by the extractor's scope rules.
    const scope =
      before.sentence === null
        ? 'total'
        : scopeInSentence(
            before.sentence,
            before.sentence.indexOf(before.figure),
            before.sentence.indexOf(before.figure) + before.figure.length,
            before.metric,
          );
    const floor = before.low === null ? {} : { floor: before.low === before.high ? before.low * 0.9 : before.low };
    expect(after).toEqual({ ...before, scope, side: before.attribution?.side ?? '', ...floor });
    expect(scope).toBe(scopeOfStoredFigure(before));
  });
  // Old rows said `total` of everything; read again, the increment and the plan are known.
  expect(claimsAfter.find((c) => c.figure === '3,000' && c.metric === 'deployed')?.scope).not.toBe('total');
  // Buckets were rebuilt with scope and side.
  const buckets = (await db.buckets.toArray()).flatMap(decodeBucket);
  expect(buckets).toHaveLength(6);
  expect(
    buckets
      .filter((b) => b.side === 'kr')
      .map((b) => b.low)
      .sort(),
  ).toEqual([2700, 300, 600]);
  // The source indexes answer: Seoul's 300 in September is outdated by its 600 in April.
  const [v] = await judgePage(db, { url: null, outlet: 'Reader', title: '', published: '2025-09-12' }, [
    { metric: 'killed', low: 300, high: 300, period: null, attribution: KR, scope: 'total' },
  ]);
  expect(v?.verdict).toBe('outdated');
  expect(v?.compared.map((c) => c.outlet)).toContain('Alpha');
  db.close();
});

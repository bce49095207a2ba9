import { afterEach, describe, expect, test, vi } from 'vitest';
import { ingestPage } from '../../../lib/store/ingest';
import { judgePage } from '../../../lib/store/judge';
import { StoreFullError } from '../../../lib/store/errors';
import type { TallymarkDb } from '../../../lib/store/db';
import { claim, freshDb, page, storedClaims, claimsOf } from './helpers';
import { countClaims } from '../../../lib/store/claim-sets';

let db: TallymarkDb;
afterEach(() => db?.close());

const killed300 = claim('Officials in our made-up town said 300 soldiers were killed.', '300', 'killed', 300, 300, {
  attribution: { side: 'kr', text: 'Officials' },
});
const killed3000 = claim('A later tally put the dead at more than 3,000 soldiers.', 'more than 3,000', 'killed', 3000, null);
const deployed = claim('Our reporter counted about 10,000 troops sent.', 'about 10,000', 'deployed', 10000, 10000, { qualifier: 'approx' });

describe('ingestPage', () => {
  test('stores the page and its claims, and judges against other outlets only', async () => {
    db = freshDb();
    const first = await ingestPage(db, page('Alpha', '2025-01-13'), [killed300, deployed]);
    expect(first.stored).toBe(true);
    expect(first.verdicts.map((v) => v.verdict)).toEqual(['unique', 'unique']);

    const same = await ingestPage(db, page('Alpha', '2025-01-14', 'https://alpha.example/other'), [killed3000]);
    expect(same.verdicts[0]?.verdict).toBe('unique');

    const other = await ingestPage(db, page('Beta', '2025-01-15'), [killed3000, deployed]);
    expect(other.verdicts[0]?.verdict).toBe('conflicts');
    // Alpha's two killed figures: its 300 (which conflicts) and its own more than 3,000.
    expect(other.verdicts[0]?.compared.map((f) => f.figure)).toEqual(['300', 'more than 3,000']);
    expect(other.verdicts[0]?.compared[0]).toMatchObject({
      outlet: 'Alpha',
      published: '2025-01-13',
      figure: '300',
      low: 300,
      high: 300,
      attribution: { side: 'kr', text: 'Officials' },
      url: 'https://alpha.example/story',
      title: 'Alpha story',
      sentence: killed300.sentence,
      figureInSentence: { start: killed300.start, end: killed300.end },
    });
    expect(other.verdicts[1]?.verdict).toBe('agrees');
    expect(await db.articles.count()).toBe(3);
    expect(await countClaims(db)).toBe(5);
  });

  test("reading the same URL again replaces that page's claims", async () => {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2025-01-13'), [killed300, deployed, killed3000]);
    await ingestPage(db, page('Alpha', '2025-01-13', 'https://alpha.example/story#comments'), [deployed]);
    const rows = await storedClaims(db);
    expect(rows.map((r) => [r.id, r.metric])).toEqual([['https://alpha.example/story#0', 'deployed']]);
    expect(await db.articles.count()).toBe(1);
  });

  test('earlier and later reporting beyond 14 days is listed, not compared', async () => {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2024-12-01'), [claim('At least 100 died, a briefing said.', 'At least 100', 'killed', 100, null)]);
    await ingestPage(db, page('Gamma', '2025-02-20'), [claim('Now 4,000 have died, they said.', '4,000', 'killed', 4000, 4000)]);
    const got = await ingestPage(db, page('Beta', '2025-01-13'), [killed300]);
    expect(got.verdicts[0]?.verdict).toBe('unique');
    expect(got.verdicts[0]?.earlier.map((f) => f.outlet)).toEqual(['Alpha']);
    expect(got.verdicts[0]?.later.map((f) => f.outlet)).toEqual(['Gamma']);
  });

  test('a period moves a figure in time: a December figure is compared with December reporting', async () => {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2024-12-20'), [claim('About 1,000 were hurt or killed.', '1,000', 'casualties', 1000, 1000)]);
    const got = await ingestPage(db, page('Beta', '2025-01-20'), [
      claim('In December, 3,000 were hurt or killed, he said.', '3,000', 'casualties', 3000, 3000, { period: '2024-12' }),
      claim('This month 1,000 were hurt or killed.', '1,000', 'casualties', 1000, 1000),
    ]);
    // Five days apart, naming no one: not one briefing, so another source's current figure disputes it.
    expect(got.verdicts.map((v) => v.verdict)).toEqual(['disputed', 'unique']);
  });

  test('store: false judges without writing; a page without URL is not stored', async () => {
    db = freshDb();
    const paused = await ingestPage(db, page('Alpha', '2025-01-13'), [killed300], { store: false, notStoredReason: 'Paused.' });
    expect(paused).toMatchObject({ stored: false, notStoredReason: 'Paused.' });
    const local = await ingestPage(db, page('Alpha', '2025-01-13', null), [killed300]);
    expect(local.stored).toBe(false);
    expect(local.notStoredReason).toMatch(/local file/);
    expect(await countClaims(db)).toBe(0);
  });

  test.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, /page\.url/],
    ['a bad date', { published: '13/01/2025' }, /page\.published/],
    ['a huge title', { title: 'x'.repeat(5000) }, /page\.title: too long/],
  ])('refuses %s, storing nothing', async (_name, change, message) => {
    db = freshDb();
    await expect(ingestPage(db, { ...page('Alpha', '2025-01-13'), ...change }, [killed300])).rejects.toThrow(message);
    expect(await countClaims(db)).toBe(0);
  });

  test('one bad claim is refused and named; the others are stored and judged', async () => {
    db = freshDb();
    await ingestPage(db, page('Beta', '2025-01-13'), [killed3000]);
    const eaten = { ...killed300, metric: 'eaten' } as unknown as typeof killed300;
    const impossible = { ...deployed, period: '2025-02-30' };
    const got = await ingestPage(db, page('Alpha', '2025-01-13'), [eaten, killed300, impossible, deployed]);
    expect(got.refused).toEqual([
      { index: 0, reason: expect.stringMatching(/claims\[0\]\.metric/) },
      { index: 2, reason: expect.stringMatching(/claims\[2\]\.period/) },
    ]);
    expect(got.verdicts.map((v) => v.verdict)).toEqual(['unique', 'conflicts', 'unique', 'unique']);
    expect(got.stored).toBe(true);
    expect((await claimsOf(db, 'https://alpha.example/story')).map((c) => c.figure)).toEqual(['300', 'about 10,000']);
  });

  test('a list that is not one (or of more than 1000) is refused whole, storing nothing', async () => {
    db = freshDb();
    await expect(ingestPage(db, page('Alpha', '2025-01-13'), 'claims' as never)).rejects.toThrow(/claims: expected an array/);
    await expect(ingestPage(db, page('Alpha', '2025-01-13'), Array(1001).fill(killed300))).rejects.toThrow(/too many/);
    expect(await countClaims(db)).toBe(0);
  });

  test('ten ingests racing from different tabs lose nothing', async () => {
    db = freshDb();
    const outlets = Array.from({ length: 10 }, (_, i) => `Outlet ${i}`);
    const results = await Promise.all(
      outlets.map((o, i) => ingestPage(db, page(o, '2025-01-13', `https://o${i}.example/a`), [killed300, deployed])),
    );
    expect(results.every((r) => r.stored)).toBe(true);
    expect(await db.articles.count()).toBe(10);
    expect(await countClaims(db)).toBe(20);
    // The same URL racing with different claims ends with exactly one version's claims.
    await Promise.all([
      ingestPage(db, page('Outlet 0', '2025-01-13', 'https://o0.example/a'), [killed300]),
      ingestPage(db, page('Outlet 0', '2025-01-13', 'https://o0.example/a'), [deployed, killed3000]),
    ]);
    const mine = await claimsOf(db, 'https://o0.example/a');
    expect(mine.map((c) => c.metric).sort()).toEqual(['deployed', 'killed']);
    expect(mine.map((c) => c.low).sort()).toEqual([10000, 3000].sort());
    const verdicts = await judgePage(db, page('Elsewhere', '2025-01-13'), [deployed], { maxCompared: Infinity });
    expect(verdicts[0]?.compared).toHaveLength(10);
    expect(verdicts[0]?.comparedCount).toBe(10);
  });

  test('a full disk surfaces as StoreFullError and leaves nothing half-written', async () => {
    db = freshDb();
    await ingestPage(db, page('Alpha', '2025-01-13'), [killed300]);
    const spy = vi.spyOn(db.articles, 'put').mockImplementation(() => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    const attempt = ingestPage(db, page('Alpha', '2025-01-13'), [deployed, killed3000]);
    await expect(attempt).rejects.toBeInstanceOf(StoreFullError);
    await expect(attempt).rejects.toThrow(/Tallymark's storage is full/);
    spy.mockRestore();
    // The old claims of the page are still there: the delete was rolled back with the failed write.
    const rows = await storedClaims(db);
    expect(rows.map((r) => r.figure)).toEqual(['300']);
    expect((await db.articles.toArray()).length).toBe(1);
  });
});

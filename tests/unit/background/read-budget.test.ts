import { expect, test } from 'vitest';
import { readPage } from '../../../lib/background/read-page';
import { READ_BUDGET_CHARS } from '../../../lib/extract/budget';
import { freshDb, page } from '../store/helpers';

test('a text longer than the read budget: the figures before it are read, and the answer says where reading stopped', async () => {
  const db = freshDb();
  const head = 'Seoul said about 300 North Korean soldiers have been killed.\n';
  const filler = `${'The war went on. '.repeat(60)}\n`;
  const tail = 'Kyiv said 3,000 North Korean soldiers have been killed.\n';
  const text = head + filler.repeat(Math.ceil(READ_BUDGET_CHARS / filler.length)) + tail;
  const answer = await readPage(db, page('Alpha', '2025-01-13'), text, { store: false });
  expect(answer.claims.map((c) => c.figure)).toEqual(['about 300']);
  expect(answer.stoppedAt).toBeGreaterThan(READ_BUDGET_CHARS * 0.9);
  expect(answer.stoppedAt).toBeLessThanOrEqual(READ_BUDGET_CHARS);
  expect(text[answer.stoppedAt! - 1]).toBe('\n');
  const short = await readPage(db, page('Alpha', '2025-01-13'), head, { store: false });
  expect(short.stoppedAt).toBeUndefined();
});

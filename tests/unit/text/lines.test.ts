import fc from 'fast-check';
import { expect, test } from 'vitest';
import { LineStarts } from '../../../lib/text/lines';
import { itemPeriod } from '../../../lib/extract/period';

const naive = (text: string, pos: number) => (pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1);

test('LineStarts gives the start of the line holding a position, asked in any order', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '.'), maxLength: 60 });
  fc.assert(
    fc.property(text, fc.array(fc.nat(70), { maxLength: 20 }), (t, asked) => {
      const lines = new LineStarts(t);
      for (const pos of [...asked.slice(0, 10).sort((a, b) => a - b), ...asked.slice(10)]) {
        const p = Math.min(pos, t.length);
        expect(lines.of(p)).toBe(naive(t, p));
      }
    }),
    { numRuns: 500 },
  );
});

test('itemPeriod reads the same label with or without the line starts', () => {
  const text = 'Timeline\nNovember 2024: Seoul said 3,000 were sent. Later 300 died.\n12 January: 100 more.\n';
  const lines = new LineStarts(text);
  for (const pos of [0, 9, 24, 52, 68, 81]) {
    expect(itemPeriod(text, pos, '2025-01-13', lines), String(pos)).toBe(itemPeriod(text, pos, '2025-01-13'));
  }
  expect(itemPeriod(text, 52, '2025-01-13', new LineStarts(text))).toBe('2024-11');
  expect(itemPeriod(text, 81, '2025-01-13')).toBe('2025-01-12');
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseDay } from '../../../lib/compare/time';

/** parseDay as it was first written: two regexes and a Date that must not roll over. */
function byDate(date: string): number | null {
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(month ? `${date}-15` : date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('parseDay', () => {
  test('days and months', () => {
    expect(parseDay('2024-11-03')).toBe(Date.UTC(2024, 10, 3));
    expect(parseDay('2024-11')).toBe(Date.UTC(2024, 10, 15));
    expect(parseDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    for (const no of [
      '2025-02-29',
      '1900-02-29',
      '2025-13',
      '2025-00',
      '2025-04-31',
      '2025-01-00',
      '0050-03',
      '2025-1-01',
      '2025-01-01\n',
      ' 2025-01',
    ])
      expect(parseDay(no)).toBeNull();
  });

  test('reads every date as Date does (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.option(fc.integer({ min: 0, max: 99 })),
        (y, mo, d) => {
          const s = d === null ? `${pad(y, 4)}-${pad(mo, 2)}` : `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
          expect(parseDay(s)).toBe(byDate(s));
        },
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[\d\- a+]{0,11}$/), (s) => {
        expect(parseDay(s)).toBe(byDate(s));
      }),
      { numRuns: 5000 },
    );
  });
});

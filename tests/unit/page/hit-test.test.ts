// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { caretAt, findSpanAt, isPointInRange } from '../../../lib/page/hit-test';

describe('findSpanAt', () => {
  const spans = [
    { start: 5, end: 10 },
    { start: 20, end: 31 },
    { start: 31, end: 40 },
  ];
  test.each([
    [4, null],
    [5, 0],
    [7, 0],
    [10, 0],
    [11, null],
    [19, null],
    [20, 1],
    [31, 2],
    [40, 2],
    [41, null],
  ])('offset %i → %s', (offset, want) => expect(findSpanAt(offset, spans)).toBe(want));

  test('empty list', () => expect(findSpanAt(3, [])).toBeNull());

  test('agrees with a linear scan (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 10 })), { maxLength: 20 }), fc.nat(700), (raw, offset) => {
        // Build sorted, non-overlapping spans with gaps.
        let at = 0;
        const list = raw.map(([gap, len]) => {
          const s = { start: at + gap + 1, end: at + gap + 1 + len };
          at = s.end;
          return s;
        });
        const got = findSpanAt(offset, list);
        const want = list.findIndex((s) => s.start <= offset && offset <= s.end);
        expect(got).toBe(want < 0 ? null : want);
      }),
    );
  });
});

describe('caretAt and isPointInRange', () => {
  test('uses caretPositionFromPoint, else caretRangeFromPoint, else null', () => {
    const text = document.createTextNode('abc');
    const doc1 = { caretPositionFromPoint: () => ({ offsetNode: text, offset: 2 }) } as unknown as Document;
    expect(caretAt(doc1, 1, 1)).toEqual({ node: text, offset: 2 });
    const range = document.createRange();
    range.setStart(text, 1);
    const doc2 = { caretRangeFromPoint: () => range } as unknown as Document;
    expect(caretAt(doc2, 1, 1)).toEqual({ node: text, offset: 1 });
    expect(caretAt({} as Document, 1, 1)).toBeNull();
    const doc3 = {
      caretPositionFromPoint: () => {
        throw new Error('x');
      },
    } as unknown as Document;
    expect(caretAt(doc3, 1, 1)).toBeNull();
  });

  test('point in the range boxes, with slack', () => {
    const fake = { getClientRects: () => [{ left: 10, right: 50, top: 100, bottom: 120 }] } as unknown as Range;
    expect(isPointInRange(fake, 30, 110)).toBe(true);
    expect(isPointInRange(fake, 51, 110)).toBe(true);
    expect(isPointInRange(fake, 60, 110)).toBe(false);
    expect(isPointInRange(fake, 30, 130)).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EDGE, placePopover } from '../../../lib/page/position';

describe('placePopover', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 400, height: 300 };

  test('below the figure, aligned with its left edge', () => {
    expect(placePopover({ left: 100, top: 100, width: 80, height: 20 }, size, viewport)).toMatchObject({ left: 100, top: 126 });
  });
  test('above when there is no room below', () => {
    expect(placePopover({ left: 100, top: 700, width: 80, height: 20 }, size, viewport)).toMatchObject({ left: 100, top: 394 });
  });
  test('shifted left at the right edge', () => {
    expect(placePopover({ left: 900, top: 100, width: 80, height: 20 }, size, viewport).left).toBe(1000 - EDGE - 400);
  });
  test('pinned to the edge on a window narrower than the popover', () => {
    expect(placePopover({ left: 50, top: 100, width: 80, height: 20 }, size, { width: 320, height: 800 }).left).toBe(EDGE);
  });
  test('too tall for either side: shortened on the roomier side, never over the figure', () => {
    const anchor = { left: 600, top: 490, width: 120, height: 20 };
    const p = placePopover(anchor, { width: 420, height: 565 }, { width: 1280, height: 900 });
    expect(p.maxHeight).toBe(490 - 6 - EDGE);
    expect(p.top).toBe(EDGE);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(anchor.top);
  });

  test('always inside the viewport when it fits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 1200 }), fc.integer({ min: -200, max: 1000 }), (left, top) => {
        const p = placePopover({ left, top, width: 60, height: 18 }, size, viewport);
        expect(p.left).toBeGreaterThanOrEqual(EDGE);
        expect(p.top).toBeGreaterThanOrEqual(EDGE);
        expect(p.left + size.width).toBeLessThanOrEqual(viewport.width - EDGE);
        expect(p.top + Math.min(size.height, p.maxHeight)).toBeLessThanOrEqual(viewport.height - EDGE);
      }),
    );
  });
});

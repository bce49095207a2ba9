import { describe, expect, test } from 'vitest';
import { createRateLimit, createRereadGate, isTrustedEvent } from '../../../lib/page/guard';

/** A hand-driven clock and timer queue. */
function clock() {
  let t = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => t,
    schedule: (fn: () => void, ms: number) => {
      timers.set(++id, { at: t + ms, fn });
      return id;
    },
    cancel: (i: number) => void timers.delete(i),
    advance(ms: number) {
      const end = t + ms;
      for (;;) {
        const next = [...timers].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        t = next[1].at;
        next[1].fn();
      }
      t = end;
    },
  };
}

describe('the page guard', () => {
  test('a synthetic event is not trusted', () => {
    expect(isTrustedEvent(new Event('click'))).toBe(false);
  });

  test('a rate limit takes one action per interval', () => {
    let t = 0;
    const limit = createRateLimit(1000, () => t);
    expect(limit.take()).toBe(true);
    t = 999;
    expect(limit.take()).toBe(false);
    expect(limit.wait()).toBe(1);
    t = 1000;
    expect(limit.take()).toBe(true);
  });

  test('forged location-change events (address unchanged) cause no re-read; pushState spam at most one per interval', () => {
    const c = clock();
    let href = 'https://a.example/1';
    let reads = 0;
    const gate = createRereadGate({
      readAddress: () => href,
      debounceMs: 600,
      intervalMs: 3000,
      schedule: c.schedule,
      cancel: c.cancel,
      now: c.now,
    });
    for (let i = 0; i < 50; i++) expect(gate.announce(() => reads++)).toBe(false);
    c.advance(10_000);
    expect(reads).toBe(0);
    // 8 s of pushState every 100 ms: 80 real changes.
    for (let i = 0; i < 80; i++) {
      href = `https://a.example/page-${i}`;
      gate.announce(() => reads++);
      c.advance(100);
    }
    c.advance(10_000);
    expect(reads).toBe(1); // debounced into one read after the spam stopped
    // Changes 700 ms apart (past the debounce each time) for 8 s: at most one read per 3 s.
    reads = 0;
    for (let i = 0; i < 11; i++) {
      href = `https://a.example/slow-${i}`;
      gate.announce(() => reads++);
      c.advance(700);
    }
    c.advance(10_000);
    expect(reads).toBeLessThanOrEqual(Math.ceil((11 * 700) / 3000) + 1);
    expect(reads).toBeGreaterThan(0);
  });
});

// What a page may not do to Tallymark: forge the events it listens to, or make
// it read the page over and over. The content script runs in an isolated
// world, but the DOM and its events are shared with the page's scripts: any
// event a page dispatches reaches our listeners too, marked isTrusted false.

/** True only for an event the browser made from the reader's input (a page's `dispatchEvent` is never trusted). */
export function isTrustedEvent(e: Event): boolean {
  return e.isTrusted === true;
}

/**
 * At most one action per `intervalMs`: `take()` is true when the action may
 * run now (and counts it); `wait()` is how long until the next may.
 */
export function createRateLimit(intervalMs: number, now: () => number = () => Date.now()) {
  let last = -Infinity;
  return {
    wait: () => Math.max(0, last + intervalMs - now()),
    take: (): boolean => {
      const t = now();
      if (t - last < intervalMs) return false;
      last = t;
      return true;
    },
  };
}

/**
 * Follows the page's address: `changed()` is true only when `read()` differs
 * from the address last seen (a forged location-change event, with the
 * address unchanged, is nothing).
 */
export function createAddressWatch(read: () => string) {
  let last = read();
  return {
    changed(): boolean {
      const now = read();
      if (now === last) return false;
      last = now;
      return true;
    },
  };
}

/**
 * Re-reads after an address change, debounced and rate-limited: however many
 * changes a page makes (pushState spam), the page is read at most once per
 * `intervalMs`; an announced change with the address unchanged (a forged
 * location-change event) is nothing. `schedule(fn, ms)` is the context's
 * timer (cleared when it is invalidated).
 */
export function createRereadGate(opts: {
  readAddress: () => string;
  debounceMs: number;
  intervalMs: number;
  schedule: (fn: () => void, ms: number) => number;
  cancel: (id: number) => void;
  now?: () => number;
}) {
  const watch = createAddressWatch(opts.readAddress);
  const limit = createRateLimit(opts.intervalMs, opts.now);
  let timer = 0;
  let reread: () => void = () => undefined;
  const run = () => {
    timer = 0;
    if (!limit.take()) {
      timer = opts.schedule(run, limit.wait());
      return;
    }
    reread();
  };
  return {
    /** An address change was announced: true (and `then` runs later) only if the address did change. */
    announce(then: () => void): boolean {
      if (!watch.changed()) return false;
      reread = then;
      if (timer) opts.cancel(timer);
      timer = opts.schedule(run, Math.max(opts.debounceMs, limit.wait()));
      return true;
    },
  };
}

// What changed between two article texts, as one edit: the new text's part
// between their common beginning and common end. A live page sends that
// (`ingestEdit`) instead of its whole text. Compared a block of characters at
// a time (string slices compare natively), then narrowed down.
import type { TextEdit } from '../../lib/messages';

/** Length of the common beginning of `a` and `b`. */
function commonPrefix(a: string, b: string, max: number): number {
  let at = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (at + step <= max && a.slice(at, at + step) === b.slice(at, at + step)) at += step;
  }
  return at;
}

/** Length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (n + step <= max && a.slice(a.length - n - step, a.length - n) === b.slice(b.length - n - step, b.length - n)) n += step;
  }
  return n;
}

/** The edit that turns `previous` (version `base`) into `next`: `next` is `previous` with `[start, end)` replaced by `text`. */
export function textEdit(previous: string, next: string, base: number): TextEdit {
  const start = commonPrefix(previous, next, Math.min(previous.length, next.length));
  const suffix = commonSuffix(previous, next, Math.min(previous.length, next.length) - start);
  return { base, start, end: previous.length - suffix, text: next.slice(start, next.length - suffix) };
}

// Lookup tables keyed by words (MONTHS, METRIC_WORDS, the number words).

/**
 * `entries` as a table with no prototype. A word that is no key is then found
 * nowhere ("constructor" is no month, as it was through a plain object's
 * prototype), and the miss costs a fraction of one on a plain object: V8 need
 * not search Object.prototype's properties for it (about 4× faster on a
 * text's words, most of which are no key; the extractor looks up some 160,000
 * a run on the bench's 1,000,000-word text).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

// How much of a text the extractor reads: the one place the budget is set.

/**
 * Characters of a text the extractor reads (about 300,000 words, far beyond
 * any article or live blog). A longer text is read up to here, cut at the
 * last line break before it, and the extraction says where it stopped.
 */
export const READ_BUDGET_CHARS = 2_000_000;

/** Where reading `text` stops under `budget`: its length, or a line break (else the budget) below it. */
export function budgetCut(text: string, budget: number): number {
  if (text.length <= budget) return text.length;
  const nl = text.lastIndexOf('\n', budget - 1);
  let cut = nl >= budget * 0.9 ? nl + 1 : budget;
  // Never between the halves of a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

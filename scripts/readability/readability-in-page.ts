// @mozilla/readability in the page, timed (for readability-cost.ts).
import { Readability } from '@mozilla/readability';

(globalThis as Record<string, unknown>).__readabilityCost = () => {
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  const t1 = performance.now();
  new Readability(clone).parse();
  const t2 = performance.now();
  return { cloneMs: t1 - t0, parseMs: t2 - t1 };
};

// The sides a figure's attribution names: "according to Ukrainian and South
// Korean estimates" is the figure of both (CLAIMS.md's gold accepts either),
// so it is the same source as each of them.
import { sideIn } from '../extract/attribution';
import type { Attribution, Side } from '../types';

/** Where one source is joined to another, in text whose spaces are single. */
const JOINED = / (?:and|&) |\//i;
/** What any text JOINED matches holds (before its spaces are made single). */
const MAY_JOIN = /and|&|\//i;

/**
 * The other sides named in an attribution's text besides its `side`, in the
 * order named: the text is split where it joins sources ("and", "&", "/") and
 * each part's side is read with the extractor's lexicon. Empty when the
 * attribution is null or names one side.
 */
export function otherSidesOf(attribution: Attribution | null | undefined): Side[] {
  // Most attributions name one source: a text without a joining word is answered without copying it.
  if (!attribution || !MAY_JOIN.test(attribution.text)) return [];
  const text = attribution.text.replace(/\s+/g, ' ');
  if (!JOINED.test(text)) return [];
  const sides: Side[] = [];
  for (const part of text.split(JOINED)) {
    const found = sideIn(part)?.side;
    if (found && found !== attribution.side && !sides.includes(found)) sides.push(found);
  }
  return sides;
}

import { sideEntities } from './lexicon';

const TROOPS_RE = /north[ -]korea|\bn(?:\. ?| |-)korea|\bdprk\b|pyongyang|kim jong[ -]?un|korean people['’]s army|\bkpa\b|\bnk\b/i;

/**
 * Cheap test, run on every page, that a text could hold a claim at all: it
 * names North Korea (North Korean, N. Korea, DPRK, Pyongyang, Kim Jong Un, the
 * Korean People's Army / KPA).
 * False means the extractor would find nothing.
 */
export function mentionsTroops(text: string): boolean {
  return TROOPS_RE.test(text);
}

let northKorea: RegExp | undefined;

/**
 * Whether a page's text names North Korea, for the content script's gate: the
 * extractor's own lexicon (the side `kp`: North Korea, N. Korea, DPRK,
 * Pyongyang, KCNA, Kim Jong Un…), read regardless of case (headlines in
 * capitals), never a bare "nk" (a `?nk=` address parameter is not a name).
 */
export function namesNorthKorea(text: string): boolean {
  if (!northKorea) {
    const entry = sideEntities().find(([, side]) => side === 'kp');
    if (!entry) throw new Error('the lexicon names no North Korea');
    northKorea = new RegExp(entry[0].source, entry[0].flags.includes('u') ? 'iu' : 'i');
  }
  return northKorea.test(text);
}

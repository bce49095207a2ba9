import { NORTH_KOREA } from './north-korea';

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

/**
 * Whether a page's text names North Korea, for the content script's gate: the
 * lexicon's own names (the side `kp`: North Korea, N. Korea, DPRK, Pyongyang,
 * KCNA, Kim Jong Un…), as the extractor reads them, never a bare "nk" (a
 * `?nk=` address parameter is not a name).
 */
export function namesNorthKorea(text: string): boolean {
  return NORTH_KOREA.test(text);
}

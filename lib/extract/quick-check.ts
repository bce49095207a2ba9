import { NAMES_NORTH_KOREA, NORTH_KOREA } from './lexicon/north-korea';

/**
 * Cheap test, run on every text before extraction, that it could hold a claim
 * at all: it names North Korea as the extractor reads it (the lexicon's
 * NAMES_NORTH_KOREA: North Korean, N. Korea, DPRK, Pyongyang, Kim Jong Un,
 * the KPA, KCNA…). False means the extractor would find nothing.
 */
export function mentionsTroops(text: string): boolean {
  return NAMES_NORTH_KOREA.test(text);
}

/**
 * Whether a page's text names North Korea, for the content script's gate: the
 * lexicon's names as written (NORTH_KOREA, the side `kp`), never a bare "nk"
 * (a `?nk=` address parameter is not a name).
 */
export function namesNorthKorea(text: string): boolean {
  return NORTH_KOREA.test(text);
}

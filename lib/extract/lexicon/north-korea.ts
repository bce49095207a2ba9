// North Korea's names: the one list of the concept, for every reader of it.
// The page's topic gate and the side `kp` (NORTH_KOREA), the quick check and
// the sentence test (NAMES_NORTH_KOREA), and the token reader of the topic
// stage (NORTH_KOREA_WORDS) hold the same names; they differ only where their
// text does. In a module of its own so that the page's gate reads the names
// without taking in the extractor's word lists (tests/unit/page-bundle.test.ts).

/**
 * North Korea and the names that stand for it (its capital, leaders, army,
 * agencies, party, officials), as written: case-sensitive, and never a bare
 * "NK" (a `?nk=` address parameter is no name). The page's topic gate; the side `kp`.
 */
export const NORTH_KOREA =
  /\bNorth[ -]Korea(?:n|ns|['’]s)?\b|\bN\.? ?Korea(?:n|['’]s)?\b|\bPyongyang\b|\bKCNA\b|Korean Central News Agency|\bKim Jong[ -]?[Uu]n\b|\bKim Yo[ -]?[Jj]ong\b|Rodong Sinmun|\bDPRK\b|Workers['’] Party of Korea|\bWPK\b|\bChoe Son Hui\b|\bPak Jong Chon\b|\bKim Yong Bok\b|\bKorean People['’]s Army\b|\bKPA\b/;

/**
 * North Korea's full name, the side `kp` beside NORTH_KOREA; left out of the
 * page's gate (its code is held to 20 KB gzipped, and a page naming North
 * Korea by this name alone, never "North Korea", "DPRK" or "Pyongyang", is not
 * one it misses in practice). NAMES_NORTH_KOREA holds it too.
 */
export const NORTH_KOREA_FULL_NAME = /Democratic People['’]s Republic of Korea/;

/**
 * The same names in any case, with the short forms of running text ("NK",
 * "N-Korea", "Kim's"): whether a text or a sentence names North Korea, as the
 * extractor reads it.
 */
export const NAMES_NORTH_KOREA =
  /\bNK\b|north[ -]korea|\bn(?:\. ?| |-)korea|\bdprk\b|democratic people['’]s republic of korea|pyongyang|kim jong[ -]?un|\bkim['’]s\b|\bkpa\b|korean people['’]s army|\bKCNA\b|Korean Central News Agency|\bKim Yo[ -]?[Jj]ong\b|Rodong Sinmun|Workers['’] Party of Korea|\bWPK\b|\bChoe Son Hui\b|\bPak Jong Chon\b|\bKim Yong Bok\b/i;

/** The names that are one token (lower case, straight apostrophes), for the topic stage's token reader. */
export const NORTH_KOREA_WORDS: ReadonlySet<string> = new Set([
  'nk',
  'dprk',
  "dprk's",
  'pyongyang',
  "pyongyang's",
  "kim's",
  'kpa',
  'n.korean',
  'n.korea',
  "n.korea's",
  'kcna',
  'wpk',
]);

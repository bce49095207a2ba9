// The names of North Korea, the side `kp` of the lexicon (lexicon.ts): in a
// module of their own so that the page's topic gate reads the same names
// without taking in the extractor's word lists.

/** North Korea and the names that stand for it (its capital, leaders, agencies, party). */
export const NORTH_KOREA =
  /\bNorth[ -]Korea(?:n|ns|['’]s)?\b|\bN\.? ?Korea(?:n|['’]s)?\b|\bPyongyang\b|\bKCNA\b|Korean Central News Agency|\bKim Jong[ -]?[Uu]n\b|\bKim Yo[ -]?[Jj]ong\b|Rodong Sinmun|\bDPRK\b|Workers['’] Party of Korea|\bWPK\b|\bChoe Son Hui\b|\bPak Jong Chon\b|\bKim Yong Bok\b/;

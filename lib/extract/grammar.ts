// Function words the claim engine's stages read a sentence by: prepositions,
// auxiliaries, quotes, words of contrast. Concept words (troops, casualties,
// speech, North Korea's names) live in the lexicon.

export const PREPS = new Set([
  'in',
  'to',
  'into',
  'from',
  'for',
  'against',
  'with',
  'alongside',
  'on',
  'at',
  'near',
  'across',
  'inside',
  'toward',
  'towards',
  'through',
  'within',
  'about',
  'between',
  'beside',
  'among',
  'amid',
  'behind',
  'under',
  'onto',
  'than',
  'over',
  'via',
]);

export const VERB_SKIP = new Set([
  'have',
  'has',
  'had',
  'been',
  'be',
  'were',
  'was',
  'is',
  'are',
  'also',
  'reportedly',
  'allegedly',
  'already',
  'now',
  'apparently',
  'previously',
  'recently',
  'the',
  'a',
  'an',
  'its',
  'his',
  'their',
  'her',
  'another',
  'so',
  'far',
  'since',
  'initially',
  'at',
  'least',
  'just',
  'some',
]);

export const QUOTES = new Set(['"', '“', '”', '„', '‚', "'", '‘', '’', '(', ')', '[', ']', '«', '»', '‹', '›']);

export const COPULA_AUX = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'be', 'being']);

export const BE_AUX = new Set(['were', 'was', 'are', 'is', 'been', 'be', 'being']);

export const CONTRAST = new Set([';', 'while', 'whereas', 'but', 'however', 'although', 'meanwhile']);

export const CLAUSE_STOP = new Set(['that', ',', ';', ':', '—', '–', '(', ')', 'while', 'whereas', 'but', 'however', 'although', '#fig']);

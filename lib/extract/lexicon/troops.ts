// Troops: the nouns that count people under arms, the weak nouns that may
// stand for them ("others", "people"), and the modifiers of their noun phrase.

/** Nouns (lower case) that count people under arms. */
export const TROOP_NOUNS = new Set([
  'soldiers',
  'soldier',
  'troops',
  'forces',
  'personnel',
  'servicemen',
  'serviceman',
  'servicemembers',
  'fighters',
  'men',
  'combatants',
  'infantrymen',
  'commandos',
  'officers',
  'generals',
  'conscripts',
  'recruits',
  'paratroopers',
  'marines',
  'mercenaries',
  'koreans',
  'members',
  'engineers',
  'specialists',
  'gunners',
  'snipers',
  'sappers',
  'operators',
  'advisers',
  'advisors',
  'instructors',
  'reinforcements',
  'deminers',
  'builders',
  'volunteers',
  'troopers',
  'comrades',
]);

/** Nouns that refer back to troops already named ("2,700 others", "300 of them"). */
export const WEAK_NOUNS = new Set(['others', 'more', 'them', 'whom', 'people', 'individuals', 'persons']);

/** Words of a noun phrase that name no kind of soldier: they qualify the phrase, not each other ("more", "the", "of"). */
export const NP_FUNCTION_MODIFIERS = new Set([
  'more',
  'additional',
  'other',
  'extra',
  'further',
  'of',
  'the',
  'its',
  'their',
  'his',
  'these',
  'those',
  'such',
  'total',
]);

/** Modifiers allowed between a figure and its noun. */
export const NP_MODIFIERS = new Set([
  ...NP_FUNCTION_MODIFIERS,
  'elite',
  'special',
  'fresh',
  'new',
  'regular',
  'active',
  'military',
  'army',
  'combat',
  'ground',
  'frontline',
  'front-line',
  'korean',
  'trained',
  'storm',
  'corps',
  'kpa',
  'infantry',
  'special-forces',
  'well-trained',
  'young',
  'enlisted',
  'assault',
  'reconnaissance',
  'armed',
  'uniformed',
  'construction',
  'engineering',
  "north's",
  "people's",
  'engineer',
  'sapper',
  'demining',
  'special-operations',
  'airborne',
  'artillery',
  'missile',
  // "nine service members"
  'service',
]);

/** Military units by name: a figure "of" one counts soldiers ("a battalion of 3,000 North Korean citizens"). */
export const MILITARY_UNITS = new Set([
  'unit',
  'battalion',
  'battalions',
  'brigade',
  'brigades',
  'regiment',
  'regiments',
  'division',
  'divisions',
  'detachment',
  'detachments',
  'platoon',
  'platoons',
  'corps',
]);

/** Nouns for a country's people that name no trade ("citizens", "nationals"): troops only as a unit's members. */
export const PEOPLE_NOUNS = new Set(['citizens', 'nationals']);

/** Verbs that give a unit's make-up before "of" ("consists of", "made up of"). */
export const MAKE_UP_VERBS = new Set(['consist', 'consists', 'consisted', 'consisting', 'composed', 'comprised', 'up']);

/** The places of this war as a whole: a battle "for" one of them is the campaign, not one fight ("the battle for Kursk"). */
export const THEATRE_PLACES: ReadonlySet<string> = new Set(['russia', 'kursk', 'ukraine', 'donbas', 'belgorod', 'bryansk', 'europe']);

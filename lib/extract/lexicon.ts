// Word lists the extractor reads figures with. Small literal sets only: nothing
// is computed at import.

import { NORTH_KOREA } from './north-korea';
import type { Metric, Side } from '../types';

/** Nouns (lower case) that count people under arms. */
export const TROOP_NOUNS = new Set([
  'soldiers', 'soldier', 'troops', 'forces', 'personnel', 'servicemen', 'serviceman',
  'servicemembers', 'fighters', 'men', 'combatants', 'infantrymen', 'commandos', 'officers',
  'generals', 'conscripts', 'recruits', 'paratroopers', 'marines', 'mercenaries', 'koreans',
  'members', 'engineers', 'specialists', 'gunners', 'snipers', 'sappers', 'operators', 'advisers',
  'advisors', 'instructors', 'reinforcements', 'deminers', 'builders',
  'volunteers', 'troopers', 'comrades',
]);

/** Nouns that refer back to troops already named ("2,700 others", "300 of them"). */
export const WEAK_NOUNS = new Set(['others', 'more', 'them', 'whom', 'people', 'individuals', 'persons']);

/** Nouns and participles that name what is counted. */
export const METRIC_WORDS: Readonly<Record<string, Metric>> = {
  deaths: 'killed', death: 'killed', dead: 'killed', fatalities: 'killed', killed: 'killed',
  died: 'killed', slain: 'killed', perished: 'killed', bodies: 'killed', kia: 'killed',
  eliminated: 'killed', fatal: 'killed', fallen: 'killed', deceased: 'killed',
  injuries: 'wounded', injured: 'wounded', wounded: 'wounded', wounds: 'wounded', hurt: 'wounded',
  casualties: 'casualties', casualty: 'casualties', losses: 'casualties',
  captured: 'captured', capture: 'captured', captures: 'captured', prisoners: 'captured', prisoner: 'captured', pows: 'captured',
  pow: 'captured', captives: 'captured', captive: 'captured', surrendered: 'captured',
  detained: 'captured',
  missing: 'missing', mia: 'missing', wia: 'wounded',
  deployed: 'deployed', sent: 'deployed', dispatched: 'deployed', stationed: 'deployed',
  fighting: 'deployed', deploying: 'deployed', sending: 'deployed', dispatching: 'deployed',
  deploy: 'deployed', send: 'deployed', sends: 'deployed', deploys: 'deployed',
  dispatch: 'deployed', transferred: 'deployed', deployment: 'deployed', based: 'deployed',
  moved: 'deployed', redeployed: 'deployed', relocated: 'deployed', shipped: 'deployed',
  transported: 'deployed', stationing: 'deployed', operating: 'deployed', serving: 'deployed',
  arrived: 'deployed', arriving: 'deployed', present: 'deployed',
  positioned: 'deployed', massed: 'deployed',
};

/** Verbs that govern a figure as their object ("captured two", "sent 10,000"). */
export const OBJECT_VERBS: Readonly<Record<string, Metric>> = {
  sent: 'deployed', send: 'deployed', sends: 'deployed', sending: 'deployed',
  deployed: 'deployed', deploy: 'deployed', deploys: 'deployed', deploying: 'deployed',
  dispatched: 'deployed', dispatch: 'deployed', dispatches: 'deployed', dispatching: 'deployed',
  stationed: 'deployed', transferred: 'deployed', transferring: 'deployed', moved: 'deployed',
  committed: 'deployed', provided: 'deployed', supplied: 'deployed', contributed: 'deployed',
  mobilised: 'deployed', mobilized: 'deployed', amassed: 'deployed', massed: 'deployed',
  captured: 'captured', capture: 'captured', captures: 'captured', capturing: 'captured',
  seized: 'captured', detained: 'captured', interrogated: 'captured', holding: 'captured',
  holds: 'captured', questioned: 'captured', took: 'captured',
  killed: 'killed', kill: 'killed', kills: 'killed', killing: 'killed', eliminated: 'killed',
  eliminating: 'killed', neutralised: 'killed', neutralized: 'killed',
  wounded: 'wounded', injured: 'wounded', wounding: 'wounded', injuring: 'wounded',
  lost: 'casualties', losing: 'casualties', suffered: 'casualties',
};

/** Words skipped between a figure's noun and its predicate ("have reportedly been"). */
export const AUX_WORDS = new Set([
  'have', 'has', 'had', 'been', 'being', 'be', 'were', 'was', 'are', 'is', 'reportedly',
  'allegedly', 'apparently', 'currently', 'already', 'now', 'also', 'all', 'believed', 'thought',
  'said', 'feared', 'likely', 'probably', 'possibly', 'presumed', 'estimated', 'to', 'either',
  'since', 'recently', 'just', 'so', 'far', 'reported', 'confirmed', 'each', 'both',
  'in', 'total', 'altogether', 'who', 'that', 'which', 'had', 'got', 'get', 'become', 'became',
  'may', 'might', 'could', 'would', 'will', 'then', 'later', 'subsequently', 'soon', 'while',
  'being', 'as', 'many', 'others', 'more', 'of', 'them', 'whom', 'were', 'ultimately', 'eventually',
  'having',
]);

/** Modifiers allowed between a figure and its noun. */
export const NP_MODIFIERS = new Set([
  'more', 'additional', 'other', 'extra', 'elite', 'special', 'fresh', 'new', 'further',
  'regular', 'active', 'military', 'army', 'combat', 'ground', 'frontline', 'front-line',
  'korean', 'of', 'the', 'its', 'their', 'his', 'these', 'those', 'such', 'total', 'trained',
  'storm', 'corps', 'kpa', 'infantry', 'special-forces', 'well-trained', 'young', 'enlisted',
  'assault', 'reconnaissance', 'armed', 'uniformed', 'construction', 'engineering', 'north\'s', "people's",
  'engineer', 'sapper', 'demining', 'special-operations', 'airborne', 'artillery', 'missile',
]);

/** Role nouns whose side is read off the article ("the lawmaker", "the spy agency"). */
export const ROLE_GROUPS: Readonly<Record<string, string>> = {
  lawmaker: 'lawmaker', lawmakers: 'lawmaker', legislator: 'lawmaker', legislators: 'lawmaker',
  congressman: 'lawmaker', congresswoman: 'lawmaker', mp: 'lawmaker', parliamentarian: 'lawmaker',
  assemblyman: 'lawmaker', rep: 'lawmaker', representative: 'lawmaker',
  agency: 'agency', service: 'agency', intelligence: 'agency',
  official: 'official', officials: 'official', spokesperson: 'official', spokesman: 'official',
  spokeswoman: 'official', ministry: 'ministry', military: 'military', army: 'military',
  president: 'president', minister: 'minister', staff: 'staff', command: 'military',
  commander: 'military', commanders: 'military', general: 'military',
  diplomat: 'official', envoy: 'official', ambassador: 'official', department: 'department',
  pentagon: 'department',
};

/** Speech and report verbs whose subject is the source of a figure. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'state', 'announced',
  'announces', 'announce', 'claimed', 'claims', 'claim', 'estimated', 'estimates', 'estimate',
  'reported', 'reports', 'report', 'reporting', 'wrote', 'writes', 'revealed', 'reveals', 'added', 'adds',
  'informed', 'asserted', 'asserts', 'confirmed', 'confirms', 'noted', 'notes', 'accused',
  'accuses', 'accuse', 'believes', 'believed', 'believe', 'assessed', 'assesses', 'assess',
  'warned', 'warns', 'disclosed', 'discloses', 'indicated', 'put', 'puts', 'putting', 'posted',
  'shared', 'released', 'published', 'briefed', 'explained', 'continued', 'insisted', 'alleged',
  'alleges', 'suggested', 'suggests', 'counted', 'tallied', 'calculated', 'acknowledged',
  'admitted', 'testified', 'cited', 'quoted', 'informs', 'tweeted', 'declared', 'mentioned',
  'observed', 'argued', 'spoke', 'speaking', 'recorded', 'documented', 'verified', 'identified', 'found', 'concluded',
]);

/** Month names and their abbreviations (lower case) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4,
  jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Entities that name a side. Tested in order against a short phrase; the
 * earliest match in the phrase wins. Case-sensitive where a lower-case word
 * would be a common word ("US" / "us").
 */
export function sideEntities(): ReadonlyArray<readonly [RegExp, Side]> {
  return (cachedSides ??= [
    [/\bSouth[ -]Korea(?:n|ns|['’]s)?\b|\bS\.? ?Korea(?:n|['’]s)?\b|\bSeoul\b|\bNIS\b|National Intelligence Service|Joint Chiefs of Staff|\bJCS\b|\bYonhap\b|\bYoon\b|\bCho Tae-yong\b|\bKim Yong-hyun\b|\bShin Won-sik\b|\bLee Jae[- ]myung\b|\bBlue House\b|\bNational Assembly\b|People Power Party|Democratic Party of Korea/, 'kr'],
    [/\bUkrain(?:e|ian|ians|e['’]s)\b|\bKyiv\b|\bKiev\b|\bkyiv\b|\bkiev\b|\bZelensk(?:y|yy|iy|yi)\b|\bGUR\b|\bHUR\b|\bSBU\b|\bBudanov\b|\bSyrsk(?:yi|y|iy)\b|\bUmerov\b|\bSybiha\b|\bKuleba\b|\bYermak\b|\bUkrinform\b|Ukrainska Pravda|\bSuspilne\b|\bZaluzhn(?:yi|y)\b|\bSSO\b|\bYusov\b|\bZSU\b|\bDIU\b|\bSyrskyi\b|\bKovalenko\b|\bSybiha\b|\bBudanov\b/, 'ua'],
    [/\bUS\b|\bU\.S\.?|\bUSA\b|United States|\bAmerican?s?\b|\bPentagon\b|Department of Defen[cs]e|Defen[cs]e Department|\bDoD\b|State Department|Department of State|White House|\bWashington\b|\bBlinken\b|\bAustin\b|\bKirby\b|Sabrina Singh|\bSingh\b|\bRyder\b|\bBiden\b|Jake Sullivan|\bTrump\b|\bHegseth\b|\bRubio\b|\bCIA\b|\bPatel\b|\bSecretary of State\b|\b[Aa]dministration officials?\b|National Security Council|\bNSC\b|Defense Intelligence Agency|\bDIA\b|\bODNI\b|Director of National Intelligence|\bUSFK\b|U\.?S\.? Forces Korea|\bINDOPACOM\b/, 'us'],
    [/\bRussia(?:n|ns|['’]s)?\b|\bMoscow\b|\bKremlin\b|\bPeskov\b|\bPutin\b|\bLavrov\b|\bShoigu\b|\bBelousov\b|\bTASS\b|RIA Novosti|\bZakharova\b|\bGerasimov\b|\bKhinshtein\b|\bKursk (?:regional )?governor\b|\bgovernor of (?:the )?Kursk\b|\bInterfax\b|\bIzvestia\b|\bKommersant\b|\bZvezda\b|\bRIA\b|Rossiyskaya Gazeta/, 'ru'],
    [NORTH_KOREA, 'kp'],
    [/\bNATO\b|\bRutte\b|\bStoltenberg\b|\bISW\b|Institute for the Study of War|\bUN\b|United Nations|\bEU\b|European Union|\bJapan(?:ese)?\b|\bChin(?:a|ese)\b|\bBritain\b|\bBritish\b|\bUK\b|\bU\.K\.|\bFrance\b|\bFrench\b|\bGerman(?:y)?\b|\bPoland\b|\bPolish\b|think[ -]tank|\bCSIS\b|\bRUSI\b|\b38 North\b|\bOSINT\b|\bReuters\b|\bAFP\b|\bBBC\b|\bCNN\b|\bAssociated Press\b|\bAP\b|\bBloomberg\b|New York Times|Wall Street Journal|Washington Post|\bGuardian\b|Financial Times|\bKyodo\b|\bNHK\b|Al Jazeera|\bNewsweek\b|Sky News|\bPolitico\b|\bAxios\b|NK News|Daily NK|\bOryx\b|\bMediazona\b|\bEstonia(?:n)?\b|\bLithuania(?:n)?\b|\bLatvia(?:n)?\b|\bFinland\b|\bFinnish\b|\bNetherlands\b|\bDutch\b|\bCanada\b|\bAustralia(?:n)?\b|\bIAEA\b|\bICRC\b|Red Cross|\bG7\b/, 'other'],
  ]);
}
let cachedSides: Array<readonly [RegExp, Side]> | undefined;

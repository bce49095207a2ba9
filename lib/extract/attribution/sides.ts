// Attribution stage: the side (kr, ua, us, ru, kp, other) of a source phrase,
// from its own entity words, its role noun or its name as the text introduces
// them elsewhere.

import { sentenceEndAt } from '../../text/sentence-end';
import type { Attribution, Side } from '../../types';
import { ROLE_GROUPS, sideEntities } from '../lexicon';
import { type DisabledRules, ruleOn } from '../rule';
import type { Token } from '../tokens';
import { NON_OFFICIAL_SOURCES } from '../lexicon/speech';
import { bareSurname, type FullNames, fullNamesOf, lastFullName } from './surname';
import { CAP_STOP, FIRST_PERSON, GENERIC, NATIONALITY_ONLY_RE, PRONOUNS, ROLE_GROUP_OF } from './words';

/** Earliest side entity in a string, or null. `skipKp` ignores North Korea (the troops' own side). */
export function sideIn(s: string, skipKp = false): { side: Side; index: number } | null {
  // Source phrases come back ("Seoul's spy agency", "officials"): short strings are read once.
  if (s.length > SIDE_MEMO_CHARS) return sideInUncached(s, skipKp);
  const memo = skipKp ? SIDES_SKIP_KP : SIDES;
  let found = memo.get(s);
  if (found === undefined) {
    if (memo.size >= SIDE_MEMO_SIZE) memo.clear();
    found = sideInUncached(s, skipKp);
    memo.set(s, found && Object.freeze(found));
  }
  return found;
}

/** Longest string, and most strings, `sideIn` remembers (a pure function of its string). */
const SIDE_MEMO_CHARS = 100;
const SIDE_MEMO_SIZE = 4096;
const SIDES = new Map<string, Readonly<{ side: Side; index: number }> | null>();
const SIDES_SKIP_KP = new Map<string, Readonly<{ side: Side; index: number }> | null>();

/** Forgets what `sideIn` remembered (its strings may be slices that keep a whole text alive): after each text. */
export function forgetSides(): void {
  SIDES.clear();
  SIDES_SKIP_KP.clear();
}

function sideInUncached(s: string, skipKp: boolean): { side: Side; index: number } | null {
  const found = sideInExact(s, skipKp);
  // An all-capitals headline ("...: SEOUL"): try its words title-cased.
  if (!found && !/\p{Ll}/u.test(s) && /\p{Lu}{4}/u.test(s)) {
    const titled = s.replace(/\p{Lu}{4,}|\p{Lu}+(?=['’]S\b)/gu, (w) => w[0] + w.slice(1).toLowerCase()).replace(/['’]S\b/g, "'s");
    return sideInExact(titled, skipKp);
  }
  return found;
}

/**
 * The side entities' patterns as one: each in a group of its own, in their
 * order. Its first match is the earliest any of them matches, and at that
 * place the first of them in order that matches there: the same answer as
 * trying each alone and keeping the earliest (the first on a tie), in one
 * pass over the string instead of one per side.
 */
export interface SideUnion {
  re: RegExp;
  /** The group of each side's pattern, in order. */
  groups: ReadonlyArray<{ at: number; side: Side }>;
}

let sideUnions: [SideUnion | null, SideUnion | null] | undefined;

/** A group that captures, named or not, or a back reference: a pattern holding one keeps to being tried alone. */
const CAPTURES = /(?:^|[^\\])(?:\\\\)*(?:\((?!\?)|\(\?<(?![=!])|\\[1-9k])/;

/** The side entities' patterns as one (`skipKp`: without North Korea's), or null when one of them cannot join it. */
export function sideUnionPattern(skipKp: boolean): SideUnion | null {
  const parts: string[] = [];
  const groups: { at: number; side: Side }[] = [];
  for (const [re, side] of sideEntities()) {
    if (skipKp && side === 'kp') continue;
    if (re.flags !== '' || CAPTURES.test(re.source)) return null;
    groups.push({ at: groups.length + 1, side });
    parts.push(`(${re.source})`);
  }
  return { re: new RegExp(parts.join('|')), groups };
}

function sideInExact(s: string, skipKp: boolean): { side: Side; index: number } | null {
  sideUnions ??= [sideUnionPattern(false), sideUnionPattern(true)];
  const union = sideUnions[skipKp ? 1 : 0];
  if (union === null) return sideEachAlone(s, skipKp);
  const m = union.re.exec(s);
  if (!m) return null;
  for (const g of union.groups) if (m[g.at] !== undefined) return { side: g.side, index: m.index };
  return null;
}

/** The side entities tried one by one, the earliest kept (the first on a tie). */
function sideEachAlone(s: string, skipKp: boolean): { side: Side; index: number } | null {
  let best: { side: Side; index: number } | null = null;
  for (const [re, side] of sideEntities()) {
    if (skipKp && side === 'kp') continue;
    const m = re.exec(s);
    if (m && (best === null || m.index < best.index)) best = { side, index: m.index };
  }
  return best;
}

const on = (memo: SideMemo, id: string): boolean => ruleOn(memo.disabled, id);

/** Per-text memo: sides resolved for names; side-marked mentions of each role group. */
export class SideMemo {
  constructor(readonly disabled?: DisabledRules) {}
  readonly names = new Map<string, Side | null>();
  readonly roles = new Map<string, ReadonlyArray<readonly [number, Side]>>();
  /** The agencies the text names, in text order (read once per text). */
  agencies?: ReadonlyArray<readonly [number, string]>;
  /** Whether the text matches each of the whole-text patterns asked about (read once per text). */
  readonly matches = new Map<RegExp, boolean>();
  /** Characters `nameSide` may still search through (set on first use; see NAME_SEARCH_PER_CHAR). */
  nameSearch?: number;
  /** The full names of each surname the text names (./surname.ts), read once per surname. */
  readonly fullNames = new Map<string, FullNames>();
}

/** The full names of surname `name` in the text, read once (from the same search budget as `nameSide`). */
function fullNames(text: string, name: string, memo: SideMemo): FullNames {
  let names = memo.fullNames.get(name);
  if (names === undefined) {
    memo.nameSearch ??= NAME_SEARCH_PER_CHAR * text.length + NAME_SEARCH_FLOOR;
    const budget = { left: memo.nameSearch };
    memo.fullNames.set(name, (names = fullNamesOf(text, name, budget)));
    memo.nameSearch = budget.left;
  }
  return names;
}

/** Whether `re` (not global) matches anywhere in the text, once per text. */
function textMatches(text: string, re: RegExp, memo: SideMemo): boolean {
  let hit = memo.matches.get(re);
  if (hit === undefined) memo.matches.set(re, (hit = re.test(text)));
  return hit;
}

/**
 * How far the names of a text are looked up elsewhere in it: this many times
 * its length in characters searched, in all (plus a floor for short texts).
 * An article names a few people; a page naming thousands gets the first
 * thousands looked up, the rest are "other", and the work stays linear.
 */
const NAME_SEARCH_PER_CHAR = 16;
const NAME_SEARCH_FLOOR = 1_000_000;

/** Ukraine's HUR and Russia's GRU share a name in English: "the Main Intelligence Directorate". */
const DIRECTORATE_RE = /\bMain (?:Intelligence )?Directorate\b/;
const UKRAINE_DIRECTORATE_RE = /\b(?:HUR|GUR|DIU)\b|\bUkrain\w* (?:military |defen[cs]e )?intelligence\b/;
const RUSSIA_DIRECTORATE_RE = /\bGRU\b|\bRussia\w* (?:military )?intelligence\b/;

const SEOUL_OR_AGENCY_RE = /\bNIS\b|National Intelligence Service|South Korea|\bSeoul\b|spy agency/;
const SEOUL_RE = /\bNIS\b|National Intelligence Service|South Korea|\bSeoul\b/;
const AGENCY_RE =
  /\bNIS\b|National Intelligence Service|\bKCNA\b|Korean Central News Agency|\bHUR\b|\bGUR\b|\bSBU\b|\bCIA\b|\bDIA\b|Defense Intelligence Agency|\bTASS\b|\bYonhap\b/g;

/** Every word of a role group, as a global case-insensitive pattern (exported for the ReDoS check). */
export function rolePattern(group: string): RegExp {
  const words = Object.keys(ROLE_GROUPS).filter((w) => ROLE_GROUPS[w] === group);
  return new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi');
}

/** Side of a role group ("lawmaker") from its first mention in the text that carries one. */
function roleSide(text: string, group: string, memo: SideMemo, at = Infinity, laterToo = true, spy = false): Side | null {
  let mentions = memo.roles.get(group);
  if (!mentions) {
    const found: Array<readonly [number, Side]> = [];
    const re = rolePattern(group);
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 200) {
      const window = text.slice(Math.max(0, m.index - 32), m.index + m[0].length);
      const clause = window.split(/[,;.:"“”()\n]/).pop() ?? '';
      const s = sideIn(clause.split(/\s+/).slice(-5).join(' '), true);
      if (s) found.push([m.index, s.side]);
    }
    mentions = found;
    memo.roles.set(group, mentions);
  }
  // The nearest mention before `at` ("Seoul's spy agency ... the agency said").
  let best: Side | null = null;
  let bestAt = -1;
  if (on(memo, 'role-named-elsewhere')) {
    let n = mentionsUpTo(mentions, at);
    // ("the spy agency": the last spy agency given a side, not another intelligence body: "the Ukrainian intelligence agency".)
    if (spy && on(memo, 'spy-agency-is-seouls'))
      while (n > 0 && !/spy\s$/i.test(text.slice(mentions[n - 1]![0] - 4, mentions[n - 1]![0]))) n--;
    if (n > 0) [bestAt, best] = mentions[n - 1]!;
  }
  // ... unless an agency is named by name nearer ("Ukraine's intelligence agency, HUR, ... The NIS told ... The agency said").
  if (group === 'agency' && at !== Infinity && on(memo, 'agency-named-before')) {
    const named = agencyBefore(text, memo, at);
    if (named && named[0] > bestAt) {
      const s = sideIn(named[1]);
      if (s) return s.side;
    }
  }
  if (best) return best;
  // "the spy agency" before any agency is named: Seoul's NIS, as English reporting calls it, in a text naming Seoul.
  if (spy && at !== Infinity && on(memo, 'spy-agency-is-seouls') && !agencyBefore(text, memo, at) && textMatches(text, SEOUL_RE, memo))
    return 'kr';
  // "the agency": the nearest agency the text named before; else the first it names after.
  const agency = group === 'agency' && at !== Infinity ? namedAgency(text, memo, at) : null;
  if (agency) return agency;
  // Else a later mention that carries a side (`laterToo`: "the agency" may be introduced after; "an official" may not).
  const later = laterToo && on(memo, 'role-named-elsewhere') ? (mentions[0]?.[1] ?? null) : null;
  if (later) return later;
  // Lawmakers briefed on North Korean troops are South Korea's, when the text names its spy agency or Seoul.
  if (group === 'lawmaker' && on(memo, 'lawmakers-are-seouls') && textMatches(text, SEOUL_OR_AGENCY_RE, memo)) return 'kr';
  return null;
}

/** How many of a role's mentions (in text order) stand at or before `at` (binary search). */
function mentionsUpTo(mentions: ReadonlyArray<readonly [number, Side]>, at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The side of the agency named nearest before `at` (agency-named-before), else of the first named after it (agency-named-after). */
/** The agencies the text names, with where (read once per text). */
function agenciesOf(text: string, memo: SideMemo): ReadonlyArray<readonly [number, string]> {
  if (!memo.agencies) {
    const found: Array<readonly [number, string]> = [];
    AGENCY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AGENCY_RE.exec(text)) !== null) found.push([m.index, m[0]]);
    memo.agencies = found;
  }
  return memo.agencies;
}

/** How many of the text's named agencies stand before `at` (binary search: one read of the text serves every cue). */
function agenciesBefore(list: ReadonlyArray<readonly [number, string]>, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last agency named before `at`, with where. */
function agencyBefore(text: string, memo: SideMemo, at: number): readonly [number, string] | null {
  const list = agenciesOf(text, memo);
  const n = agenciesBefore(list, at);
  return n > 0 ? list[n - 1]! : null;
}

function namedAgency(text: string, memo: SideMemo, at: number): Side | null {
  const list = agenciesOf(text, memo);
  const lo = agenciesBefore(list, at);
  const last = lo > 0 && on(memo, 'agency-named-before') ? list[lo - 1]![1] : null;
  // ("Spy agency says ..." in a headline, "National Intelligence Service" in the body.)
  const next = !last && lo < list.length && on(memo, 'agency-named-after') ? list[lo]![1] : null;
  const s = last || next ? sideIn((last ?? next)!) : null;
  return s?.side ?? null;
}

/**
 * The rest of a name, then an apposition: " Sun-won, a lawmaker on the
 * intelligence committee" (group 1: the apposition). The capitalised words
 * are read in one way only (each after a space starts with a capital), so a
 * run of capitals ("KIM JONG UN SAID") costs linear time, not exponential.
 */
export const APPOSITION_RE = /^(?:[\s-]*\p{Lu}[\p{L}-]*(?:\s[\s-]*\p{Lu}[\p{L}-]*)*)?\s*,\s*(?:a|an|the)\s+([^,.;]{1,80})/u;

/** Role nouns before a name ("lawmaker Lee") or in its apposition. */
const NAME_ROLE_RE =
  /\b(lawmakers?|legislators?|congress(?:wo)?man|parliamentarian|mp|rep|agency|service|officials?|spokes(?:man|woman|person)|minister|president|diplomat|envoy)\b/i;
/** NAME_ROLE_RE, every match. */
const NAME_ROLE_ALL_RE =
  /\b(lawmakers?|legislators?|congress(?:wo)?man|parliamentarian|mp|rep|agency|service|officials?|spokes(?:man|woman|person)|minister|president|diplomat|envoy)\b/gi;
/** Words that may stand between a role and the name it introduces ("spokesman Col. Lee"). */
const ROLE_NAME_GAP_RE = /^\.?(?:\s+\p{Lu}[\p{L}.-]*)*\s*$/u;

/** The rest of a name after its first word: " Sun-won" of "Park Sun-won" (at most three capitalised words). */
const NAME_REST_RE = /^(?:[ -]\p{Lu}[\p{L}'’-]*){1,3}/u;

/** The role noun before a name: the last one in `s`, when only capitalised words stand after it (role-just-before); else any. */
function roleJustBefore(s: string, memo: SideMemo): RegExpExecArray | null {
  if (!on(memo, 'role-just-before')) return NAME_ROLE_RE.exec(s);
  let last: RegExpExecArray | null = null;
  for (const m of s.matchAll(NAME_ROLE_ALL_RE)) last = m;
  return last && ROLE_NAME_GAP_RE.test(s.slice(last.index + last[0].length)) ? last : null;
}

/** "Lee ... told reporters after a South Korean intelligence briefing": the briefing's maker (group 1). */
const AFTER_BRIEFING_RE = /\b(?:after|following|from|by|briefed by|citing)\s+(?:an?\s+|the\s+)?([^,;.]{0,60})/i;

/** Side of a person named `name` from the contexts where the text names them. */
function nameSide(text: string, name: string, memo: SideMemo): Side | null {
  const key = name;
  if (memo.names.has(key)) return memo.names.get(key) ?? null;
  memo.names.set(key, null);
  memo.nameSearch ??= NAME_SEARCH_PER_CHAR * text.length + NAME_SEARCH_FLOOR;
  const sideBefore = on(memo, 'name-side-before');
  const roleBefore = on(memo, 'name-role-before');
  let from = 0;
  let n = 0;
  while (n++ < 50 && memo.nameSearch > 0) {
    const i = text.indexOf(name, from);
    memo.nameSearch -= (i < 0 ? text.length : i) - from;
    if (i < 0) break;
    from = i + name.length;
    if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[from] ?? '')) continue;
    // The line around the name, at most 60 characters before and 160 after (no scan to the line's ends).
    const wideBefore = text.slice(Math.max(0, i - 60), i);
    const before = wideBefore.slice(wideBefore.lastIndexOf('\n') + 1);
    const wideAfter = text.slice(from, from + 160);
    const lineEnd = wideAfter.indexOf('\n');
    const after = lineEnd < 0 ? wideAfter : wideAfter.slice(0, lineEnd);
    const afterSentence = after.split(/(?<=[.!?])\s/)[0] ?? after;
    const clause = before.split(/[,;.:"“”]/).pop() ?? '';
    // "Rep. Park Sun-won ... Park said": the full name is one the side lexicon knows.
    const rest = on(memo, 'name-full') ? NAME_REST_RE.exec(after) : null;
    // (North Korea's side counts here: "Kim Jong Un" is a full name the lexicon knows, not the troops' nationality.)
    let s = rest ? (sideIn(name + rest[0])?.side ?? null) : null;
    // "South Korean lawmaker Lee", "lawmaker Lee" (a role the article gives a side elsewhere).
    if (!s && sideBefore) s = sideIn(clause, true)?.side ?? null;
    // (The role stands just before the name: "Officials in Tokyo" names no role of Tokyo's.)
    const role = roleBefore ? roleJustBefore(clause, memo) : null;
    if (!s && role) {
      const g = ROLE_GROUPS[role[1]!.toLowerCase()];
      s = g ? roleSide(text, g, memo) : null;
    }
    // Apposition: "Park Sun-won, a lawmaker on the intelligence committee".
    if (!s && on(memo, 'name-apposition')) {
      const ap = APPOSITION_RE.exec(after);
      if (ap) {
        const found = sideIn(on(memo, 'based-names-no-side') ? unplaced(ap[1]!) : ap[1]!, true);
        s = found ? (partisan(ap[1]!, found.index, memo) ? 'other' : found.side) : null;
        const r = s ? null : NAME_ROLE_RE.exec(ap[1]!);
        const g = r ? ROLE_GROUPS[r[1]!.toLowerCase()] : undefined;
        if (g) s = roleSide(text, g, memo);
      }
    }
    // "Lee ... told reporters after a South Korean intelligence briefing".
    if (!s && on(memo, 'name-after-briefing')) {
      const m = AFTER_BRIEFING_RE.exec(afterSentence);
      if (m) s = sideIn(m[1]!.split(/\s+/).slice(0, 4).join(' '), true)?.side ?? null;
    }
    if (!s) {
      // (Within the name's own sentence: "... fighting for Russia. Kim said" names no side of Kim's.)
      const own = on(memo, 'name-side-own-sentence') ? ownSentence(before) : before;
      const role2 = roleBefore ? roleJustBefore(own, memo) : null;
      const g = role2 ? ROLE_GROUPS[role2[1]!.toLowerCase()] : undefined;
      s = (sideBefore ? sideIn(own, true)?.side : undefined) ?? (g ? roleSide(text, g, memo) : null);
    }
    if (s) {
      memo.names.set(key, s);
      return s;
    }
  }
  return null;
}

/** The part of `before` (the text just before a name) in the name's own sentence: after the last stop that ends one (`sentenceEndAt`). */
function ownSentence(before: string): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let end = sentenceEndAt(before, i);
    if (end < 0) continue;
    while (end < before.length && /\s/.test(before[end]!)) end++;
    return before.slice(end);
  }
  return before;
}

/**
 * The side of a source phrase: its own entity words, else its role noun or
 * its name as the article introduces them elsewhere, else "other" when it
 * names someone; null when it names no one. Pronouns are left to the caller.
 */
export function resolvePhrase(text: string, phrase: readonly Token[], memo: SideMemo): Attribution | null {
  const a = resolveOfficial(text, phrase, memo);
  // "A South Korean news agency", "the human rights group X": no officials, whatever their country.
  if (a && a.side !== 'other' && on(memo, 'media-are-no-officials') && namesMedia(phrase)) {
    // Unless an official or an outlet of a side is named ("Yonhap news agency").
    if (!sideIn(a.text.replace(NATIONALITY_ONLY_RE, ' '))) return { side: 'other', text: a.text };
  }
  return a;
}

/** A phrase naming media or a group that holds no office ("a news agency", "a human rights group"), not state media. */
function namesMedia(phrase: readonly Token[]): boolean {
  let media = false;
  for (let i = 0; i < phrase.length; i++) {
    const w = phrase[i]!.w;
    if (w === 'state' || w === 'state-run') return false;
    if (!media) media = NON_OFFICIAL_SOURCES.has(w) || (w === 'news' && (phrase[i + 1]?.w.startsWith('agenc') ?? false));
  }
  return media;
}

/**
 * "Pro-Russian war blogger", "a pro-Kremlin channel", "the Kremlin's critics",
 * "critics of the Kremlin" (where the phrase holds it): the side named at
 * `index` of `s` is one they take or oppose, not theirs.
 */
const partisan = (s: string, index: number, memo: SideMemo): boolean =>
  on(memo, 'partisan-is-other') &&
  // (Only a side right after a hyphen can be taken: most are refused with no slice and no regex.)
  ((s.charCodeAt(index - 1) === 45 && /(?:^|[^\p{L}])(?:pro|anti)-$/iu.test(s.slice(Math.max(0, index - 5), index))) || opposes(s, index));

/** Words for those against a side ("the Kremlin's critics", "opponents of the government"). */
const OPPONENTS_RE = /\b(?:critics|opponents|detractors)\b/i;
const OPPONENTS_OF_BEFORE_RE = /\b(?:critics|opponents|detractors) of (?:the )?$/i;
const OWN_OPPONENTS_AFTER_RE = /^[\p{L} .-]{1,30}?['’]s (?:own |many |fiercest |harshest )?(?:critics|opponents|detractors)\b/iu;

/** The side at `index` of `s` is what its speakers oppose: "critics of the Kremlin", "the Kremlin's critics". */
function opposes(s: string, index: number): boolean {
  if (!OPPONENTS_RE.test(s)) return false;
  return OPPONENTS_OF_BEFORE_RE.test(s.slice(Math.max(0, index - 24), index)) || OWN_OPPONENTS_AFTER_RE.test(s.slice(index, index + 48));
}

/** An outlet's own people ("our correspondent", "our Seoul bureau"). */
const OWN_REPORTERS = new Set([
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'bureau',
  'journalist',
  'journalists',
  'team',
  'desk',
  'editor',
]);

/** "our correspondent", "my Seoul bureau": "our" or "my", and one of OWN_REPORTERS. */
function ownReporter(phrase: readonly Token[]): boolean {
  // (Most phrases hold neither "our" nor "my": their words are not looked up.)
  if (!phrase.some(isOursOrMy)) return false;
  for (const t of phrase) if (OWN_REPORTERS.has(t.w)) return true;
  return false;
}
const isOursOrMy = (t: Token): boolean => t.w === 'our' || t.w === 'my';

/** A name's word as written: a capital, then a lower-case letter or only capitals. */
const NAME_WORD_RE = /^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u;

function resolveOfficial(text: string, phrase: readonly Token[], memo: SideMemo): Attribution | null {
  if (phrase.length === 0) return null;
  const first = phrase[0]!;
  const last = phrase[phrase.length - 1]!;
  let raw = text.slice(first.start, last.end);
  // "Ukraine's military intelligence (HUR)": a parenthesis the phrase opens is closed in its words.
  if (text.charCodeAt(last.end) === 41 && raw.lastIndexOf('(') > raw.lastIndexOf(')')) raw += ')';
  // "Our Moscow correspondent reports": the outlet's own reporter, named by where they are, is no one's official.
  if (on(memo, 'own-reporter') && ownReporter(phrase)) return null;
  // ("The Washington-based Institute for the Study of War": where a source sits is not whose it is.)
  const direct = sideIn(on(memo, 'based-names-no-side') ? unplaced(raw) : raw);
  if (direct) return { side: partisan(raw, direct.index, memo) ? 'other' : direct.side, text: raw };
  // South Korea's Democratic Party, in a text about Seoul's briefings.
  if (on(memo, 'seoul-party') && /\bDemocratic Party\b/.test(raw) && textMatches(text, SEOUL_RE, memo)) return { side: 'kr', text: raw };
  // "the Main Intelligence Directorate": Ukraine's HUR or Russia's GRU, as the text names one of them.
  if (on(memo, 'directorate-by-text') && DIRECTORATE_RE.test(raw)) {
    const ua = textMatches(text, UKRAINE_DIRECTORATE_RE, memo);
    const ru = textMatches(text, RUSSIA_DIRECTORATE_RE, memo);
    if (ua !== ru) return { side: ua ? 'ua' : 'ru', text: raw };
  }
  if (phrase.length === 1 && PRONOUNS.has(first.w)) return null;
  if (on(memo, 'we-name-no-one') && phrase.some((t) => FIRST_PERSON.has(t.w))) return null;
  for (let i = phrase.length - 1; i >= 0; i--) {
    const t = phrase[i]!;
    // ("the agency's count": the role noun in the possessive; the tokenizer straightens curly apostrophes.)
    const g = ROLE_GROUP_OF.get(t.w) ?? (i === phrase.length - 1 && t.w.endsWith("'s") ? ROLE_GROUP_OF.get(t.w.slice(0, -2)) : undefined);
    if (g && !(t.w === 'intelligence' && phrase[i + 1])) {
      // "a senior official" is someone new: no later mention of officials is theirs.
      const indefinite = (first.w === 'a' || first.w === 'an') && on(memo, 'indefinite-role-looks-back');
      const s = roleSide(text, g, memo, first.start, !indefinite, g === 'agency' && phrase[i - 1]?.w === 'spy');
      if (s) return { side: s, text: raw };
    }
  }
  const name = firstName(phrase);
  if (name !== null) {
    // "Kim said", after "Defence Minister Kim Yong-hyun": the last full name of that surname before it (./surname.ts).
    const at = phrase.find((t) => t.raw === name)!.start;
    const full = on(memo, 'surname-last-full-name') && bareSurname(text, name, at) ? lastFullName(fullNames(text, name, memo), at) : null;
    // (The lexicon's side of a full name is name-full's reading, as for the surname read alone.)
    const own = full ? ((on(memo, 'name-full') ? sideIn(full)?.side : null) ?? nameSide(text, full, memo)) : null;
    if (own) return { side: own, text: raw };
    const s = nameSide(text, name, memo);
    if (s) return { side: s, text: raw };
    return on(memo, 'named-is-other') ? { side: 'other', text: raw } : null;
  }
  return null;
}

/** The first word of a phrase written as a name ("Park", "NIS"), not a title or a generic noun, as written; or null. */
function firstName(phrase: readonly Token[]): string | null {
  for (const t of phrase) {
    // (startsUpper first: most words of a phrase are refused with no slice of the text.)
    if (!t.startsUpper()) continue;
    const raw = t.raw;
    if (NAME_WORD_RE.test(raw) && !CAP_STOP.has(raw) && !GENERIC.has(t.w)) return raw;
  }
  return null;
}

/** `s` with the places its sources sit in ("Washington-based", "Seoul-based") blanked, offsets kept. */
function unplaced(s: string): string {
  let out = s;
  for (let i = s.indexOf('-based'); i >= 0; i = s.indexOf('-based', i + 6)) {
    if (/\p{L}/u.test(s[i + 6] ?? '')) continue;
    // The place's word, read back over its letters and full stops ("U.S.-based").
    let a = i;
    while (a > 0 && /[\p{L}.]/u.test(s[a - 1]!)) a--;
    out = out.slice(0, a) + ' '.repeat(i + 6 - a) + out.slice(i + 6);
  }
  return out;
}

/** True for a lone third-person pronoun ("he said"), which the caller resolves to the last speaker. */
export function isPronounPhrase(phrase: readonly Token[]): boolean {
  return phrase.length === 1 && PRONOUNS.has(phrase[0]!.w);
}

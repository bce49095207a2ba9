// Attribution stage: the rules that find a speech cue at one token of a
// sentence, in the order they are tried (the first that claims the token
// decides). Their cases are in ./cue-cases.ts.

import type { Attribution } from '../../types';
import { SPEECH_VERBS, TROOP_NOUNS } from '../lexicon';
import { type DisabledRules, type RuleInfo, ruleOn } from '../rule';
import { BE_AUX, PREPS } from '../grammar';
import { isWord, type Token } from '../tokens';
import { CUE_CASES } from './cue-cases';
import { GAPPED_CUE_RULES } from './gapped-cues';
import { entryOpening, phraseAfter, subjectBefore } from './phrases';
import { DOCUMENT_NOUNS, ESTIMATE_NOUNS, SOURCE_PARTICIPLES, SUBJECT_PARTICIPLES } from '../lexicon/speech';
import { MODALS } from '../scope/words';
import { BEFORE_VERB_SKIP, GENRE_LABELS, GENRE_TAILS, METRIC_OF, MONTH_OF, POSSESSIVE_PRONOUNS, THAT_TIME } from './words';

/** A speech cue in a sentence: where it stands and the phrase naming its source. */
export interface Cue {
  /** Offset the cue is measured from (its verb or preposition). */
  at: number;
  /** Index of that token in its sentence's tokens. */
  k: number;
  /** Source phrase tokens, in order. */
  phrase: Token[];
  /** The side once resolved (undefined: not yet). */
  resolved?: Attribution | null;
  /** A headline label ("North Korea: ..."), used only when nothing better speaks. */
  weak?: boolean;
  /** "X said that ...", ", with X reporting ...": the cue speaks only for what follows it. */
  forward?: boolean;
  /** The id of the cue rule that found it (set by findCues). */
  rule?: string;
  /** The id of the rule that resolved a phrase naming no side itself ("he", "the statement"), for a trace. */
  via?: string;
}

/**
 * What a cue rule makes of token k: a cue; `false` when the token is the
 * rule's but opens no cue (no later rule reads it); undefined when it is not
 * the rule's.
 */
export type CueRead = Cue | false | undefined;

export interface CueRule extends RuleInfo {
  read(T: readonly Token[], k: number, disabled: DisabledRules): CueRead;
  /** The words (lower case) whose token `read` may claim: on any other, it says undefined (findCues does not ask it). */
  opens(w: string): boolean;
}

export { CUE_MARKS, CUE_WORDS } from '../lexicon/cue-openers';

const QUOTE_OR_COMMA = new Set([',', '"', '”', '’', '“', '‘', "'", '»', '«']);
const POSSESSIVE: ReadonlySet<string> = new Set(POSSESSIVE_PRONOUNS);
/** Nouns after a possessive that make a headline label a source ("South Korea's spy agency:", "Kyiv's count:"). */
const LABEL_SPEAKERS = new Set([
  'intelligence',
  'agency',
  'military',
  'ministry',
  'army',
  'forces',
  'government',
  'president',
  'officials',
  'command',
  'staff',
  'spokesman',
  'spokesperson',
  'service',
  'media',
  'count',
  'estimate',
  'tally',
  'data',
  'figures',
]);
/** Marks that open a quote after a colon. */
const OPENING_QUOTES = new Set(['"', '“', '„', '«']);
/** Verbs whose subject is data ("Data compiled by Oryx show ..."): the maker's name ends before them. */
const DATA_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'suggest',
  'suggests',
  'indicate',
  'indicates',
  'put',
  'puts',
  'list',
  'lists',
  'reveal',
  'reveals',
  'count',
  'counts',
  'point',
  'points',
]);
/** Words after an estimate noun that make it a noun ("the Pentagon estimate of", "the NIS figure is"), not a verb ("Seoul and Washington estimate that"). */
const ATTRIBUTIVE_NEXT = new Set(['of', 'is', 'was', 'stands', 'stood', 'remains', 'remained', 'has', 'had', 'at', 'put', 'puts']);
/** Words of North Korea's names: "the North Korean count" is what is counted, no source. */
const NORTH_KOREAN_WORDS = new Set(['north', 'korean', 'koreans', 'korea', 'pyongyang', 'dprk', 'kcna']);
/** Verbs of giving a figure that take an object, never a speaker after them ("..., put the number at 11,000"). */
const NOT_INVERTED = new Set([
  'put',
  'puts',
  'putting',
  'counted',
  'tallied',
  'calculated',
  'released',
  'published',
  'posted',
  'shared',
  'found',
  'identified',
  'verified',
  'documented',
  'recorded',
  'accused',
  'cited',
  'quoted',
  'briefed',
  'informed',
  // "X, the head of HUR, told the newspaper that ...": after "told" stands who heard it.
  'told',
  'tells',
  'telling',
]);
/** Verbs of speech that are nouns as well ("reports that", "claims that"). */
const SPEECH_NOUNS = new Set(['reports', 'report', 'claims', 'claim', 'estimates', 'estimate']);
/** Verbs (not in -ed) and words that take a noun of speech as their object ("verify claims", "deny reports", "unconfirmed reports"). */
const OBJECT_TAKERS = new Set([
  'verify',
  'confirm',
  'deny',
  'denies',
  'dismiss',
  'dismisses',
  'reject',
  'rejects',
  'dispute',
  'disputes',
  'rebut',
  'refute',
  'refutes',
  'cite',
  'cites',
  'echo',
  'echoes',
  'repeat',
  'repeats',
  'corroborate',
  'investigate',
  'address',
  'addressing',
  'denying',
  'dismissing',
  'rejecting',
  'disputing',
  'amid',
  'despite',
  'following',
  'unverified',
  'unconfirmed',
  'earlier',
  'previous',
  'recent',
  'such',
  'these',
  'those',
]);
const STATE_NOUN_RE = /^(?:media|television|tv|news|broadcaster|outlets?|-run)$/;
const capitalised = (t: Token | undefined) => t?.startsUpper() === true;
/** A modifier between a possessor and its estimate ("own", "latest", "more cautious", "revised"): no article, verb or noun of its own. */
/** Verbs that give an estimate ("has given a lower estimate of", "offered an estimate of"). */
const GIVE_VERBS = new Set([
  'given',
  'gave',
  'gives',
  'give',
  'offered',
  'offers',
  'provided',
  'provides',
  'issued',
  'issues',
  'published',
  'released',
]);
/** Articles: a word after one is a noun ("a lower estimate", "the report"). */
const ARTICLES = new Set(['a', 'an', 'the']);
const ESTIMATE_MODIFIER_RE =
  /^(?:own|latest|last|new|newest|earlier|previous|first|initial|current|revised|updated|official|more|less|most|far|much|higher|lower|cautious|conservative|careful|grim|grimmer|grimmest|bleak|bleaker|sober|rough|internal|public|private|final|preliminary|unofficial|provisional)$/;
/** The phrase of "with X estimating": the words after a "with" that opens a clause, up to the participle at `k`; null when there is none. */
function withSubject(T: readonly Token[], k: number): Token[] | null {
  for (let b = k - 1; b >= 0 && k - b <= 6; b--) {
    const x = T[b]!;
    if (x.w === 'with') return b + 1 < k && (T[b - 1]?.w === ',' || b === 0) ? T.slice(b + 1, k) : null;
    if (!isWord(x)) return null;
  }
  return null;
}

/** A phrase naming North Korean troops ("North Korean soldiers"): a troop noun and a word of North Korea's. */
function northKoreanTroops(phrase: readonly Token[]): boolean {
  return phrase.some(isTroopNoun) && phrase.some(isNorthKorean);
}
const isTroopNoun = (x: Token): boolean => TROOP_NOUNS.has(x.w);
const isNorthKorean = (x: Token): boolean => x.w === 'north' || x.w === 'korean' || x.w === 'koreans';

/** A cue at token k, with every field of a Cue set (the later ones undefined): one shape for all cues. */
/**
 * "citing officials in Kyiv", "quoting a source in Seoul": a source phrase of
 * common nouns ("officials", "a source") goes on with the capitalised place
 * after its "in", which says whose they are.
 */
function withPlace(T: readonly Token[], phrase: Token[]): Token[] {
  const last = phrase[phrase.length - 1];
  if (!last || phrase.some((t) => t.startsUpper())) return phrase;
  let i = T.indexOf(last) + 1;
  if (T[i]?.w !== 'in' || !capitalised(T[i + 1])) return phrase;
  const out = [...phrase, T[i]!];
  for (i++; capitalised(T[i]) && out.length < phrase.length + 4; i++) out.push(T[i]!);
  return out;
}

const cue = (T: readonly Token[], k: number, phrase: Token[], weak?: boolean, forward?: boolean): Cue => ({
  at: T[k]!.start,
  k,
  phrase,
  resolved: undefined,
  weak,
  forward,
  rule: undefined,
  via: undefined,
});

/**
 * The tokens after k but full stops, when there are one to `max` of them and
 * all are capitalised words (a headline's closing source); else null. Counted
 * first: a long rest is refused without being copied.
 */
function capitalisedTail(T: readonly Token[], k: number, max: number): Token[] | null {
  let n = 0;
  for (let j = k + 1; j < T.length; j++) if (T[j]!.w !== '.' && ++n > max) return null;
  if (n === 0) return null;
  const rest = T.slice(k + 1).filter((x) => x.w !== '.');
  return rest.every((x) => isWord(x) && capitalised(x)) ? rest : null;
}

const rule = (id: string, summary: string, opens: CueRule['opens'], read: CueRule['read']): CueRule => ({
  id,
  stage: 'attribution',
  summary,
  cases: CUE_CASES[id] ?? [],
  read,
  opens,
});
/** `opens` for one word, or a few. */
const just =
  (...words: string[]) =>
  (w: string): boolean =>
    words.includes(w);
const inSet =
  (set: ReadonlySet<string>) =>
  (w: string): boolean =>
    set.has(w);

export const CUE_RULES: readonly CueRule[] = [
  // "; Kyiv, at 12,000", "while Ukraine places the figure at ..." (./gapped-cues.ts): words no other rule claims.
  ...GAPPED_CUE_RULES,
  rule('per-source', '"per Seoul", "per the Pentagon": the capitalised name after "per" ("per day" is no one)', just('per'), (T, k) => {
    if (T[k]!.w !== 'per' || !capitalised(T[k + 1]?.w === 'the' ? T[k + 2] : T[k + 1])) return undefined;
    return cue(T, k, phraseAfter(T, k + 1));
  }),
  rule('according-to', '"according to X", "according to the data of X": X', just('according'), (T, k) => {
    if (T[k]!.w !== 'according' || T[k + 1]?.w !== 'to') return undefined;
    // "according to the data of the Main Intelligence Directorate": the maker of the data.
    let b = k + 2;
    if (T[b]?.w === 'the') b++;
    const made = ESTIMATE_NOUNS.has(T[b]?.w ?? '') && (T[b + 1]?.w === 'of' || T[b + 1]?.w === 'from');
    const maker = made && capitalised(T[b + 2]?.w === 'the' ? T[b + 3] : T[b + 2]);
    return cue(T, k, phraseAfter(T, maker ? b + 2 : k + 2));
  }),
  rule(
    'citing-or-by',
    '"citing X", "quoting X", "cited by X", "released by X": X',
    (w) => w === 'citing' || w === 'quoting' || SOURCE_PARTICIPLES.has(w),
    (T, k) => {
      const w = T[k]!.w;
      // ("citing two US officials": how many speak is no part of who they are.)
      if (w === 'citing' || w === 'quoting') return cue(T, k, withPlace(T, phraseAfter(T, (T[k + 1]?.fig ?? -1) >= 0 ? k + 2 : k + 1)));
      return SOURCE_PARTICIPLES.has(w) && T[k + 1]?.w === 'by' ? cue(T, k, phraseAfter(T, k + 2)) : undefined;
    },
  ),
  rule(
    'passive-speech-by',
    '"disclosed last December by X", "was stated by X": the agent a few words after a spoken participle',
    (w) => w.endsWith('ed') && SPEECH_VERBS.has(w),
    (T, k) => {
      const w = T[k]!.w;
      if (!w.endsWith('ed') || !SPEECH_VERBS.has(w)) return undefined;
      let b = k + 1;
      while (b < T.length && b <= k + 4 && isWord(T[b]) && T[b]!.w !== 'by' && T[b]!.w !== 'that') b++;
      const next = T[b + 1];
      // "announced by March" is a deadline, "by 3,000" a difference.
      return T[b]?.w === 'by' && next && !MONTH_OF.has(next.w) && next.fig < 0 ? cue(T, k, phraseAfter(T, b + 1)) : undefined;
    },
  ),
  rule(
    'estimate-from',
    '"estimates from the US", "figures by Kyiv", "data compiled by X", "a briefing by X", "a report by X": the named maker of an estimate',
    (w) => ESTIMATE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || w === 'briefing',
    (T, k) => {
      const w = T[k]!.w;
      // "Data compiled by Oryx", "figures gathered by the Pentagon": a participle between the estimate and its maker.
      if (ESTIMATE_NOUNS.has(w) && T[k + 1]?.w.endsWith('ed') && T[k + 2]?.w === 'by' && T.slice(k + 3, k + 7).some(capitalised)) {
        const maker = phraseAfter(T, k + 3);
        const verb = maker.findIndex((x) => DATA_VERBS.has(x.w));
        return cue(T, k, verb < 0 ? maker : maker.slice(0, verb));
      }
      const from = T[k + 1]?.w === 'from' || T[k + 1]?.w === 'by';
      if (!from) return undefined;
      if (ESTIMATE_NOUNS.has(w) && capitalised(T[k + 2]?.w === 'the' ? T[k + 3] : T[k + 2])) return cue(T, k, phraseAfter(T, k + 2));
      // "a report by the NIS", "a statement by the Pentagon": the document's maker.
      if (T[k + 1]?.w === 'by' && DOCUMENT_NOUNS.has(w) && capitalised(T[k + 2]?.w === 'the' ? T[k + 3] : T[k + 2]))
        return cue(T, k, phraseAfter(T, k + 2));
      return w === 'briefing' ? cue(T, k, phraseAfter(T, k + 2)) : undefined;
    },
  ),
  rule(
    'comes-from',
    '"The estimate of 12,000 comes from Ukraine", "the figure came from Seoul": the named maker after "from"',
    just('comes', 'came', 'come'),
    (T, k) => {
      const w = T[k]!.w;
      if (w !== 'comes' && w !== 'came' && w !== 'come') return undefined;
      let f = k + 1;
      // ("came originally from", "comes directly from")
      if (T[f]?.w.endsWith('ly')) f++;
      if (T[f]?.w !== 'from' || !capitalised(T[f + 1]?.w === 'the' ? T[f + 2] : T[f + 1])) return undefined;
      return cue(T, k, phraseAfter(T, f + 1));
    },
  ),
  rule(
    'headline-label',
    '"HUR: about a dozen ...": a short capitalised label before a colon, a weak source (a fact box label names what is counted, not who)',
    just(':'),
    (T, k, disabled) => {
      // A live blog's entry may open with its clock time: "09:20 HUR: ...", "13:40 — HUR: ...".
      const from = entryOpening(T);
      if (T[k]!.w !== ':' || k === from || k - from > 4 || !capitalised(T[from])) return undefined;
      for (let j = from; j < k; j++) {
        const x = T[j]!;
        if (!isWord(x) || x.fig >= 0 || METRIC_OF.has(x.w) || TROOP_NOUNS.has(x.w)) return undefined;
      }
      // "Opinion: ...", "Ukraine war live: ...": the page's genre, no one who speaks.
      if (ruleOn(disabled, 'genre-label') && (GENRE_TAILS.has(T[k - 1]!.w) || T.slice(from, k).every((x) => GENRE_LABELS.has(x.w))))
        return false;
      // "Pyongyang's war: 2,000 dead": a possessive on a thing names no one who speaks ("Ukraine's HUR:", "Seoul's spy agency:" do).
      const owned = T.slice(from, k).findIndex((x) => x.w.endsWith("'s"));
      if (owned >= 0 && from + owned + 1 < k && !T.slice(from + owned + 1, k).some((x) => x.startsUpper() || LABEL_SPEAKERS.has(x.w)))
        return undefined;
      // Before a quote, the label is who speaks it ('Zelensky: "Our soldiers captured two ..."'), no weak source.
      const quoted = OPENING_QUOTES.has(T[k + 1]?.w ?? '');
      return cue(T, k, T.slice(from, k), !quoted, quoted || undefined);
    },
  ),
  rule(
    'subject-participle',
    '", saying ...", ", estimating ...": the sentence’s subject speaks; ", with X estimating ...": X',
    inSet(SUBJECT_PARTICIPLES),
    (T, k) => {
      if (!SUBJECT_PARTICIPLES.has(T[k]!.w)) return undefined;
      // "..., with Ukraine's military estimating that ...": the phrase after "with" speaks.
      if (T[k - 1]?.w !== ',') {
        const w = withSubject(T, k);
        return w ? cue(T, k, w, undefined, true) : undefined;
      }
      const subj: Token[] = [];
      // Lower-case nouns go on only after a possessive: "South Korea's spy agency offered ...".
      let owned = 0;
      for (const x of T) {
        if (!isWord(x)) break;
        if (subj.length > 0 && x.startsLower() && x.w !== 'of' && x.w !== 'the' && x.w !== 'and') {
          const possessed = owned > 0 || /['’]s$/.test(subj[subj.length - 1]!.w);
          if (!possessed || owned >= 3 || x.w.endsWith('ed') || BE_AUX.has(x.w) || SPEECH_VERBS.has(x.w)) break;
          owned++;
        }
        subj.push(x);
        if (subj.length >= 6) break;
      }
      // "Pyongyang's casualties ... are estimated at 4,700, the agency told ..., adding": what is counted speaks not.
      if (subj.some((x) => METRIC_OF.has(x.w) || TROOP_NOUNS.has(x.w))) return false;
      return subj.length > 0 ? cue(T, k, subj) : false;
    },
  ),
  rule(
    'headline-dash-source',
    '"... in a week – Kirby": up to three capitalised words after a dash end a headline',
    just('–', '—', '-'),
    (T, k) => {
      const w = T[k]!.w;
      if (k <= 2 || !(w === '–' || w === '—' || (w === '-' && T[k - 1]!.end < T[k]!.start))) return undefined;
      const rest = capitalisedTail(T, k, 3);
      return rest ? cue(T, k, rest) : false;
    },
  ),
  rule('headline-colon-source', '"... killed: Seoul": up to four capitalised words after a colon end a headline', just(':'), (T, k) => {
    if (T[k]!.w !== ':' || k === 0) return undefined;
    const rest = capitalisedTail(T, k, 4);
    return rest ? cue(T, k, rest) : false;
  }),
  rule(
    'possessive-estimate',
    '"Seoul’s estimate of 3,000", "Kyiv’s tally", "its estimate": the possessor',
    inSet(ESTIMATE_NOUNS),
    (T, k) => {
      if (!ESTIMATE_NOUNS.has(T[k]!.w)) return undefined;
      // "Seoul's more cautious tally", "its own count": up to three modifiers between the possessor and the noun.
      let p = k - 1;
      // ("the agency's January figure": a month is a modifier too.)
      while (
        p >= k - 3 &&
        p > 0 &&
        isWord(T[p]) &&
        ((T[p]!.startsLower() && ESTIMATE_MODIFIER_RE.test(T[p]!.w)) || (MONTH_OF.has(T[p]!.w) && T[p]!.w !== 'may'))
      )
        p--;
      // "it raised its estimate to 10,000": the pronoun's, the last speaker (and "estimate" no verb of speech here).
      if (POSSESSIVE.has(T[p]?.w ?? '')) return cue(T, k, [T[p]!]);
      if (!T[p]?.w.endsWith("'s")) return undefined;
      const phrase: Token[] = [];
      for (let b = p; b >= 0 && phrase.length < 4; b--) {
        const x = T[b]!;
        if (!isWord(x) || (phrase.length > 0 && !capitalised(x))) break;
        phrase.unshift(x);
      }
      // "the agency's count": a role noun's, with its article (the side is the role's in the text).
      if (phrase.length === 1 && !capitalised(phrase[0]) && T[p - 1]?.w === 'the') phrase.unshift(T[p - 1]!);
      return phrase.length > 0 ? cue(T, k, phrase) : false;
    },
  ),
  rule(
    'attributive-estimate',
    '"the Pentagon estimate of 11,000", "the NIS figure of 300", "the Ukrainian count is 4,000": the name before the noun (North Korea’s names are what is counted)',
    inSet(ESTIMATE_NOUNS),
    (T, k) => {
      if (!ESTIMATE_NOUNS.has(T[k]!.w) || !capitalised(T[k - 1]) || T[k - 1]!.w.endsWith("'s")) return undefined;
      const next = T[k + 1];
      if (!next || !(next.fig >= 0 || ATTRIBUTIVE_NEXT.has(next.w))) return undefined;
      const phrase: Token[] = [];
      for (let b = k - 1; b >= 0 && phrase.length < 4; b--) {
        const x = T[b]!;
        if (!isWord(x) || !capitalised(x) || x.fig >= 0) break;
        phrase.unshift(x);
      }
      if (phrase.some((x) => NORTH_KOREAN_WORDS.has(x.w))) return undefined;
      return cue(T, k, phrase);
    },
  ),
  rule(
    'state-is-a-noun',
    '"state media", "state honours": "state" is a noun unless "that" follows it or "to" or a modal comes before it',
    just('state'),
    (T, k) => {
      if (T[k]!.w !== 'state') return undefined;
      if (STATE_NOUN_RE.test(T[k + 1]?.w ?? '')) return false;
      const before = T[k - 1]?.w ?? '';
      return T[k + 1]?.w === 'that' || before === 'to' || before === 'did' || before === 'do' || MODALS.has(before) ? undefined : false;
    },
  ),
  rule(
    'speech-noun-object',
    '"dismissed reports that ...", "could not verify claims that ...", "amid reports that ...": a noun of speech a verb or preposition takes names no speaker before it; "a Ukrainian claim that ...": the name before it does',
    inSet(SPEECH_NOUNS),
    (T, k) => {
      if (!SPEECH_NOUNS.has(T[k]!.w)) return undefined;
      const prev = T[k - 1];
      if (!prev || !isWord(prev)) return undefined;
      // "a Ukrainian claim that ...", "the Pentagon report that ...": the name between the article and the noun made it.
      if (prev.startsUpper()) {
        let a = k - 1;
        while (a > 0 && k - a < 4 && isWord(T[a - 1]) && T[a - 1]!.startsUpper()) a--;
        // "could not confirm Kyiv's claim that ...": the possessor made it.
        if (prev.w.endsWith("'s")) return cue(T, k, T.slice(a, k));
        return ARTICLES.has(T[a - 1]?.w ?? '') && !T[a]!.w.endsWith("'s") ? cue(T, k, T.slice(a, k)) : undefined;
      }
      const w = prev.w;
      return OBJECT_TAKERS.has(w) || PREPS.has(w) || (w.endsWith('ed') && !BE_AUX.has(w) && w !== 'need') ? false : undefined;
    },
  ),
  rule(
    'passive-speaks-not',
    '"is said to", "were reported", "losses estimated at 4,700": a passive verb of speech names no speaker before it',
    inSet(SPEECH_VERBS),
    (T, k) => {
      const w = T[k]!.w;
      if (!SPEECH_VERBS.has(w) || w.endsWith('ing')) return undefined;
      // A participle that puts a figure: "N. Korean casualties in Russia estimated at 4,700".
      if (w.endsWith('ed') && T[k + 1]?.w === 'at' && (T[k + 2]?.fig ?? -1) >= 0) return false;
      let pv = k - 1;
      while (pv >= 0 && (BEFORE_VERB_SKIP.has(T[pv]!.w) || T[pv]!.w === 'widely' || T[pv]!.w === 'not')) pv--;
      return pv >= 0 && BE_AUX.has(T[pv]!.w) ? false : undefined;
    },
  ),
  rule(
    'inverted-speech',
    '"..., said Zelensky", "..., said a spokesman for X": the speaker after the verb',
    inSet(SPEECH_VERBS),
    (T, k) => {
      const prev = T[k - 1];
      if (!SPEECH_VERBS.has(T[k]!.w) || (prev && !QUOTE_OR_COMMA.has(prev.w))) return undefined;
      // "Kyiv's HUR, in comments to Ukrinform, put the number of North Korean troops at 11,000": a verb whose object follows is no inversion.
      if (NOT_INVERTED.has(T[k]!.w)) return undefined;
      const after = phraseAfter(T, k + 1);
      // "The agency, known as HUR, said the contingent numbered 12,000": what runs into a figure is what was said.
      const next = after.length > 0 ? T[T.indexOf(after[after.length - 1]!, k) + 1] : undefined;
      if ((next?.fig ?? -1) >= 0) return undefined;
      const determined = (after[0]?.w === 'a' || after[0]?.w === 'an' || after[0]?.w === 'the') && after.length >= 2;
      return after.length > 0 && after.length <= 9 && (capitalised(after[0]) || determined) ? cue(T, k, after) : undefined;
    },
  ),
  rule(
    'speech-subject',
    '"X said", "X has estimated": the subject before a verb of speech ("X said that ..." speaks only forward)',
    inSet(SPEECH_VERBS),
    (T, k, disabled) => {
      const w = T[k]!.w;
      if (!SPEECH_VERBS.has(w)) return undefined;
      // "has given a lower estimate of 3,000": a noun after its article or adjective, no verb (possessive-estimate reads
      // "its estimate"); the one who gave it speaks.
      const article = !ESTIMATE_NOUNS.has(w)
        ? -1
        : ARTICLES.has(T[k - 1]?.w ?? '')
          ? k - 1
          : ESTIMATE_MODIFIER_RE.test(T[k - 1]?.w ?? '') && ARTICLES.has(T[k - 2]?.w ?? '')
            ? k - 2
            : -1;
      if (article >= 0) {
        if (!GIVE_VERBS.has(T[article - 1]?.w ?? '')) return undefined;
        const giver = subjectBefore(T, article - 1);
        return giver.length > 0 ? cue(T, k, giver) : undefined;
      }
      // "which Moscow has not confirmed", "Seoul did not say": a verb of speech denied gives the figure no source.
      const neg = T[k - 1]?.w ?? '';
      if ((neg === 'not' || neg === 'never' || neg.endsWith("n't")) && ruleOn(disabled, 'negated-speech')) return false;
      const subj = subjectBefore(T, k);
      if (subj.length === 0) return false;
      // North Korean troops are what is counted, not a source.
      if (ruleOn(disabled, 'troops-speak-not') && northKoreanTroops(subj)) return false;
      const forward = (T[k + 1]?.w === 'that' && !THAT_TIME.has(T[k + 2]?.w ?? '')) || w.endsWith('ing');
      return forward ? cue(T, k, subj, undefined, forward) : cue(T, k, subj);
    },
  ),
];

/** Rules that only refine another rule (their switch is read inside it). */
export const CUE_REFINEMENTS: readonly RuleInfo[] = [
  {
    id: 'genre-label',
    stage: 'attribution',
    summary: '"Opinion: ...", "Analysis: ...", "Live updates: ...": a label naming the page’s genre is no source',
    cases: CUE_CASES['genre-label'] ?? [],
  },
  {
    id: 'negated-speech',
    stage: 'attribution',
    summary: '"estimates, which Moscow has not confirmed": the subject of a verb of speech denied is no source',
    cases: CUE_CASES['negated-speech'] ?? [],
  },
  {
    id: 'troops-speak-not',
    stage: 'attribution',
    summary: '"North Korean soldiers said ...": the troops counted are no source of the count',
    cases: CUE_CASES['troops-speak-not'] ?? [],
  },
];

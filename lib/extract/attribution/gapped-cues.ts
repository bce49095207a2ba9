// Attribution stage: the cue rules of a second speaker who gives a figure of
// their own in the same sentence, with the verb left out ("Seoul puts the
// number at 11,000; Kyiv, at 12,000") or put with a verb of placing a figure
// ("..., while Ukraine places the figure closer to 12,000"). Each speaks only
// for the figure after it, so the first speaker keeps its own.

import { FIGURE_PLACING_VERBS, TROOP_NOUNS } from '../lexicon';
import type { RuleInfo } from '../rule';
import { isWord, type Token } from '../tokens';
import type { Cue, CueRule } from './cue-rules';
import { subjectBefore } from './phrases';
import { sideIn } from './sides';
import { FIRST_PERSON, PRONOUNS } from './words';

/** Words that open a clause of its own before a gapped speaker ("; Kyiv, at", ", and Kyiv at", "while Kyiv, at"). */
const GAP_OPENERS = new Set([';', 'and', 'while', 'whereas', 'but']);
/** The most words of a gapped speaker's name ("Ukraine's military intelligence"). */
const GAPPED_NAME_WORDS = 5;
/** Objects of a verb of placing a figure ("places the figure at", "pegs its count at", "placed the toll closer to"). */
const PLACED_OBJECTS = new Set(['figure', 'number', 'toll', 'count', 'tally', 'estimate', 'total', 'losses', 'casualties', 'strength']);
/** Words that put the placed figure ("at 12,000", "closer to 12,000", "near 12,000"). */
const PLACING_PREPS = new Set(['at', 'to', 'closer', 'nearer', 'near', 'around', 'between']);

const cue = (T: readonly Token[], k: number, phrase: Token[]): Cue => ({
  at: T[k]!.start,
  k,
  phrase,
  resolved: undefined,
  weak: undefined,
  forward: true,
  rule: undefined,
  via: undefined,
});

/** A figure within `n` words after token k (qualifiers between: "at least", "at more than"). */
function figureSoonAfter(T: readonly Token[], k: number, n: number): boolean {
  for (let j = k + 1; j < T.length && j <= k + n; j++) {
    if (T[j]!.fig >= 0) return true;
    if (!isWord(T[j])) return false;
  }
  return false;
}

/** The source phrase as written, its tokens' raw words joined. */
const rawOf = (phrase: readonly Token[]): string => phrase.map((t) => t.raw).join(' ');

/**
 * "; Kyiv, at 12,000", ", and Ukraine at 12,000": a name of a side between a
 * clause opener and "at" before a figure, in a sentence that gave a figure
 * before it, is the speaker of a clause whose verb is left out.
 */
function readGapped(T: readonly Token[], k: number): Cue | false | undefined {
  if (T[k]!.w !== 'at' || !figureSoonAfter(T, k, 3)) return undefined;
  let j = k - 1;
  if (T[j]?.w === ',') j--;
  const end = j;
  while (j >= 0 && end - j < GAPPED_NAME_WORDS && isWord(T[j]) && T[j]!.fig < 0 && !GAP_OPENERS.has(T[j]!.w)) j--;
  // (The clause opener, and a figure before it: the first clause gave its own.)
  if (j < 1 || !GAP_OPENERS.has(T[j]!.w) || j === end) return undefined;
  const phrase = T.slice(j + 1, end + 1);
  if (!phrase[0]!.startsUpper() || /['’]s$/.test(phrase[phrase.length - 1]!.w)) return undefined;
  // A name, capitalised but for the nouns after a possessive ("Ukraine's military"): "Seoul put the figure at" is a clause with its verb.
  if (!phrase.every((t, i) => t.startsUpper() || phrase.slice(0, i).some((p) => /['’]s$/.test(p.w)))) return undefined;
  if (!T.slice(0, j).some((t) => t.fig >= 0)) return undefined;
  return sideIn(rawOf(phrase)) ? cue(T, k, phrase) : undefined;
}

/** "Ukraine places the figure closer to 12,000", "Kyiv pegged its count at 4,000": the verb's subject. */
function readPlacing(T: readonly Token[], k: number): Cue | false | undefined {
  if (!FIGURE_PLACING_VERBS.has(T[k]!.w)) return undefined;
  const det = T[k + 1]?.w ?? '';
  if (det !== 'the' && det !== 'its' && det !== 'their' && det !== 'his' && det !== 'her') return undefined;
  // The object's noun within three words, then the word that puts the figure within six.
  let o = k + 2;
  while (o < k + 5 && o < T.length && !PLACED_OBJECTS.has(T[o]!.w)) o++;
  if (!PLACED_OBJECTS.has(T[o]?.w ?? '')) return undefined;
  // ("places the figure closer to 12,000": the figure's qualifier holds the preposition, the figure right after the noun.)
  const qualified = (T[o + 1]?.fig ?? -1) >= 0;
  let p = o + 1;
  while (p < o + 7 && p < T.length && !PLACING_PREPS.has(T[p]!.w)) p++;
  if (!qualified && (!PLACING_PREPS.has(T[p]?.w ?? '') || !figureSoonAfter(T, T[p + 1]?.w === 'to' ? p + 1 : p, 3))) return undefined;
  const subj = subjectBefore(T, k);
  // (North Korean troops are what is counted, no one who places a count.)
  if (subj.length === 0 || subj.some((t) => TROOP_NOUNS.has(t.w))) return false;
  // ("Within weeks it raised its estimate to 10,000": a pronoun is the possessive's to resolve, possessive-estimate.)
  const last = subj[subj.length - 1]!.w;
  if (PRONOUNS.has(last) || FIRST_PERSON.has(last)) return undefined;
  return { ...cue(T, k, subj), forward: undefined };
}

const rule = (id: string, summary: string, opens: CueRule['opens'], read: CueRule['read'], cases: RuleInfo['cases']): CueRule => ({
  id,
  stage: 'attribution',
  summary,
  cases,
  read,
  opens,
});

export const GAPPED_CUE_RULES: readonly CueRule[] = [
  rule(
    'gapped-speaker',
    '"Seoul puts the number at 11,000; Kyiv, at 12,000": a side named between "; " or ", and" and "at" before a figure speaks for that figure, its verb left out',
    (w) => w === 'at',
    readGapped,
    [
      {
        text: 'Seoul puts the number of North Korean soldiers killed at 300; Kyiv, at [more than 1,000] North Korean soldiers killed.',
        want: { attribution: { side: 'ua', text: 'Kyiv' } },
      },
      // A clause with its own verb is no gapped one.
      {
        text: 'Zelensky said [nearly 3,000] North Korean soldiers had been killed or wounded, while Seoul put the figure at 1,000.',
        want: { attribution: { side: 'ua', text: 'Zelensky' } },
      },
      {
        text: 'South Korea’s spy agency puts North Korean casualties at about 3,000, and Ukraine’s military intelligence at [4,000] North Korean casualties.',
        want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
      },
      // The first speaker keeps its own figure.
      {
        text: 'Seoul puts North Korean casualties at [3,000]; Kyiv, at 4,000 North Korean casualties.',
        want: { attribution: { side: 'kr', text: 'Seoul' } },
      },
    ],
  ),
  rule(
    'placing-verb-subject',
    '"Ukraine places the figure closer to 12,000", "Kyiv pegged its count at 4,000": the subject of a verb that places a figure (FIGURE_PLACING_VERBS) gives it',
    (w) => FIGURE_PLACING_VERBS.has(w),
    readPlacing,
    [
      {
        text: 'South Korea’s spy agency estimates 11,000 North Korean troops are in Russia, while Ukraine places the number of North Korean troops at [12,000].',
        want: { attribution: { side: 'ua', text: 'Ukraine' } },
      },
      {
        text: 'Seoul counts 300 North Korean dead. Kyiv has pegged the toll of North Korean soldiers at [more than 1,000] killed.',
        want: { attribution: { side: 'ua', text: 'Kyiv' } },
      },
      {
        text: 'Seoul says 600 North Korean soldiers have died. The Ukrainian authorities raise the figure of casualties to [more than 6,000].',
        want: { attribution: { side: 'ua', text: 'The Ukrainian authorities' } },
      },
      {
        text: 'Seoul’s spy agency estimates 11,000 North Korean troops are in Russia, while Ukraine places the figure [closer to 12,000].',
        want: { attribution: { side: 'ua', text: 'Ukraine' } },
      },
      // "in places" is no verb of placing a figure.
      {
        text: 'North Korean troops have broken through in places, and [some 2,000] North Korean soldiers are now in Kursk, Zelensky said.',
        want: { attribution: { side: 'ua', text: 'Zelensky' } },
      },
    ],
  ),
];

// Topic stage: the roles a nationality plays in its sentence that own no
// troops: a speaker, a source, the agent of a capture or a killing.

import { BE_AUX, COPULA_AUX, QUOTES, VERB_SKIP } from '../grammar';
import { FIGURE_PLACING_VERBS, SPEECH_VERBS } from '../lexicon';
import { gappedSpeaker } from '../metric/anaphora';
import type { Token } from '../tokens';
import { natAt } from './nationality';

const AGENT_NOUNS = new Set([
  'forces',
  'troops',
  'military',
  'drones',
  'units',
  'soldiers',
  'artillery',
  'army',
  'strikes',
  'fighters',
  'gunners',
]);

const AGENT_VERBS = new Set([
  'captured',
  'captures',
  'capture',
  'capturing',
  'grabs',
  'grabbed',
  'grab',
  'takes',
  'took',
  'taken',
  'seized',
  'seizes',
  'holds',
  'held',
  'holding',
  'killed',
  'kills',
  'killing',
  'eliminated',
  'wounded',
  'interrogated',
  'interrogates',
  'questioned',
  'questioning',
  'detained',
  'shot',
  'inflicted',
  'inflicting',
  'caused',
  'causing',
]);

/** A nationality that is the agent of a capture or a killing ("Ukraine grabs two prisoners"). */
export function isAgent(T: readonly Token[], from: number): boolean {
  for (let j = from; j < T.length && j < from + 4; j++) {
    const w = T[j]!.w;
    if (AGENT_VERBS.has(w)) return true;
    if (!COPULA_AUX.has(w) && !VERB_SKIP.has(w) && !/'s$/.test(w) && !AGENT_NOUNS.has(w)) return false;
  }
  return false;
}

/** What "put the ... at" estimates ("put the number at", "put the toll at"). */
const PUT_OBJECTS = new Set(['number', 'figure', 'toll', 'tally', 'count', 'total', 'losses', 'casualties', 'dead', 'death']);

/** A nationality (or name) starting at `from` is the subject of a speech verb ("Ukrainian officials said") or sets an estimate ("Kyiv puts the toll at"). */

export function isSpeaker(T: readonly Token[], from: number): boolean {
  let limit = from + 8;
  for (let j = from; j < T.length && j < limit; j++) {
    const w = T[j]!.w;
    // A relative clause between the speaker and its verb: "South Korea's defence ministry, which has its own count, puts".
    if (w === ',' && (T[j + 1]?.w === 'which' || T[j + 1]?.w === 'who')) {
      let close = j + 2;
      while (close < T.length && close < j + 16 && T[close]!.w !== ',') close++;
      if (T[close]?.w === ',') {
        limit += close - j + 1;
        j = close;
        continue;
      }
    }
    // "Seoul puts the toll at 300; Kyiv, at 1,000": a second speaker with its verb left out.
    if (w === ',' && j === from && (T[j + 2]?.fig ?? -1) >= 0 && gappedSpeaker(T, j + 2)) return true;
    // "South Korean, Ukrainian and Western sources reporting": a list of speakers.
    if (w === ',' && j === from && !natAt(T, j + 1) && T[j + 1]?.w !== 'and') return false;
    // "have said" speaks; "is said", "were reported" do not.
    if (SPEECH_VERBS.has(w) && !BE_AUX.has(T[j - 1]?.w ?? '') && w !== 'found') return true;
    // "Kyiv put the number killed at 3,000", "Seoul puts the toll at": an estimate's maker.
    // ("The Ukrainian authorities elevate the figure of casualties to 6,000": the same, in translated copy.)
    if (
      (w === 'put' || w === 'puts' || w === 'putting' || FIGURE_PLACING_VERBS.has(w)) &&
      T[j + 1]?.w === 'the' &&
      PUT_OBJECTS.has(T[j + 2]?.w ?? '')
    )
      return true;
    if (w === '#fig') return false;
  }
  return false;
}

/** A nationality in an inverted speaker phrase ('"...," wrote the Ukrainian intelligence service'): a source, never an owner. */
export function invertedSpeaker(T: readonly Token[], j: number): boolean {
  let b = j - 1;
  const d = T[b]?.w;
  if (d === 'the' || d === 'a' || d === 'an') b--;
  if (!SPEECH_VERBS.has(T[b]?.w ?? '')) return false;
  const before = T[b - 1]?.w ?? '';
  return before === ',' || (QUOTES.has(before) && before !== '(' && before !== '[');
}

/** A nationality in the speaker phrase after a closing quote ('"... another 5,000," a senior Ukrainian officer said'): a source. */
export function speakerAfterQuote(T: readonly Token[], j: number, len: number): boolean {
  let b = j - 1;
  while (b >= 0 && j - b <= 3 && (T[b]!.w === 'a' || T[b]!.w === 'an' || T[b]!.w === 'the' || T[b]!.startsLower())) b--;
  const q = T[b]?.w ?? '';
  if (!(CLOSING_QUOTES.has(q) || (q === ',' && CLOSING_QUOTES.has(T[b - 1]?.w ?? '')))) return false;
  // '"We lost 300 men," a Ukrainian commander said': the speaker's own side.
  // ("US" is the United States: "us" counts only written lower-case.)
  for (let a = 0; a < b; a++) if (FIRST_PERSON.has(T[a]!.w) && (T[a]!.w !== 'us' || T[a]!.startsLower())) return false;
  return isSpeaker(T, j + len);
}

const CLOSING_QUOTES = new Set(['"', '”', '’', '»']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours', "we've", "we're", 'i', 'my']);

/** Participles whose agent after "by" gives a figure ("given by", "reported by", "confirmed by"). */
const GIVEN = new Set([
  'given',
  'provided',
  'supplied',
  'compiled',
  'cited',
  'stated',
  'reported',
  'released',
  'published',
  'confirmed',
  'announced',
  'disclosed',
  'revealed',
  'estimated',
  'put',
]);

/**
 * The nationality at `at` stands inside a source phrase ("according to the
 * Chief of the Defense Intelligence of Ukraine,", "citing sources in Kyiv",
 * "was first given by South Korea's spy agency").
 */
export function inSourcePhrase(T: readonly Token[], at: number): boolean {
  for (let b = at - 1; b >= 0 && b > at - 14; b--) {
    const w = T[b]!.w;
    if ((w === 'according' && T[b + 1]?.w === 'to') || w === 'citing') return true;
    if (w === 'by' && GIVEN.has(T[b - 1]?.w ?? '')) return true;
    if (w === ',' || w === ';' || w === '#fig' || SPEECH_VERBS.has(w)) return false;
  }
  return false;
}

// Attribution stage: the speech cues of a sentence ("X said", "according to X",
// "citing X", "...: Seoul") and the source phrase each one names.

import type { Attribution } from '../../types';
import { METRIC_WORDS, MONTHS, SPEECH_VERBS, TROOP_NOUNS } from '../lexicon';
import type { DisabledRules } from '../rule';
import { isWord, type Token } from '../tokens';
import {
  APPOSED,
  BEFORE_VERB_SKIP,
  ESTIMATE_NOUNS,
  PASSIVE,
  PUNCT_STOP,
  SUBJECT_PARTICIPLES,
  SUBJECT_STOP,
  THAT_TIME,
  TITLES,
} from './words';

/** A speech cue in a sentence: where it stands and the phrase naming its source. */
export interface Cue {
  /** Offset the cue is measured from (its verb or preposition). */
  at: number;
  /** Source phrase tokens, in order. */
  phrase: Token[];
  /** The side once resolved (undefined: not yet). */
  resolved?: Attribution | null;
  /** A headline label ("North Korea: ..."), used only when nothing better speaks. */
  weak?: boolean;
  /** "X said that ...", ", with X reporting ...": the cue speaks only for what follows it. */
  forward?: boolean;
}

/** Every word that can open a cue, built on first use. */
let triggers: Set<string> | undefined;

/** Speech cues in a sentence's tokens. */
export function findCues(tokens: readonly Token[], _disabled?: DisabledRules): Cue[] {
  const cues: Cue[] = [];
  const trigger = (triggers ??= new Set([
    ...SPEECH_VERBS,
    ...ESTIMATE_NOUNS,
    'according',
    'citing',
    'cited',
    'quoted',
    'briefed',
    'provided',
    'released',
    'posted',
    'shared',
    'published',
    'made',
    'carried',
    'reported',
    'confirmed',
    'estimated',
    'briefing',
    'per',
    ...SUBJECT_PARTICIPLES,
  ]));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const w = t.w;
    // Most words open no cue (punctuation always goes on).
    if (w.length > 1 && !trigger.has(w)) continue;
    // "..., per Seoul", "per the Pentagon": a source ("per day" is no one).
    if (w === 'per' && /^\p{Lu}/u.test(tokens[k + 1]?.w === 'the' ? (tokens[k + 2]?.raw ?? '') : (tokens[k + 1]?.raw ?? ''))) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 1) });
      continue;
    }
    if (w === 'according' && tokens[k + 1]?.w === 'to') {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    if (
      w === 'citing' ||
      ((w === 'cited' ||
        w === 'quoted' ||
        w === 'briefed' ||
        w === 'provided' ||
        w === 'released' ||
        w === 'posted' ||
        w === 'shared' ||
        w === 'published' ||
        w === 'made' ||
        w === 'carried' ||
        w === 'reported' ||
        w === 'confirmed' ||
        w === 'estimated') &&
        tokens[k + 1]?.w === 'by')
    ) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, w === 'citing' ? k + 1 : k + 2) });
      continue;
    }
    // "data disclosed last December by South Korean intelligence", "was stated by President X".
    if (w.endsWith('ed') && SPEECH_VERBS.has(w)) {
      let b = k + 1;
      while (b < tokens.length && b <= k + 4 && isWord(tokens[b]) && tokens[b]!.w !== 'by' && tokens[b]!.w !== 'that') b++;
      const next = tokens[b + 1];
      if (tokens[b]?.w === 'by' && next && MONTHS[next.w] === undefined && next.fig < 0) {
        cues.push({ at: t.start, phrase: phraseAfter(tokens, b + 1) });
        continue;
      }
    }
    // "estimates from the US, Ukraine and South Korea", "figures by Kyiv".
    if (
      ESTIMATE_NOUNS.has(w) &&
      (tokens[k + 1]?.w === 'from' || tokens[k + 1]?.w === 'by') &&
      /^\p{Lu}/u.test(tokens[k + 2]?.w === 'the' ? (tokens[k + 3]?.raw ?? '') : (tokens[k + 2]?.raw ?? ''))
    ) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    if (w === 'briefing' && (tokens[k + 1]?.w === 'from' || tokens[k + 1]?.w === 'by')) {
      cues.push({ at: t.start, phrase: phraseAfter(tokens, k + 2) });
      continue;
    }
    // (A fact box label, "Casualties:", "Troops sent:", names what is counted, not a source.)
    if (
      w === ':' &&
      k > 0 &&
      k <= 4 &&
      tokens.slice(0, k).every((x) => isWord(x) && x.fig < 0 && METRIC_WORDS[x.w] === undefined && !TROOP_NOUNS.has(x.w)) &&
      /^\p{Lu}/u.test(tokens[0]!.raw)
    ) {
      // Headline source at the start: "HUR: about a dozen ..." (or a mere topic label).
      cues.push({ at: t.start, phrase: tokens.slice(0, k), weak: true });
      continue;
    }
    if (SUBJECT_PARTICIPLES.has(w) && tokens[k - 1]?.w === ',') {
      // The sentence's subject: "Britain's Ministry of Defence offered ..., saying ...".
      const subj: Token[] = [];
      for (const x of tokens) {
        if (!isWord(x) || (subj.length > 0 && /^\p{Ll}/u.test(x.raw) && x.w !== 'of' && x.w !== 'the' && x.w !== 'and')) break;
        subj.push(x);
        if (subj.length >= 6) break;
      }
      if (subj.length > 0) cues.push({ at: t.start, phrase: subj });
      continue;
    }
    if (k > 2 && (w === '–' || w === '—' || (w === '-' && tokens[k - 1]!.end < t.start))) {
      // Headline source after a dash: "... in a week – Kirby".
      const rest = tokens.slice(k + 1).filter((x) => x.w !== '.');
      if (rest.length > 0 && rest.length <= 3 && rest.every((x) => isWord(x) && /^\p{Lu}/u.test(x.raw))) {
        cues.push({ at: t.start, phrase: rest });
      }
      continue;
    }
    if (w === ':' && k > 0) {
      // Headline source: "...: Seoul" at the end of the line.
      const rest = tokens.slice(k + 1).filter((x) => x.w !== '.');
      if (rest.length > 0 && rest.length <= 4 && rest.every((x) => isWord(x) && /^\p{Lu}/u.test(x.raw))) {
        cues.push({ at: t.start, phrase: rest });
      }
      continue;
    }
    // "Seoul's estimate of 3,000", "Kyiv's tally": the possessor is the source.
    if (ESTIMATE_NOUNS.has(w) && tokens[k - 1]?.w.endsWith("'s")) {
      const phrase: Token[] = [];
      for (let b = k - 1; b >= 0 && phrase.length < 4; b--) {
        const x = tokens[b]!;
        if (!isWord(x) || (phrase.length > 0 && !/^\p{Lu}/u.test(x.raw))) break;
        phrase.unshift(x);
      }
      if (phrase.length > 0) cues.push({ at: t.start, phrase });
      continue;
    }
    if (!SPEECH_VERBS.has(w) || t.fig >= 0) continue;
    // "state media", "state television": a noun.
    if (w === 'state' && /^(?:media|television|tv|news|broadcaster|outlets?|-run)$/.test(tokens[k + 1]?.w ?? '')) continue;
    const prev = tokens[k - 1];
    let pv = k - 1;
    while (pv >= 0 && (BEFORE_VERB_SKIP.has(tokens[pv]!.w) || tokens[pv]!.w === 'widely' || tokens[pv]!.w === 'not')) pv--;
    // "is said" is passive; "has been reporting" is not.
    if (pv >= 0 && PASSIVE.has(tokens[pv]!.w) && !w.endsWith('ing')) continue;
    const forward = (tokens[k + 1]?.w === 'that' && !THAT_TIME.has(tokens[k + 2]?.w ?? '')) || w.endsWith('ing');
    // Inverted: '..., said Zelenskyy', '..., Says South Korean Lawmaker'.
    if (
      !prev ||
      prev.w === ',' ||
      prev.w === '"' ||
      prev.w === '”' ||
      prev.w === '’' ||
      prev.w === '“' ||
      prev.w === '‘' ||
      prev.w === "'" ||
      prev.w === '»' ||
      prev.w === '«'
    ) {
      const after = phraseAfter(tokens, k + 1);
      // '..., said a spokesman for Ukraine's military intelligence'
      const determined = (after[0]?.w === 'a' || after[0]?.w === 'an' || after[0]?.w === 'the') && after.length >= 2;
      if (after.length > 0 && after.length <= 9 && (/^\p{Lu}/u.test(after[0]!.raw) || determined)) {
        cues.push({ at: t.start, phrase: after });
        continue;
      }
    }
    const subj = subjectBefore(tokens, k);
    // North Korean troops are what is counted, not a source.
    const counted = subj.some((x) => TROOP_NOUNS.has(x.w)) && subj.some((x) => x.w === 'north' || x.w === 'korean' || x.w === 'koreans');
    if (subj.length > 0 && !counted) cues.push(forward ? { at: t.start, phrase: subj, forward } : { at: t.start, phrase: subj });
  }
  return cues;
}

const OPEN_QUOTES = new Set(['"', '“', '„', '‚', '«', '»', '‘', "'"]);

function phraseAfter(tokens: readonly Token[], k: number): Token[] {
  const out: Token[] = [];
  // A quoted name: 'according to "Ukrainska Pravda"', 'the newspaper «Izvestia»'.
  let quoted = false;
  for (let i = k; i < tokens.length && out.length < 9; i++) {
    const t = tokens[i]!;
    if (!quoted && OPEN_QUOTES.has(t.w) && isWord(tokens[i + 1]) && /^\p{Lu}/u.test(tokens[i + 1]!.raw)) {
      quoted = true;
      continue;
    }
    if (PUNCT_STOP.has(t.w) && !(t.w === "'" && out.length > 0)) break;
    if (
      t.w === 'that' ||
      t.w === 'who' ||
      t.w === 'which' ||
      t.w === 'on' ||
      t.w === 'in' ||
      t.w === 'as' ||
      t.w === 'after' ||
      t.w === 'adding' ||
      t.w === 'citing'
    )
      break;
    out.push(t);
  }
  return out;
}

function subjectBefore(tokens: readonly Token[], k: number): Token[] {
  let i = k - 1;
  // "has been reporting": the auxiliaries of a progressive go with the verb.
  const progressive = tokens[k]!.w.endsWith('ing');
  while (i >= 0 && (BEFORE_VERB_SKIP.has(tokens[i]!.w) || (progressive && PASSIVE.has(tokens[i]!.w)))) i--;
  // "Pyongyang for the first time publicly disclosed": an adverbial between the subject and its verb.
  if (tokens[i]?.w === 'time' && tokens[i - 2]?.w === 'the' && tokens[i - 3]?.w === 'for') {
    i -= 4;
    while (i >= 0 && BEFORE_VERB_SKIP.has(tokens[i]!.w)) i--;
  }
  // "... and released": the subject is the earlier verb's; not read here.
  if (tokens[i]?.w === 'and') return [];
  // "Ukraine's HUR, which put the number at 1,500": the antecedent.
  if (tokens[i]?.w === 'which' || tokens[i]?.w === 'who') return antecedentOfWho(tokens, i + 1);
  const out: Token[] = [];
  let limit = 8;
  for (; i >= 0 && out.length < limit; i--) {
    const t = tokens[i]!;
    if (t.w === ')') {
      // Keep a parenthetical name: "Ukraine's military intelligence (HUR)".
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== '(' && i - o < 8) o--;
      if (tokens[o]?.w !== '(') break;
      for (let q = i - 1; q > o; q--) out.unshift(tokens[q]!);
      i = o;
      continue;
    }
    if (t.w === ',' && out.length === 0) {
      // "The Kremlin, which signed the treaty in June, says": skip the relative clause.
      let o = i - 1;
      while (o >= 0 && tokens[o]!.w !== ',' && i - o < 25) o--;
      const rel = tokens[o + 1]?.w;
      // ... or an apposition: "Budanov, the head of HUR, said".
      if (
        o >= 0 &&
        tokens[o]!.w === ',' &&
        (rel === 'which' || rel === 'who' || rel === 'the' || rel === 'a' || rel === 'an' || APPOSED.has(rel ?? ''))
      ) {
        i = o;
        continue;
      }
      // A bare title in apposition names the side: "Andriy K., head of Ukraine's drone forces, said".
      if (o > 0 && TITLES.has(rel ?? '') && i - o <= 10) {
        for (let q = i - 1; q > o; q--) out.unshift(tokens[q]!);
        limit += out.length;
        i = o;
        continue;
      }
    }
    // A list of sources: "The United States, South Korea and Ukraine have accused" (the first named leads).
    if (t.w === ',' && out.some((x) => x.w === 'and') && /^\p{Lu}/u.test(tokens[i - 1]?.raw ?? '')) {
      out.unshift(t);
      continue;
    }
    if (PUNCT_STOP.has(t.w) && t.w !== "'" && t.w !== '’') break;
    // A spaced hyphen is a dash ("**Dec 2024** - Zelensky says").
    if (t.w === '-' && (tokens[i - 1]?.end ?? -1) < t.start) break;
    // A time before the source is no part of it ("In early January Seoul said").
    if (out.length > 0 && MONTHS[t.w] !== undefined && t.w !== 'may' && t.w !== 'march') break;
    if (SUBJECT_STOP.has(t.w)) {
      // Inside a proper name: "Institute for the Study of War".
      const left = tokens[i - 1]?.w === 'the' ? tokens[i - 2] : tokens[i - 1];
      const inName = (t.w === 'of' || t.w === 'for') && out[0] && /^\p{Lu}/u.test(out[0].raw) && left && /^\p{Lu}/u.test(left.raw);
      if (!inName) break;
    }
    out.unshift(t);
  }
  // Relative clause: "Zelensky, who announced ..." takes the antecedent.
  if (out[0]?.w === 'who') return antecedentOfWho(tokens, k);
  return out;
}

/** Relative-clause subject: the phrase before ", who". */
export function antecedentOfWho(tokens: readonly Token[], k: number): Token[] {
  let i = k - 1;
  while (i >= 0 && BEFORE_VERB_SKIP.has(tokens[i]!.w)) i--;
  if (tokens[i]?.w !== 'who' && tokens[i]?.w !== 'which') return [];
  i--;
  if (tokens[i]?.w === ',') i--;
  const out: Token[] = [];
  for (; i >= 0 && out.length < 8; i--) {
    const t = tokens[i]!;
    if (PUNCT_STOP.has(t.w) || SUBJECT_STOP.has(t.w)) break;
    out.unshift(t);
  }
  return out;
}

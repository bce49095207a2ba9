// Topic stage: the nationality a word names, North Korea or another country
// ("North Korean", "N. Korea", "Pyongyang's", "Kim", "Ukrainians", "the Kremlin").

import { NORTH_KOREA_WORDS } from '../lexicon/north-korea';
import { KOREA_WORDS, OTHER_ONE } from '../lexicon/nationality-starts';
import { NAT_MARK, type Token } from '../tokens';

/** A nationality reading (read-only: the common ones are shared). */
export type Nat = { readonly kind: 'nk' | 'other'; readonly len: number; readonly troop: boolean };

/**
 * Set per text by `readKimIsLeader`: the text names Kim Jong Un, so a bare
 * "Kim" is him (safe as a module variable: extraction is synchronous).
 */
let kimIsLeader = false;

const KIM_JONG_UN_RE = /\bKim Jong[ -]?[Uu]n\b/;

/** Read once per text, before its figures: whether a bare "Kim" stands for Kim Jong Un. */
export function readKimIsLeader(text: string): boolean {
  kimIsLeader = KIM_JONG_UN_RE.test(text);
  return kimIsLeader;
}

/**
 * Every reading `natAt` gives, made once and shared (natAt is asked of most
 * tokens a reader walks over: no object per call): by kind, troop or not,
 * and length (1 to 3 tokens).
 */
const NATS = {
  nk: [false, true].map((troop) => [1, 2, 3].map((len): Nat => Object.freeze({ kind: 'nk', len, troop }))),
  other: [false, true].map((troop) => [1, 2, 3].map((len): Nat => Object.freeze({ kind: 'other', len, troop }))),
} as const;
const nat = (kind: Nat['kind'], len: number, troop: boolean): Nat => NATS[kind][troop ? 1 : 0]![len - 1]!;

/** The reading of a one-word name of North Korea. */
const NK_ONE: Nat = nat('nk', 1, false);

/** A nationality word starting at token j. */
export function natAt(T: readonly Token[], j: number): Nat | null {
  const t = T[j];
  // (Marked by the tokenizer: its word is in NAT_FIRST, ../lexicon/nationality-starts.ts.)
  if (t === undefined || (t.marks & NAT_MARK) === 0) return null;
  const w = t.w;
  if (w === 'north' || w === 'south') {
    const n = T[j + 1]?.w;
    if (n && KOREA_WORDS.has(n)) return nat(w === 'north' ? 'nk' : 'other', 2, n === 'koreans');
    return null;
  }
  // "N Korea", "N. Korean" in headlines.
  if (w === 'n' && /^N$/.test(T[j]!.raw)) {
    const dot = T[j + 1]?.w === '.' ? 1 : 0;
    const n = T[j + 1 + dot]?.w;
    if (n && KOREA_WORDS.has(n)) return nat('nk', 2 + dot, n === 'koreans');
    return null;
  }
  if (w === 'north-korean' || w === 'north-koreans') return nat('nk', 1, w.endsWith('s'));
  if (w === 'korean' && T[j + 1]?.w === "people's" && T[j + 2]?.w === 'army') return nat('nk', 3, false);
  // "the North's 11,000 troops", "sent by the North" (a text about North Korea).
  if ((w === "north's" || (w === 'north' && T[j - 1]?.w === 'the')) && /^N/.test(T[j]!.raw)) return NK_ONE;
  if (NORTH_KOREA_WORDS.has(w)) return NK_ONE;
  if (w === 'kim' || w === "kim's") {
    const n = T[j + 1]?.w ?? '';
    if (w === 'kim' && n.startsWith('jong')) return nat('nk', T[j + 2]?.w.startsWith('un') ? 3 : 2, false);
    return kimIsLeader || w === "kim's" ? NK_ONE : null;
  }
  if (OTHER_ONE.has(w)) return nat('other', 1, w === 'ukrainians' || w === 'russians' || w === 'americans');
  return null;
}

/** South Korea, the United States, China: named in this war as sources, never as the troops' owners. */
export function nonBelligerent(T: readonly Token[], j: number): boolean {
  const w = T[j]?.w ?? '';
  return w === 'south' || w === 'american' || w === 'americans' || w === 'chinese';
}

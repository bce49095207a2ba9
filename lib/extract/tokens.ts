// Word tokens of one sentence, with the figures in it collapsed to one token each.

import type { RawFigure } from './figures';

/** One token; `raw` (as written) is read from the text only when asked for. */
export class Token {
  constructor(
    /** Lower case, curly apostrophes straightened; "#fig" for a figure. */
    readonly w: string,
    readonly start: number,
    readonly end: number,
    /** Index into the figures list for "#fig" tokens, else -1. */
    readonly fig: number,
    private readonly src: string,
  ) {}

  /** As written. */
  get raw(): string {
    return this.src.slice(this.start, this.end);
  }
}

const UNI_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark (ASCII fast path). */
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c !== 0x2019 && c !== 0xa0 && UNI_WORD.test(text[i]!);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;
}

const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * Tokens of text[start, end): words (with inner hyphens, apostrophes and
 * dots: "Seong-kweun", "Korea's", "U.S.") and single punctuation marks.
 * Figures (from index `first` of `figures`) become single "#fig" tokens
 * spanning their qualifier.
 */
export function tokenize(text: string, start: number, end: number, figures: readonly RawFigure[], first: number): Token[] {
  const out: Token[] = [];
  // Lower-case the sentence once; per token only when that changed lengths.
  let lower: string | null = text.slice(start, end).toLowerCase();
  if (lower.length !== end - start) lower = null;
  else if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'");
  const mk = (s: number, e: number): Token => {
    let w: string;
    if (lower !== null) w = lower.slice(s - start, e - start);
    else {
      w = text.slice(s, e).toLowerCase();
      if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
    }
    return new Token(w, s, e, -1, text);
  };
  let fi = first;
  while (fi < figures.length && figures[fi]!.end <= start) fi++;
  let nextFig = fi < figures.length ? figures[fi]!.start : Infinity;
  let i = start;
  while (i < end) {
    if (i >= nextFig) {
      const f = figures[fi]!;
      out.push(new Token('#fig', f.start, f.end, fi, text));
      i = Math.max(i, f.end);
      fi++;
      nextFig = fi < figures.length ? figures[fi]!.start : Infinity;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const limit = Math.min(end, nextFig);
    if (!isWordCode(text, i)) {
      out.push(mk(i, i + 1));
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < limit) {
        const cc = text.charCodeAt(j);
        const lc = cc | 32;
        if (cc < 128 ? (lc >= 97 && lc <= 122) || (cc >= 48 && cc <= 57) : isWordCode(text, j)) j++;
        else break;
      }
      const d = text.charCodeAt(j);
      // Inner hyphen, apostrophe or dot followed by more of the word.
      if (j + 1 < limit && (d === 45 || d === 39 || d === 0x2019 || d === 46) && isWordCode(text, j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    // "U.S." keeps its final dot.
    if (j < limit && text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46 && isUpperAscii(text.charCodeAt(j - 1))) j++;
    out.push(mk(i, j));
    i = j;
  }
  return out;
}

/** True when the token is a word (not punctuation, not a figure). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.fig < 0 && isWordCode(t.w, 0);
}

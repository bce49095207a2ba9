// Word tokens of one sentence, with the figures in it collapsed to one token each.

import type { RawFigure } from './figures';

export interface Token {
  /** Lower case, curly apostrophes straightened; "#fig" for a figure. */
  w: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** Index into the figures list for "#fig" tokens. */
  fig: number;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/**
 * Tokens of text[start, end). Figures (indices `first`..`last` of `figures`)
 * that lie inside become single "#fig" tokens spanning their qualifier.
 */
export function tokenize(text: string, start: number, end: number, figures: readonly RawFigure[], first: number): Token[] {
  const out: Token[] = [];
  let fi = first;
  while (fi < figures.length && figures[fi]!.end <= start) fi++;
  const re = new RegExp(TOKEN_RE.source, 'gu');
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    let s = m.index;
    const f = figures[fi];
    if (f && s >= f.start) {
      if (f.start < end) {
        out.push({ w: '#fig', raw: text.slice(f.start, f.end), start: f.start, end: f.end, fig: fi });
      }
      re.lastIndex = Math.max(f.end, s + 1);
      fi++;
      continue;
    }
    if (f && s + m[0].length > f.start) {
      // A token running into a figure's qualifier: cut it there.
      const cut = f.start - s;
      if (cut > 0) out.push(mk(m[0].slice(0, cut), s));
      re.lastIndex = f.start;
      continue;
    }
    if (s + m[0].length > end) {
      if (s < end) out.push(mk(m[0].slice(0, end - s), s));
      break;
    }
    out.push(mk(m[0], s));
    s = re.lastIndex;
  }
  return out;
}

function mk(raw: string, start: number): Token {
  return { w: raw.toLowerCase().replace(/’/g, "'"), raw, start, end: start + raw.length, fig: -1 };
}

/** True when the token is a word (not punctuation, not a figure). */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && t.fig < 0 && /[\p{L}\p{N}]/u.test(t.w[0] ?? '');
}

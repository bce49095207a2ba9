// Edits of an article, as a newsroom makes them, with where each figure went.
// An edit replaces text.slice(start, end) with `insert`; edits never overlap.
import type { TextSpan } from '../../../lib/anchor/match-quote';

export interface Edit {
  start: number;
  end: number;
  insert: string;
  /** 'reword': the edit rewrites a figure itself (the figure goes with it); 'gone': a figure it touches is gone. */
  kind?: 'reword' | 'gone';
}

export interface Edited {
  text: string;
  /** Where a span of the original text stands in the edited text; null when it is gone. */
  follow(span: TextSpan): TextSpan | null;
}

export function applyEdits(text: string, edits: Edit[]): Edited {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error('overlapping edits');
  }
  let out = '';
  let at = 0;
  const placed: { edit: Edit; newStart: number; newEnd: number }[] = [];
  for (const e of sorted) {
    out += text.slice(at, e.start);
    const newStart = out.length;
    out += e.insert;
    placed.push({ edit: e, newStart, newEnd: out.length });
    at = e.end;
  }
  out += text.slice(at);
  /** A position outside every edit, in the new text; insertions at `p` count as before it. */
  const shift = (p: number) => {
    let d = 0;
    for (const { edit } of placed)
      if (edit.end <= p && !(edit.start === edit.end && edit.start > p)) d += edit.insert.length - (edit.end - edit.start);
    return p + d;
  };
  return {
    text: out,
    follow(span) {
      for (const { edit, newStart, newEnd } of placed) {
        const touches = edit.start < span.end && span.start < edit.end;
        if (!touches) continue;
        if (edit.kind === 'reword') return { start: newStart, end: newEnd };
        return null;
      }
      return { start: shift(span.start), end: shift(span.end) };
    },
  };
}

/** The paragraph (text between blank lines or line breaks) that holds `at`. */
export function paragraphAt(text: string, at: number): TextSpan {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl === -1 ? text.length : nl };
}

const WORD = /[A-Za-z]{3,}/g;
const SUBSTITUTES = ['reportedly', 'later', 'officially', 'then', 'publicly', 'again'];

/**
 * Nearby words changed: for each figure, one word of three letters or more near
 * it (in its line, within 24 characters, after it when there is one, else
 * before; never inside a figure) is replaced, unless a word within 32
 * characters of the figure was already changed for another figure.
 */
export function changeNearbyWords(text: string, figures: TextSpan[]): Edit[] {
  const inFigure = (s: number, e: number) => figures.some((f) => f.start < e && s < f.end);
  const edits: Edit[] = [];
  let n = 0;
  for (const f of figures) {
    if (edits.some((e) => e.end > f.start - 32 && e.start < f.end + 32)) continue;
    const line = paragraphAt(text, f.start);
    const words: TextSpan[] = [];
    for (const m of text.slice(line.start, line.end).matchAll(WORD)) {
      const s = line.start + m.index;
      words.push({ start: s, end: s + m[0].length });
    }
    const after = words.find((w) => w.start >= f.end && w.start - f.end <= 24 && !inFigure(w.start, w.end));
    const before = words.filter((w) => w.end <= f.start && f.start - w.end <= 24 && !inFigure(w.start, w.end)).pop();
    const w = after ?? before;
    if (!w) continue;
    let insert = SUBSTITUTES[n++ % SUBSTITUTES.length]!;
    if (insert === text.slice(w.start, w.end)) insert = 'also';
    edits.push({ start: w.start, end: w.end, insert });
  }
  return edits;
}

const QUALIFIER_REWORDS: [RegExp, string][] = [
  [/^more than /i, 'over '],
  [/^over /i, 'more than '],
  [/^about /i, 'around '],
  [/^around /i, 'about '],
  [/^nearly /i, 'almost '],
  [/^almost /i, 'nearly '],
  [/^at least /i, 'no fewer than '],
  [/^up to /i, 'as many as '],
  [/^some /i, 'about '],
  [/^roughly /i, 'about '],
  [/^approximately /i, 'about '],
  [/^an estimated /i, 'about '],
];

/** The figure in other words, the number kept: another qualifier, else other separators, else other case. */
export function rewordFigure(figure: string): string {
  for (const [re, to] of QUALIFIER_REWORDS) if (re.test(figure)) return figure.replace(re, to);
  if (/\d,\d{3}/.test(figure)) return figure.replace(/(\d),(\d{3})/g, '$1$2');
  if (/\d{4}/.test(figure)) return figure.replace(/(\d)(\d{3})\b/g, '$1,$2');
  const first = figure.charAt(0);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped + figure.slice(1);
}

const NEXT_WORD: Record<string, string> = {
  one: 'two',
  two: 'three',
  three: 'four',
  four: 'five',
  five: 'six',
  six: 'seven',
  seven: 'eight',
  eight: 'nine',
  nine: 'ten',
  ten: 'eleven',
  dozen: 'score',
  dozens: 'scores',
  hundreds: 'thousands',
  thousands: 'hundreds',
  hundred: 'thousand',
  thousand: 'hundred',
};

/** The figure with another number: its first digit moved on by one, else its first number word changed; null when it has neither. */
export function changeNumber(figure: string): string | null {
  const d = figure.search(/\d/);
  if (d !== -1) return figure.slice(0, d) + String((Number(figure[d]) % 9) + 1) + figure.slice(d + 1);
  const m = /[A-Za-z]+/g;
  for (const w of figure.matchAll(m)) {
    const to = NEXT_WORD[w[0].toLowerCase()];
    if (to) return figure.slice(0, w.index) + to + figure.slice(w.index + w[0].length);
  }
  return null;
}

/** The sentence `sentence` that holds offset `at`, with the white space after it (or before it, at a line's end). */
export function sentenceSpan(text: string, sentence: string, at: number): TextSpan | null {
  let start = text.lastIndexOf(sentence, at);
  if (start === -1 || start + sentence.length < at) start = text.indexOf(sentence);
  if (start === -1) return null;
  let end = start + sentence.length;
  if (text[end] === ' ') end++;
  else if (text[start - 1] === ' ') start--;
  return { start, end };
}

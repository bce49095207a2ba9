// The sentence finder as it was before lib/text/sentences.ts remembered its
// boundaries and read them by char code: every call scans outwards from its
// offset, and reads characters as strings. Kept as the oracle the remembered
// boundaries must agree with (sentences.test.ts).

import { ABBREVIATIONS, wordBefore } from '../../../lib/text/sentence-end';

const MAX_SCAN = 1500;
const MARKS = /[\n.!?]/g;
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;

const isCloser = (c: string) =>
  c === '"' ||
  c === '\u201d' ||
  c === '\u2019' ||
  c === "'" ||
  c === ')' ||
  c === ']' ||
  c === '\u201c' ||
  c === '\u2018' ||
  c === '\u00bb' ||
  c === '\u00ab' ||
  c === '\u203a' ||
  c === '\u2039';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const isUpper = (c: string) => (c >= 'A' && c <= 'Z') || (c > '\u007f' && c !== c.toLowerCase() && c === c.toUpperCase());
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && c.toLowerCase() !== c.toUpperCase());
const isOpener = (c: string) =>
  c === '"' ||
  c === '\u201c' ||
  c === '\u2018' ||
  c === "'" ||
  c === '(' ||
  c === '[' ||
  c === '\u2014' ||
  c === '-' ||
  c === '\u201e' ||
  c === '\u201a' ||
  c === '\u00ab' ||
  c === '\u00bb' ||
  c === '\u2039' ||
  c === '\u203a';

/** `sentenceEndAt`, on characters as strings (the abbreviation read with `wordBefore`). */
export function sentenceEndAtByString(text: string, i: number): number {
  const ch = text[i]!;
  let j = i + 1;
  while (j < text.length && isCloser(text[j]!)) j++;
  if (j >= text.length) return j;
  const next = text[j]!;
  if (ch === '.') {
    const prev = i > 0 ? text[i - 1]! : '';
    if (isDigit(prev) && isDigit(next)) return -1;
    const word = wordBefore(text, i);
    if (ABBREVIATIONS.has(word)) return -1;
    if (word.length === 1 && isUpper(prev)) return -1;
    if (next === '\n') return j;
    if (isSpace(next)) {
      let k = j;
      while (k < text.length && isSpace(text[k]!)) k++;
      if (k >= text.length || text[k] === '\n') return j;
      const n = text[k]!;
      return isUpper(n) || isDigit(n) || isOpener(n) ? j : -1;
    }
    if (isUpper(next) && (word.length > 1 || (word.length === 0 && isLetter(prev))) && !word.includes('.') && prev === prev.toLowerCase())
      return j;
    return -1;
  }
  if (next === '\n' || isSpace(next)) return j;
  return -1;
}

/** `sentenceAround`, by scanning: backward to the nearest boundary, forward to the first. */
export function sentenceAroundByScan(text: string, pos: number, floor = 0): [number, number] {
  let start = Math.max(floor, pos - MAX_SCAN);
  const lowest = start;
  for (let i = pos - 1; i >= lowest; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      start = i + 1;
      break;
    }
    if (c === 46 || c === 33 || c === 63) {
      const e = sentenceEndAtByString(text, i);
      if (e >= 0 && e <= pos) {
        start = e;
        break;
      }
    }
  }
  let end = Math.min(text.length, pos + MAX_SCAN);
  const window = text.slice(pos, Math.min(text.length, pos + MAX_SCAN + 1));
  MARKS.lastIndex = 0;
  while (MARKS.test(window)) {
    const i = pos + MARKS.lastIndex - 1;
    if (text.charCodeAt(i) === 10) {
      end = i;
      break;
    }
    const e = sentenceEndAtByString(text, i);
    if (e >= 0) {
      end = e;
      break;
    }
  }
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

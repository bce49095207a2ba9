// The strings `npm run fuzz` feeds the extractor: article-shaped texts, soups
// of the words figures are made of, and random characters, from one seed.
import { articleText } from './articles';

const SOUP = [
  'North Korean',
  'troops',
  'soldiers',
  'killed',
  'wounded',
  'captured',
  'sent',
  'about',
  'more than',
  'up to',
  'c.',
  '~',
  'between',
  'and',
  'to',
  '–',
  '-',
  ':',
  ',',
  '.',
  '"',
  '“',
  '(',
  ')',
  '\n',
  ' ',
  '  ',
  'Seoul',
  'said',
  'Kyiv',
  'he',
  'the agency',
  'lawmaker',
  'Park',
  'KIM',
  'JONG',
  'UN',
  'In December',
  'February 30',
  '2025',
  '0050',
  '11,000',
  '3,000+',
  '12k',
  'two',
  'a dozen',
  'three thousand',
  '1.5 million',
  '10-12,000',
  '300',
  '$',
  '%',
  'km',
  '*',
  '_',
  '•',
  'Killed:',
  'Wounded:',
  'NIS',
  'per',
  'according to',
  'citing',
  'Pyongyang',
];

const CHARS = ' \n\t.,:;-–—"\'()[]*_~≈$%0123456789aAbBcCkKnNsSéÉ\u00a0\u2009\u200b\u2028😀';

/** The `i`-th string from the PRNG `r`: one of three kinds in turn. */
export function fuzzString(r: () => number, i: number): string {
  const kind = i % 3;
  if (kind === 0) return articleText(r, 1 + Math.floor(r() * 10));
  const n = Math.floor(r() ** 2 * 400);
  const parts: string[] = kind === 1 ? ['North Korea'] : [r() < 0.5 ? 'North Korea ' : ''];
  for (let k = 0; k < n; k++) {
    if (kind === 1) parts.push(SOUP[Math.floor(r() * SOUP.length)]!);
    else parts.push(CHARS[Math.floor(r() * CHARS.length)]!);
  }
  return parts.join(kind === 1 ? (r() < 0.8 ? ' ' : '') : '');
}

// Article-shaped texts for the extraction fuzz and its properties: sentences
// built the way news copy is (a time, a source, a figure with its qualifier
// and noun, a verb), with headlines, fact boxes, timelines, quotes and page
// clutter among them, and damage (cut, glued, capitalised, repeated). Drawn
// from one seeded PRNG, so a failing text can be made again from its seed.
import fc from 'fast-check';
import { formatNumber } from '../../lib/text/numbers';
import { createRandom } from '../random';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const TIMES = [
  'In December,',
  'On February 30,',
  'Last week',
  'On Monday',
  'In late January 2025,',
  'Since October,',
  'By 12 March',
  'December 0050',
  'In May',
  'On 31 April 2024,',
  '',
];
const SOURCES = [
  'Seoul said',
  "South Korea's spy agency told lawmakers",
  'Zelensky said',
  'according to Kyiv,',
  'the Pentagon said',
  'lawmaker Lee Seong-kweun said',
  'he said',
  'Park Sun-won, a lawmaker, said',
  'KCNA reported',
  'the agency said',
  'citing the NIS,',
  '',
];
const QUALIFIERS = ['about', 'more than', 'up to', 'at least', 'nearly', 'some', 'c.', '~', 'between', 'roughly', 'fewer than', ''];
const NOUNS = [
  'North Korean troops',
  'North Korean soldiers',
  'soldiers',
  'troops from North Korea',
  'of them',
  'others',
  'North Koreans',
  'casualties',
  'deaths',
];
const VERBS = [
  'were killed',
  'have been wounded',
  'were killed or wounded',
  'were captured',
  'were sent to Russia',
  'are missing',
  'had died',
  'are fighting in Kursk',
  'were deployed',
];
const CLUTTER = [
  'Comments (48)',
  'Advertisement',
  'VideoTwo',
  'READ MORE',
  '© 2025',
  '12:45',
  'Share',
  '1/13',
  '300km',
  '50%',
  '$2,000',
  'Article 4',
  'aged 20',
  '2024-11-03',
];

function number(r: () => number): string {
  const n = Math.floor(r() ** 3 * 400_000);
  switch (Math.floor(r() * 6)) {
    case 0:
      return String(n);
    case 1:
      return pick(r, ['two', 'a dozen', 'three thousand', 'eleven-thousand', '15-hundred', 'one hundred and fifty']);
    case 2:
      return `${Math.max(1, Math.floor(n / 1000))}k`;
    case 3:
      return `${formatNumber(n)} to ${formatNumber(n + 1 + Math.floor(r() * 1000))}`;
    case 4:
      return `${formatNumber(n)}+`;
    default:
      return formatNumber(n);
  }
}

function sentence(r: () => number): string {
  const q = pick(r, QUALIFIERS);
  const fig =
    q === 'between'
      ? `between ${formatNumber(Math.floor(r() * 5000))} and ${formatNumber(5000 + Math.floor(r() * 5000))}`
      : `${q ? `${q} ` : ''}${number(r)}`;
  const parts = [pick(r, TIMES), pick(r, SOURCES), fig, pick(r, NOUNS), pick(r, VERBS)];
  if (r() < 0.3) parts.push(pick(r, [', Seoul said', ', he said', '– Kirby', ': NIS', ', state media reported']));
  let s = `${parts.filter(Boolean).join(' ')}.`;
  if (r() < 0.15) s = `"${s}"`;
  return s;
}

function block(r: () => number): string {
  switch (Math.floor(r() * 10)) {
    case 0:
      return `${pick(r, ['NORTH KOREA SENDS', 'N. Korea', 'Pyongyang'])} ${number(r)} ${pick(r, ['TROOPS', 'troops to Russia', 'SOLDIERS KILLED'])}: ${pick(r, ['SEOUL', 'Kyiv', 'NIS'])}`;
    case 1:
      return `North Korean troops in Russia\nKilled: ${number(r)}\nWounded: ${number(r)} (NIS estimate, September 2025)\nDeployed: ${number(r)}`;
    case 2:
      return `${pick(r, ['November 2024', '**Dec 2024**', '- 12 January 2025', 'Feb 30'])}: ${sentence(r)}`;
    case 3:
      return pick(r, CLUTTER);
    case 4:
      return `${sentence(r)} ${sentence(r)}`;
    default:
      return sentence(r);
  }
}

/** Damage as pages do it: cut mid-word, glued, capitalised, repeated, spaced out. */
function damage(r: () => number, s: string): string {
  switch (Math.floor(r() * 12)) {
    case 0:
      return s.slice(0, Math.floor(r() * s.length));
    case 1:
      return s.toUpperCase();
    case 2:
      return s.replace(/ /g, '');
    case 3:
      return s.repeat(2 + Math.floor(r() * 4));
    case 4:
      return s.replace(/ /g, pick(r, ['  ', '\u00a0', ' \n', '\t']));
    case 5:
      return s.replace(/\./g, pick(r, ['', '. .', '!', '…']));
    default:
      return s;
  }
}

/** An article-shaped text from the PRNG `r` (values in [0, 1)), about `blocks` paragraphs long. */
export function articleText(r: () => number, blocks: number): string {
  const out: string[] = [
    pick(r, ['North Korea sends troops to Russia', 'N. Korean soldiers killed in Kursk', 'Live: Ukraine war', 'Pyongyang']),
  ];
  for (let i = 0; i < blocks; i++) out.push(damage(r, block(r)));
  return out.join(pick(r, ['\n\n', '\n', ' ']));
}

/** fast-check's arbitrary of article-shaped texts (its seed drives the PRNG). */
export const articleArbitrary = (maxBlocks = 12) =>
  fc.tuple(fc.integer(), fc.integer({ min: 1, max: maxBlocks })).map(([seed, blocks]) => articleText(createRandom(seed), blocks));

// Numbers stage: figures refused before their sentence is read, because what
// they count cannot be troops.

import type { RawFigure } from '../figures';
import type { RuleInfo } from '../rule';

/** Beyond any troop count in this war: an army's whole size, a budget, a population. */
export const MAX_FIGURE = 300_000;

/** Signs before a number that make it money or a serial number ("$5,000", "№ 12"). */
const NOT_A_COUNT_SIGNS = ['$', '€', '£', '¥', '₩', '#', '№'];
/** Their character codes (each is one UTF-16 unit): every figure is asked, by its code, with no string made of it. */
const NOT_A_COUNT_SIGN_CODES = new Set(NOT_A_COUNT_SIGNS.map((sign) => sign.charCodeAt(0)));

export interface OutrightRule extends RuleInfo {
  refuses(text: string, figure: RawFigure): boolean;
}

export const OUTRIGHT_RULES: readonly OutrightRule[] = [
  {
    id: 'too-large',
    stage: 'numbers',
    summary: `a figure above ${MAX_FIGURE.toLocaleString('en')} counts no force in this war`,
    refuses: (_text, f) => f.value > MAX_FIGURE,
    cases: [
      { text: 'North Korea has an army of [1.2 million] soldiers, and sent 11,000 troops to Russia.', want: null },
      { text: 'North Korea sent [500,000] troops to Russia, a defector group claimed.', want: null },
      { text: 'North Korea sent [12,000] troops to Russia.', want: { low: 12000, high: 12000, metric: 'deployed' } },
    ],
  },
  {
    id: 'money-or-serial-number',
    stage: 'numbers',
    summary: 'a figure after a currency or number sign ("$2,000", "№ 12") is no head count',
    refuses: (text, f) => NOT_A_COUNT_SIGN_CODES.has(text.charCodeAt(f.start - 1)),
    cases: [
      { text: 'The families of North Korean troops killed in Kursk got €[2,000] each.', want: null },
      { text: 'North Korea sent #[3,000] troops to Kursk, the bulletin’s numbered item read.', want: null },
      { text: 'North Korea sent [3,000] troops to Russia in October.', want: { metric: 'deployed' } },
    ],
  },
];

// The grammar of written figures: digits with separators and decimals, "k"
// suffixes, scale words and English number words (compounds, hyphenation).
import { wordTable } from './word-table';

const UNITS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Readonly<Record<string, number>> = wordTable({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
});

/** Every word that can start or continue a written number (lower case). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'dozen', ...Object.keys(SCALES)];

/** Value of a number word, or undefined. */
export function wordValue(w: string): number | undefined {
  return UNITS[w] ?? TENS[w] ?? (w === 'hundred' ? 100 : w === 'dozen' ? 12 : SCALES[w]);
}

/** True for "hundred", "thousand", "million", "billion", "dozen". */
export function isScaleWord(w: string): boolean {
  return w === 'hundred' || w === 'dozen' || SCALES[w] !== undefined;
}

const DIGITS_RE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Value of a digit string ("10,000", "1.5") times `scale`, exact for decimals
 * whose fraction has no more digits than the scale has zeros ("1.5" × 1e6).
 */
export function scaleDigits(digits: string, scale = 1): number {
  // Digits and commas only, at most 15 digits (a double holds them exactly): the value read in place,
  // as Number reads the digits without their commas (no copy, no regex). Anything else below.
  let value = 0;
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      n++;
    } else if (c !== 44) {
      n = -1;
      break;
    }
  }
  if (n > 0 && n <= 15) return value * scale;
  const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
  const dot = plain.indexOf('.');
  if (dot < 0 || scale === 1) return Number(plain) * scale;
  const zeros = Math.round(Math.log10(scale));
  const frac = plain.slice(dot + 1);
  if (Number.isInteger(zeros) && frac.length <= zeros) {
    return Number(plain.slice(0, dot) + frac.padEnd(zeros, '0'));
  }
  return Number(plain) * scale;
}

type Kind = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'digits';

/**
 * Incremental reader of a number-word sequence. `push` returns false when the
 * token cannot continue the number (the caller stops before it).
 */
export class NumberAccumulator {
  private total = 0;
  private current = 0;
  private kind: Kind = 'none';
  private lastScale = Infinity;
  private pendingAnd = false;
  tokens = 0;

  /** Back to the state of a new accumulator (a scanner reads every figure with one, and makes none per figure). */
  reset(): this {
    this.total = 0;
    this.current = 0;
    this.kind = 'none';
    this.lastScale = Infinity;
    this.pendingAnd = false;
    this.tokens = 0;
    return this;
  }

  get value(): number {
    return this.total + this.current;
  }

  /** True when what was read so far is a complete number ("a" alone is not). */
  get complete(): boolean {
    return this.kind !== 'none' && this.kind !== 'a' && !this.pendingAnd;
  }

  pushDigits(value: number): boolean {
    if (this.kind !== 'none') return false;
    this.current = value;
    this.kind = 'digits';
    this.tokens++;
    return true;
  }

  /** `w` lower case. */
  push(w: string): boolean {
    const k = this.kind;
    if (w === 'a' || w === 'an') {
      if (k !== 'none') return false;
      this.kind = 'a';
      this.tokens++;
      return true;
    }
    if (w === 'and') {
      if ((k === 'hundred' || k === 'scale') && !this.pendingAnd) {
        this.pendingAnd = true;
        return true;
      }
      return false;
    }
    const unit = UNITS[w];
    if (unit !== undefined) {
      if (unit < 10) {
        if (k === 'a' || k === 'unit' || k === 'teen' || k === 'digits' || k === 'dozen') return false;
        if (k === 'tens' && this.pendingAnd) return false;
        this.current += unit;
        this.kind = 'unit';
      } else {
        if (k !== 'none' && k !== 'hundred' && k !== 'scale') return false;
        this.current += unit;
        this.kind = 'teen';
      }
      return this.accept();
    }
    const tens = TENS[w];
    if (tens !== undefined) {
      if (k !== 'none' && k !== 'hundred' && k !== 'scale') return false;
      this.current += tens;
      this.kind = 'tens';
      return this.accept();
    }
    if (w === 'hundred') {
      if (this.pendingAnd) return false;
      if (k === 'a') this.current = 100;
      else if (k === 'unit' || k === 'teen' || k === 'tens' || k === 'digits') {
        if (this.current >= 100 && k !== 'digits') return false;
        this.current *= 100;
      } else return false;
      this.kind = 'hundred';
      return this.accept();
    }
    if (w === 'dozen') {
      if (this.pendingAnd) return false;
      if (k === 'a') this.current = 12;
      else if (k === 'unit' || k === 'teen' || k === 'digits') this.current *= 12;
      else return false;
      this.kind = 'dozen';
      return this.accept();
    }
    const scale = SCALES[w];
    if (scale !== undefined) {
      if (this.pendingAnd || scale >= this.lastScale) return false;
      if (k === 'a') this.total += scale;
      else if (k === 'unit' || k === 'teen' || k === 'tens' || k === 'hundred' || k === 'digits') {
        this.total += this.current * scale;
      } else return false;
      this.current = 0;
      this.lastScale = scale;
      this.kind = 'scale';
      return this.accept();
    }
    return false;
  }

  /** Digits after a scale word ("four-thousand-100"): below that scale, they end the number. */
  pushTrailingDigits(value: number): boolean {
    if (this.kind !== 'scale' || this.pendingAnd || !(value > 0 && value < this.lastScale && value < 1000)) return false;
    this.current += value;
    this.kind = 'digits';
    this.tokens++;
    return true;
  }

  /** Multiply a lone digit value by a scale word ("1.5 million") exactly. */
  pushDigitScale(digits: string, w: string): boolean {
    if (this.kind !== 'digits') return false;
    const scale = w === 'hundred' ? 100 : SCALES[w];
    if (scale === undefined) return false;
    this.current = scaleDigits(digits, scale);
    this.kind = scale === 100 ? 'hundred' : 'scale';
    if (scale !== 100) {
      this.total += this.current;
      this.current = 0;
      this.lastScale = scale;
    }
    this.tokens++;
    return true;
  }

  private accept(): boolean {
    this.pendingAnd = false;
    this.tokens++;
    return true;
  }
}

/**
 * Parses a whole string as one number: "10,000", "1.5 million", "12k",
 * "three thousand", "eleven-thousand", "15-hundred", "a dozen", "-5".
 * Returns null when the string is not exactly one number.
 */
export function parseNumber(s: string): number | null {
  let str = s.trim();
  let sign = 1;
  if (str.startsWith('-')) {
    sign = -1;
    str = str.slice(1);
  }
  if (str === '') return null;
  const parts = str.toLowerCase().split(/[\s\u00a0-]+/);
  const acc = new NumberAccumulator();
  let lastDigits: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === 0 && /^\d/.test(p)) {
      let d = p;
      let mult = 1;
      if (d.endsWith('k')) {
        d = d.slice(0, -1);
        mult = 1000;
      }
      if (!DIGITS_RE.test(d)) return null;
      const v = mult === 1 ? scaleDigits(d) : scaleDigits(d, mult);
      if (!Number.isFinite(v)) return null;
      acc.pushDigits(v);
      lastDigits = mult === 1 ? d : null;
      continue;
    }
    if (i === 1 && lastDigits !== null && (p === 'hundred' || SCALES[p] !== undefined)) {
      if (!acc.pushDigitScale(lastDigits, p)) return null;
      continue;
    }
    if (!acc.push(p)) return null;
  }
  if (!acc.complete) return null;
  return sign * acc.value;
}

function groupThousands(intDigits: string): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += ',';
    out += intDigits[i];
  }
  return out;
}

/**
 * Writes a number with comma thousands separators ("10000" → "10,000"), so
 * that `parseNumber(formatNumber(n)) === n` for every finite number written
 * without an exponent. Non-finite numbers come back as `String(n)`.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  let body: string;
  if (Number.isInteger(abs)) {
    body = groupThousands(BigInt(abs).toString());
  } else {
    const s = abs >= 1e-6 && abs < 1e21 ? String(abs) : abs.toFixed(20).replace(/(?<!0)0+$/, '');
    const [int = '0', frac = ''] = s.split('.');
    body = frac ? `${groupThousands(int)}.${frac}` : groupThousands(int);
  }
  return neg && abs !== 0 ? `-${body}` : body;
}

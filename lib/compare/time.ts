/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

export { SAME_BRIEFING_DAYS, SAME_THING_DAYS } from './thresholds';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ASCII digits date[i, i + n) as a number, or -1 when one is not a digit. */
function digitsAt(date: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = date.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Days in month `mo` (1 to 12) of year `y`, proleptic Gregorian (as Date counts). */
function daysIn(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/**
 * Milliseconds (UTC midnight) of a "YYYY-MM-DD" or "YYYY-MM" date; a month
 * counts as its 15th day. null when the string is not such a date, or names
 * no such day (2025-02-30, month 00) or a year before 100 (which Date.UTC
 * would read as 19YY). Read in place: no regex, no Date object per call.
 */
export function parseDay(date: string): number | null {
  const n = date.length;
  if ((n !== 7 && n !== 10) || date.charCodeAt(4) !== 45) return null;
  const y = digitsAt(date, 0, 4);
  const mo = digitsAt(date, 5, 2);
  let d = 15;
  if (n === 10) {
    if (date.charCodeAt(7) !== 45) return null;
    d = digitsAt(date, 8, 2);
  }
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return Date.UTC(y, mo - 1, d);
}

/** True when `date` is a real calendar day written "YYYY-MM-DD". */
export function isIsoDay(date: string): boolean {
  return DAY.test(date) && parseDay(date) !== null;
}

/**
 * The comparison time of a figure: its period when the text gives one (and it
 * parses), else the article's publication date. null when neither parses.
 */
export function comparisonTime(period: string | null, published: string): number | null {
  return (period !== null ? parseDay(period) : null) ?? parseDay(published);
}

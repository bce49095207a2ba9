/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

export { SAME_BRIEFING_DAYS, SAME_THING_DAYS } from './thresholds';

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Milliseconds (UTC midnight) of a "YYYY-MM-DD" or "YYYY-MM" date; a month
 * counts as its 15th day. null when the string is not such a date.
 */
export function parseDay(date: string): number | null {
  const month = MONTH.exec(date);
  const full = month ? `${date}-15` : date;
  const m = DAY.exec(full);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Reject dates that roll over (2025-02-30).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
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

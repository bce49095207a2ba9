// What screen-reader users hear once per page, and the names of the figures'
// keyboard stops. Pure functions.
import type { Metric, Verdict } from '../types';
import { METRIC_NOUNS, VERDICT_SHORT } from './labels';

/** The keys that step through the painted figures (handled on the page and as browser commands). */
export const NEXT_KEY = 'Alt+Shift+Period';
export const PREVIOUS_KEY = 'Alt+Shift+Comma';

/** Which way a key press steps, or null when it is not one of ours: Alt+Shift+. and Alt+Shift+, (by key position). */
export function navigationKey(e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code?: string }): 1 | -1 | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'Period') return 1;
  if (e.code === 'Comma') return -1;
  return null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Tallymark checked 7 figures on this page: 2 contradicted by other reports, 3 more
 * highlighted. Alt+Shift+Period steps to the next, Alt+Shift+Comma to the previous."
 * Null when nothing was checked.
 */
export function pageAnnouncement(verdicts: readonly Verdict[]): string | null {
  if (verdicts.length === 0) return null;
  const contradicted = verdicts.filter((v) => v === 'conflicts' || v === 'disputed').length;
  const painted = verdicts.filter((v) => v !== 'unique').length;
  const rest = painted - contradicted;
  const what = `${contradicted} contradicted by other reports${rest > 0 ? `, ${rest} more compared` : ''}`;
  const keys =
    painted > 0
      ? ` ${NEXT_KEY} opens the next highlighted figure, ${PREVIOUS_KEY} the previous; Escape closes it.`
      : ' None is highlighted.';
  return `Tallymark checked ${plural(verdicts.length, 'figure', 'figures')} on this page: ${what}.${keys}`;
}

/** A figure's keyboard stop: "Figure 2 of 7, conflicts: more than 3,000 deaths". */
export function figureStopLabel(f: { verdict: Verdict; figure: string; metric: Metric }, index: number, total: number): string {
  return `Figure ${index + 1} of ${total}, ${VERDICT_SHORT[f.verdict].toLowerCase()}: ${f.figure} ${METRIC_NOUNS[f.metric]}`;
}

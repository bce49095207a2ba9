// Words the exports and the popup show for the contract's codes.
import type { Attribution, Metric, Qualifier, Side, Verdict } from '../types';

export const VERDICT_LABELS: Record<Verdict, string> = {
  conflicts: 'Conflicts',
  differs: 'Differs',
  agrees: 'Agrees',
  unique: 'Only here',
};

/** One line on what a verdict means, for a reader. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  conflicts: 'Another outlet reports a figure that does not overlap this one.',
  differs: 'Other outlets state another number or bound, without contradicting it.',
  agrees: 'Other outlets report the same figure.',
  unique: 'No other outlet in the store reports this, at this time.',
};

export const METRIC_LABELS: Record<Metric, string> = {
  deployed: 'Troops deployed',
  killed: 'Killed',
  wounded: 'Wounded',
  casualties: 'Casualties (killed and wounded)',
  captured: 'Captured',
  missing: 'Missing',
};

export const SIDE_LABELS: Record<Side, string> = {
  kr: 'South Korea',
  ua: 'Ukraine',
  us: 'United States',
  ru: 'Russia',
  kp: 'North Korea',
  other: 'Other',
};

const formatNumber = (n: number) => n.toLocaleString('en-US');

/** The bounds in words: "about 300", "at least 10,000", "11,000–12,000"; "unknown" when both are null. */
export function describeBounds(low: number | null, high: number | null, qualifier: Qualifier): string {
  if (low !== null && high !== null && low !== high) return `${formatNumber(low)}–${formatNumber(high)}`;
  if (low !== null && high !== null) {
    return qualifier === 'approx' ? `about ${formatNumber(low)}` : formatNumber(low);
  }
  if (low !== null) return `at least ${formatNumber(low)}`;
  if (high !== null) return `up to ${formatNumber(high)}`;
  return 'unknown';
}

/** "South Korea (lawmaker Lee)" or "no one named". */
export function describeAttribution(attribution: Attribution | null): string {
  if (!attribution) return 'no one named';
  const side = SIDE_LABELS[attribution.side];
  const text = attribution.text.trim();
  return text && text.toLowerCase() !== side.toLowerCase() ? `${side} (${text})` : side;
}

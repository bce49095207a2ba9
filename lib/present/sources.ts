// Who says what: the sources a figure can be attributed to, by the names a
// reader knows them by (the capital speaks for the government), and grouping
// figures by source. Pure functions of the contract's data.
import type { Attribution, ComparedFigure, Side } from '../types';

/** A source: an attribution side, or null for figures that name no one. */
export type SourceKey = Side | null;

export const SOURCE_NAMES: Record<Side, string> = {
  kr: 'Seoul',
  ua: 'Kyiv',
  us: 'Washington',
  ru: 'Moscow',
  kp: 'Pyongyang',
  other: 'Others named',
};

/** Who the capital stands for, for a reader who does not know it. */
export const SOURCE_WHO: Record<Side, string> = {
  kr: 'South Korean officials: the NIS spy agency, the Joint Chiefs, lawmakers briefed by them',
  ua: 'Ukrainian officials: the president, military intelligence (HUR), the SBU',
  us: 'US officials: the Pentagon, the State Department, the White House',
  ru: 'Russian officials',
  kp: 'North Korean state media and officials',
  other: 'anyone else named: analysts, think tanks, other governments',
};

/** The order sources are listed in: the governments that count, then others, then the unnamed. */
export const SOURCE_ORDER: readonly SourceKey[] = ['kr', 'ua', 'us', 'ru', 'kp', 'other', null];

export const sourceOf = (a: Attribution | null | undefined): SourceKey => a?.side ?? null;

/** "Seoul"; "Unnamed" for figures that name no one. */
export function sourceName(key: SourceKey): string {
  return key === null ? 'Unnamed' : SOURCE_NAMES[key];
}

/** "Seoul's" (possessive); "an unnamed source's" for null. */
export function sourcePossessive(key: SourceKey): string {
  if (key === null) return 'an unnamed source’s';
  if (key === 'other') return 'another named source’s';
  return `${SOURCE_NAMES[key]}’s`;
}

/** The day a figure stands for: its period (a month as its 15th), else its publication date. */
export function timeOf(f: { period: string | null; published: string }): string {
  if (f.period && /^\d{4}-\d{2}$/.test(f.period)) return `${f.period}-15`;
  return f.period ?? f.published;
}

/** Whole days from 1970-01-01 for "YYYY-MM-DD" (or "YYYY-MM", its 15th); NaN when not a date. */
export function dayNumber(day: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / 86_400_000;
}

/** Distinct outlets, in order of first appearance (case and spaces ignored). */
export function distinctOutlets(figures: readonly { outlet: string }[]): string[] {
  const seen = new Map<string, string>();
  for (const f of figures) {
    const key = f.outlet.trim().toLowerCase();
    if (!seen.has(key)) seen.set(key, f.outlet.trim());
  }
  return [...seen.values()];
}

export interface SourceGroup {
  source: SourceKey;
  name: string;
  /** The source's latest figure among those given (by its time). */
  current: ComparedFigure;
  /** Outlets that carry the current figure (same bounds). */
  currentOutlets: string[];
  /** Every figure of the group: the current figure and those with its bounds first, then the rest, latest first. */
  figures: ComparedFigure[];
}

const sameBounds = (a: { low: number | null; high: number | null }, b: { low: number | null; high: number | null }) =>
  a.low === b.low && a.high === b.high;

/** Figures grouped by source, in SOURCE_ORDER; within a group the current figure and its repeats first. */
export function groupBySource(figures: readonly ComparedFigure[]): SourceGroup[] {
  const bySource = new Map<SourceKey, ComparedFigure[]>();
  for (const f of figures) {
    const key = sourceOf(f.attribution);
    const list = bySource.get(key) ?? [];
    list.push(f);
    bySource.set(key, list);
  }
  const groups: SourceGroup[] = [];
  for (const key of SOURCE_ORDER) {
    const list = bySource.get(key);
    if (!list || list.length === 0) continue;
    const latestFirst = [...list].sort((a, b) => timeOf(b).localeCompare(timeOf(a)) || a.outlet.localeCompare(b.outlet));
    const current = latestFirst[0]!;
    const same = latestFirst.filter((f) => sameBounds(f, current));
    const rest = latestFirst.filter((f) => !sameBounds(f, current));
    groups.push({ source: key, name: sourceName(key), current, currentOutlets: distinctOutlets(same), figures: [...same, ...rest] });
  }
  return groups;
}

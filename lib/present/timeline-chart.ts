// The geometry of a timeline chart: one step line per source over time, the
// page's own figure marked. Pure numbers and strings (the SVG component only
// draws what this returns), so it is tested without a DOM.
import type { Attribution, Qualifier } from '../types';
import { type SourceKey, SOURCE_ORDER, dayNumber, sourceName, sourceOf, timeOf } from './sources';
import { describeAmount, formatDay } from './verdict-words';

/** A dated figure as the chart needs it. */
export interface ChartFigure {
  attribution: Attribution | null;
  period: string | null;
  published: string;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  outlet?: string;
}

export interface ChartPoint {
  x: number;
  y: number;
  day: number;
  /** "YYYY-MM-DD" (or "YYYY-MM-15" for a month). */
  time: string;
  value: number;
  /** "about 300 (13 Jan 2025)" */
  label: string;
}

export interface ChartSeries {
  source: SourceKey;
  name: string;
  points: ChartPoint[];
  /** SVG path data of the step line: flat until the next figure, then up or down to it. */
  path: string;
  /** Stroke dash pattern, so lines differ by more than colour ('' = solid). */
  dash: string;
}

export interface Tick {
  /** Position along the axis (x for time, y for counts). */
  at: number;
  label: string;
}

export interface TimelineChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  series: ChartSeries[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** This page's figure, when it can be placed. */
  page: ChartPoint | null;
}

/** Dash patterns per source (solid for Seoul, dashed for Kyiv, …): lines are told apart without colour. */
export const SOURCE_DASH: Record<string, string> = {
  kr: '',
  ua: '6 3',
  us: '2 3',
  ru: '8 3 2 3',
  kp: '10 4',
  other: '1 4',
  none: '4 2 1 2',
};

const dashOf = (s: SourceKey) => SOURCE_DASH[s ?? 'none'] ?? '';

/** The number a figure is drawn at: the point, the midpoint of a range, or its one bound. */
export function plotValue(f: { low: number | null; high: number | null }): number | null {
  if (f.low !== null && f.high !== null) return f.low === f.high ? f.low : (f.low + f.high) / 2;
  return f.low ?? f.high;
}

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above `n`. */
export function niceCeil(n: number): number {
  if (!(n > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** "Jan 2025" for a day number. */
function monthLabel(day: number): string {
  const d = new Date(day * 86_400_000);
  return formatDay(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
}

/** Short count: 3000 → "3,000", 12500 → "12.5k". */
function countLabel(n: number): string {
  if (n >= 10_000) return `${round(n / 1000)}k`;
  return Math.round(n).toLocaleString('en-US');
}

export interface ChartOptions {
  width?: number;
  height?: number;
}

/**
 * The chart of `figures` (one step line per source, in SOURCE_ORDER) with
 * `page` marked; null when nothing can be drawn (no dated figure with a bound).
 */
export function buildTimelineChart(
  figures: readonly ChartFigure[],
  page: ChartFigure | null,
  options: ChartOptions = {},
): TimelineChart | null {
  const width = options.width ?? 320;
  const height = options.height ?? 150;
  const plot = { left: 44, top: 10, right: width - 12, bottom: height - 22 };

  type Raw = { source: SourceKey; day: number; time: string; value: number; f: ChartFigure };
  const raw: Raw[] = [];
  for (const f of figures) {
    const value = plotValue(f);
    const time = timeOf(f);
    const day = dayNumber(time);
    if (value === null || !Number.isFinite(day)) continue;
    raw.push({ source: sourceOf(f.attribution), day, time, value, f });
  }
  const pageValue = page ? plotValue(page) : null;
  const pageTime = page ? timeOf(page) : '';
  const pageDay = page ? dayNumber(pageTime) : Number.NaN;
  const pageOk = pageValue !== null && Number.isFinite(pageDay);
  if (raw.length === 0 && !pageOk) return null;

  const days = raw.map((r) => r.day).concat(pageOk ? [pageDay] : []);
  let minDay = Math.min(...days);
  let maxDay = Math.max(...days);
  if (maxDay - minDay < 30) {
    minDay -= 15;
    maxDay += 15;
  }
  const values = raw.map((r) => r.value).concat(pageOk ? [pageValue!] : []);
  const top = niceCeil(Math.max(...values) * 1.05);
  const x = (day: number) => round(plot.left + ((day - minDay) / (maxDay - minDay)) * (plot.right - plot.left));
  const y = (v: number) => round(plot.bottom - (v / top) * (plot.bottom - plot.top));

  const series: ChartSeries[] = [];
  for (const source of SOURCE_ORDER) {
    const mine = raw.filter((r) => r.source === source).sort((a, b) => a.day - b.day || a.value - b.value);
    if (mine.length === 0) continue;
    const points = mine.map((r) => ({
      x: x(r.day),
      y: y(r.value),
      day: r.day,
      time: r.time,
      value: r.value,
      label: `${describeAmount(r.f)} (${formatDay(r.f.period ?? r.f.published)}${r.f.outlet ? `, ${r.f.outlet}` : ''})`,
    }));
    let path = `M${points[0]!.x} ${points[0]!.y}`;
    for (const p of points.slice(1)) path += ` H${p.x} V${p.y}`;
    const last = points[points.length - 1]!;
    if (last.x < plot.right) path += ` H${plot.right}`;
    series.push({ source, name: sourceName(source), points, path, dash: dashOf(source) });
  }

  const xTicks: Tick[] = [{ at: x(minDay), label: monthLabel(minDay) }];
  if (maxDay - minDay > 90) xTicks.push({ at: x((minDay + maxDay) / 2), label: monthLabel((minDay + maxDay) / 2) });
  xTicks.push({ at: x(maxDay), label: monthLabel(maxDay) });
  const yTicks: Tick[] = [0, top / 2, top].map((v) => ({ at: y(v), label: countLabel(v) }));

  const pagePoint: ChartPoint | null = pageOk
    ? {
        x: x(pageDay),
        y: y(pageValue!),
        day: pageDay,
        time: pageTime,
        value: pageValue!,
        label: `this page: ${describeAmount(page!)} (${formatDay(page!.period ?? page!.published)})`,
      }
    : null;
  return { width, height, plot, series, xTicks, yTicks, page: pagePoint };
}

/** One source's line in words, for the list beside the chart: "Seoul: at least 100 (23 Dec 2024), 300 (13 Jan 2025)". */
export function describeSeries(s: ChartSeries): string {
  return `${s.name}: ${s.points.map((p) => p.label).join(', then ')}`;
}

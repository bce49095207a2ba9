// @vitest-environment happy-dom
// The timeline chart: points and steps from given figures, dates on the axis, the page's figure marked.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { TimelineChart } from '../../../components/chart/TimelineChart';
import { type ChartFigure, buildTimelineChart, niceCeil, plotValue } from '../../../lib/present/timeline-chart';

afterEach(cleanup);

const fig = (
  side: ChartFigure['attribution'] extends infer A ? (A extends { side: infer S } ? S : never) | null : never,
  published: string,
  low: number | null,
  high: number | null,
  extra: Partial<ChartFigure> = {},
): ChartFigure => ({
  attribution: side ? { side, text: '' } : null,
  period: null,
  published,
  low,
  high,
  qualifier: low === high ? 'exact' : low === null ? 'atMost' : high === null ? 'atLeast' : 'range',
  outlet: 'Some Paper',
  ...extra,
});

// Seoul: 100 (Dec), 300 (Jan), 600 (Apr); Kyiv: 3,800 (Jan). The page: more than 3,000 in January.
const FIGURES = [
  fig('kr', '2024-12-23', 100, null),
  fig('kr', '2025-01-13', 300, 300),
  fig('kr', '2025-04-28', 600, 600),
  fig('ua', '2025-01-20', 3800, 3800),
];
const PAGE = fig('kr', '2025-01-13', 3000, null);

describe('buildTimelineChart', () => {
  const chart = buildTimelineChart(FIGURES, PAGE, { width: 300, height: 150 })!;

  test('one series per source, in the order Seoul, Kyiv; points in time order', () => {
    expect(chart.series.map((s) => s.name)).toEqual(['Seoul', 'Kyiv']);
    const seoul = chart.series[0]!;
    expect(seoul.points.map((p) => p.value)).toEqual([100, 300, 600]);
    expect(seoul.points.map((p) => p.time)).toEqual(['2024-12-23', '2025-01-13', '2025-04-28']);
    // Later points lie to the right, higher counts higher up (smaller y).
    const xs = seoul.points.map((p) => p.x);
    const ys = seoul.points.map((p) => p.y);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(ys[0]! > ys[1]! && ys[1]! > ys[2]!).toBe(true);
  });

  test('a step line: flat to the next figure’s date, then up to it, then flat to the right edge', () => {
    const [a, b, c] = chart.series[0]!.points;
    // Seoul's last figure is the chart's last date: the line ends there.
    expect(chart.series[0]!.path).toBe(`M${a!.x} ${a!.y} H${b!.x} V${b!.y} H${c!.x} V${c!.y}`);
    const [k] = chart.series[1]!.points;
    expect(chart.series[1]!.path).toBe(`M${k!.x} ${k!.y} H${chart.plot.right}`);
    expect(chart.series[0]!.dash).toBe('');
    expect(chart.series[1]!.dash).not.toBe('');
  });

  test('the axes: months at both ends (and the middle of a long span), counts from 0 to a round top', () => {
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Dec 2024', 'Feb 2025', 'Apr 2025']);
    expect(chart.xTicks[0]!.at).toBe(chart.plot.left);
    expect(chart.xTicks[2]!.at).toBe(chart.plot.right);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '2,500', '5,000']);
    expect(chart.yTicks[0]!.at).toBe(chart.plot.bottom);
    expect(chart.yTicks[2]!.at).toBe(chart.plot.top);
  });

  test('the page’s figure is placed at its date and count', () => {
    expect(chart.page!.time).toBe('2025-01-13');
    expect(chart.page!.value).toBe(3000);
    expect(chart.page!.x).toBe(chart.series[0]!.points[1]!.x);
    expect(chart.page!.label).toBe('this page: more than 3,000 (13 Jan 2025)');
  });

  test('a month is drawn at its 15th; a range at its middle; figures without a bound or date are left out', () => {
    const c = buildTimelineChart(
      [fig('ua', '2025-02-01', 1000, 2000, { period: '2024-12' }), fig('us', 'not a date', 5, 5), fig(null, '2025-01-01', null, null)],
      null,
    )!;
    expect(c.series.map((s) => s.name)).toEqual(['Kyiv']);
    expect(c.series[0]!.points[0]!.time).toBe('2024-12-15');
    expect(c.series[0]!.points[0]!.value).toBe(1500);
    expect(c.page).toBeNull();
    expect(buildTimelineChart([], null)).toBeNull();
  });

  test('helpers', () => {
    expect(plotValue({ low: null, high: 40 })).toBe(40);
    expect([niceCeil(3990), niceCeil(210), niceCeil(1), niceCeil(0)]).toEqual([5000, 250, 1, 1]);
  });
});

describe('<TimelineChart>', () => {
  test('draws a path and a point per figure, the axis dates, the page mark, and a list for screen readers', () => {
    const chart = buildTimelineChart(FIGURES, PAGE)!;
    render(<TimelineChart chart={chart} title="Deaths over time" />);
    const svg = document.querySelector('svg[data-chart="timeline"]')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('[data-source="kr"] path')!.getAttribute('d')).toBe(chart.series[0]!.path);
    expect(svg.querySelectorAll('[data-source="kr"] circle')).toHaveLength(3);
    expect(svg.querySelectorAll('[data-source="ua"] circle')).toHaveLength(1);
    expect([...svg.querySelectorAll('[data-tick="x"]')].map((t) => t.textContent)).toEqual(['Dec 2024', 'Feb 2025', 'Apr 2025']);
    expect(svg.querySelector('[data-page="true"] rect')).not.toBeNull();
    const items = [...document.querySelectorAll('[data-list="timeline"] li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Seoul: more than 100 (23 Dec 2024, Some Paper), then 300 (13 Jan 2025, Some Paper), then 600 (28 Apr 2025, Some Paper).',
      'Kyiv: 3,800 (20 Jan 2025, Some Paper).',
      'This page’s figure: more than 3,000 (13 Jan 2025).',
    ]);
    expect(document.querySelector('figcaption')!.textContent).toBe('Deaths over time');
  });
});

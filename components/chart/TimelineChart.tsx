// A timeline as inline SVG: one step line per source, the page's figure marked,
// dates and counts on the axes; and the same as a list for screen readers.
// Geometry comes from lib/present/timeline-chart.ts; this only draws it.
import { type TimelineChart as Chart, describeSeries } from '../../lib/present/timeline-chart';

export interface TimelineChartProps {
  chart: Chart;
  /** What the chart is of, e.g. "Deaths reported over time". */
  title: string;
  /** Class prefix of the host styles ('tm' in the popover, 'tl' in the popup). */
  prefix?: string;
}

const sourceClass = (source: string | null) => source ?? 'none';

export function TimelineChart({ chart, title, prefix = 'tm' }: TimelineChartProps) {
  const { width, height, plot, series, xTicks, yTicks, page } = chart;
  const c = (name: string) => `${prefix}-${name}`;
  return (
    <figure class={c('chart')}>
      <figcaption class={c('chart-title')}>{title}</figcaption>
      <svg
        class={c('chart-svg')}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        aria-hidden="true"
        focusable="false"
        data-chart="timeline"
      >
        <g class={c('chart-grid')}>
          {yTicks.map((t) => (
            <g key={`y${t.at}`}>
              <line x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} class={c('chart-gridline')} />
              <text x={plot.left - 4} y={t.at} dy="0.32em" text-anchor="end" class={c('chart-tick')} data-tick="y">
                {t.label}
              </text>
            </g>
          ))}
          {xTicks.map((t, i) => (
            <text
              key={`x${i}`}
              x={t.at}
              y={plot.bottom + 14}
              text-anchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
              class={c('chart-tick')}
              data-tick="x"
            >
              {t.label}
            </text>
          ))}
        </g>
        {series.map((s) => (
          <g key={sourceClass(s.source)} class={`${c('series')} ${c(`s-${sourceClass(s.source)}`)}`} data-source={sourceClass(s.source)}>
            <path d={s.path} fill="none" stroke-width="2" stroke-dasharray={s.dash || undefined} class={c('series-line')} />
            {s.points.map((p, i) => (
              <circle key={i} cx={p.x} cy={p.y} r="3" class={c('series-point')} data-time={p.time} data-value={p.value} />
            ))}
          </g>
        ))}
        {page ? (
          <g class={c('chart-page')} data-page="true">
            <rect
              x={page.x - 5}
              y={page.y - 5}
              width="10"
              height="10"
              transform={`rotate(45 ${page.x} ${page.y})`}
              class={c('page-mark')}
            />
            <text
              x={page.x}
              y={Math.max(page.y - 9, 9)}
              text-anchor={page.x > (plot.left + plot.right) / 2 ? 'end' : 'start'}
              class={c('chart-tick')}
            >
              this page
            </text>
          </g>
        ) : null}
      </svg>
      <ul class={c('chart-legend')} aria-hidden="true">
        {series.map((s) => (
          <li key={sourceClass(s.source)}>
            <svg class={c(`s-${sourceClass(s.source)}`)} width="22" height="8" viewBox="0 0 22 8" focusable="false" aria-hidden="true">
              <line x1="1" x2="21" y1="4" y2="4" stroke-width="2" stroke-dasharray={s.dash || undefined} class={c('series-line')} />
            </svg>
            {s.name}
          </li>
        ))}
        {page ? (
          <li class={c('legend-page')}>
            <svg width="12" height="12" viewBox="0 0 12 12" focusable="false" aria-hidden="true">
              <rect x="2" y="2" width="8" height="8" transform="rotate(45 6 6)" class={c('page-mark')} />
            </svg>
            this page
          </li>
        ) : null}
      </ul>
      <ul class={c('sr')} data-list="timeline">
        {series.map((s) => (
          <li key={sourceClass(s.source)}>{describeSeries(s)}.</li>
        ))}
        {page ? <li>This page’s figure: {page.label.replace(/^this page: /, '')}.</li> : null}
      </ul>
    </figure>
  );
}

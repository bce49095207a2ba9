import { useEffect, useRef } from 'preact/hooks';
import { relationOf } from '../lib/present/relation';
import { SCOPE_WORDS } from '../lib/present/scope-words';
import { groupBySource } from '../lib/present/sources';
import { buildTimelineChart } from '../lib/present/timeline-chart';
import { METRIC_HEADINGS, VERDICT_SHORT, VERDICT_TITLES, describeAmount, formatDay } from '../lib/present/verdict-words';
import { attributionSentence, figuresOverTime, leadSentence, reasonSentence } from '../lib/present/verdict-story';
import type { JudgedClaim } from '../lib/types';
import { TimelineChart } from './chart/TimelineChart';
import { CompareItem } from './popover/CompareItem';

export interface PopoverProps {
  claim: JudgedClaim;
  /** This figure's place among the page's painted figures, for "2 of 7". */
  place?: { index: number; total: number };
  onClose: () => void;
  /** Move to the previous / next figure; buttons are shown when given. */
  onNavigate?: (direction: 1 | -1) => void;
  /** Colour scheme to follow (the page's). */
  scheme?: 'light' | 'dark';
  /** Ids must be unique in the shadow root; a prefix keeps them so. */
  idPrefix?: string;
  /** The page's publication date ("YYYY-MM-DD"), where the figure's own time is not given. */
  published?: string;
  /** Why what the verdict weighed is not shown (the background could not give it): said in place of it. */
  unavailable?: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The popover for one figure. A header that stays in view (verdict, figure,
 * Close, Previous/Next and "n of m"); below it, scrolling: the verdict in one
 * sentence, why the figures differ, whose figure it is, the compared figures
 * grouped by source, and the timeline chart. A labelled dialog; focus moves
 * into it (or stays on Previous/Next after stepping); Escape closes it.
 */
export function Popover({ claim, place, onClose, onNavigate, scheme = 'light', idPrefix = 'tm', published, unavailable }: PopoverProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const prev = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  /** The button that stepped here: focus stays on it. */
  const stepped = useRef<0 | 1 | -1>(0);
  const badgeId = `${idPrefix}-badge`;
  const titleId = `${idPrefix}-title`;
  const leadId = `${idPrefix}-lead`;

  useEffect(() => {
    const target = stepped.current === 1 ? next.current : stepped.current === -1 ? prev.current : dialog.current;
    stepped.current = 0;
    target?.focus({ preventScroll: true });
  }, [claim]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  const step = (direction: 1 | -1) => {
    stepped.current = direction;
    onNavigate?.(direction);
  };

  const scope = claim.scope ?? 'total';
  const reason = reasonSentence(claim);
  // The sources that disagree with the page first: they are why the figure is marked.
  const apart = (f: { low: number | null; high: number | null }) => relationOf(claim, f) === 'apart';
  const groups = groupBySource(claim.compared).sort((a, b) => Number(b.figures.some(apart)) - Number(a.figures.some(apart)));
  const overTime = figuresOverTime(claim);
  const chart =
    scope === 'total' || scope === 'plan'
      ? buildTimelineChart(overTime, { ...claim, published: claim.period ?? published ?? '' }, { width: 340, height: 140 })
      : null;
  const showChart = chart !== null && chart.series.length > 0;

  return (
    <div
      ref={dialog}
      class={`tm-popover tm-${claim.verdict}`}
      data-scheme={scheme}
      role="dialog"
      aria-labelledby={`${badgeId} ${titleId}`}
      aria-describedby={leadId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="tm-head">
        <div class="tm-head-row">
          <span id={badgeId} class={`tm-badge tm-badge-${claim.verdict}`}>
            {VERDICT_SHORT[claim.verdict]}
          </span>
          <h2 id={titleId} class="tm-title-h">
            {METRIC_HEADINGS[claim.metric]}: <q>{claim.figure}</q>
            {scope !== 'total' ? <span class="tm-scope"> ({SCOPE_WORDS[scope]})</span> : null}
          </h2>
          <button type="button" class="tm-close" onClick={onClose}>
            Close
          </button>
        </div>
        {onNavigate || place ? (
          <div class="tm-nav-row">
            {onNavigate ? (
              <button ref={prev} type="button" class="tm-nav" onClick={() => step(-1)}>
                <span aria-hidden="true">← </span>Previous
              </button>
            ) : null}
            {place ? (
              <span class="tm-place">
                Figure {place.index + 1} of {place.total}
              </span>
            ) : null}
            {onNavigate ? (
              <button ref={next} type="button" class="tm-nav" onClick={() => step(1)}>
                Next<span aria-hidden="true"> →</span>
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {/* A scrolling region must take the keyboard's focus to be scrolled without a mouse (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the body scrolls; focus lets a keyboard scroll it */}
      <section class="tm-body" aria-label={`About ${claim.figure}`} tabIndex={0}>
        <p class="tm-verdict-title">{VERDICT_TITLES[claim.verdict]}</p>
        <p id={leadId} class="tm-lead">
          {unavailable ?? leadSentence(claim, published)}
        </p>
        {reason ? <p class="tm-reason">Why: {reason}</p> : null}
        <p class="tm-attribution">{attributionSentence(claim.attribution)}</p>
        {groups.length > 0 ? (
          <section aria-labelledby={`${idPrefix}-who`}>
            <h3 id={`${idPrefix}-who`}>Compared with {plural(claim.compared.length, 'figure', 'figures')}, by source</h3>
            {groups.map((g) => (
              <div key={g.name} class="tm-group" data-source={g.source ?? 'none'}>
                <h4 class="tm-group-h">
                  {g.name}: <span class="tm-group-current">{describeAmount(g.current)}</span>
                  <span class="tm-group-meta">
                    {' '}
                    latest {formatDay(g.current.period ?? g.current.published)}, {plural(g.currentOutlets.length, 'outlet', 'outlets')}
                  </span>
                </h4>
                <ul class="tm-list">
                  {g.figures.map((f, i) => (
                    <CompareItem key={i} figure={f} here={claim} />
                  ))}
                </ul>
              </div>
            ))}
            {(claim.comparedCount ?? 0) > claim.compared.length ? (
              <p class="tm-more">and {claim.comparedCount! - claim.compared.length} more figures weighed, not listed</p>
            ) : null}
          </section>
        ) : null}
        {showChart ? (
          <section aria-labelledby={`${idPrefix}-time`}>
            <h3 id={`${idPrefix}-time`}>Over time</h3>
            <TimelineChart chart={chart} title={`${METRIC_HEADINGS[claim.metric]}, each source’s count over time`} />
          </section>
        ) : null}
        <p class="tm-privacy">Compared with articles you have read and the bundled reference set, on this device only.</p>
      </section>
    </div>
  );
}

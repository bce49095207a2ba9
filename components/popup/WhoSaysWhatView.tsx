import { useEffect, useState } from 'preact/hooks';
import type { SourceSummary } from '../../lib/messages';
import { RELATION_LOOK } from '../../lib/present/relation';
import { SOURCE_WHO, dayNumber, timeOf } from '../../lib/present/sources';
import { buildTimelineChart } from '../../lib/present/timeline-chart';
import { METRIC_HEADINGS, VERDICT_SHORT, describeAmount, formatDay } from '../../lib/present/verdict-words';
import { type MetricBlock, movesOf, readSourceSummaries, summariesFromClaims, whoSaysWhat } from '../../lib/present/who-says-what';
import type { JudgedClaim, PageMeta } from '../../lib/types';
import { TimelineChart } from '../chart/TimelineChart';
import type { PopupApi } from './api';

export interface WhoSaysWhatViewProps {
  api: PopupApi;
  page: PageMeta | null;
  claims: JudgedClaim[];
  onFocus: (index: number) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const STAND_WORDS = { same: 'the same figure', overlaps: 'overlaps', apart: 'does not overlap' } as const;

/** "latest 13 Jan 2025", or, for a source whose first count came after the page, "first given 22 Aug 2025, after this page". */
function whenWords(f: { period: string | null; published: string }, at: string): string {
  const time = timeOf(f);
  const day = formatDay(f.period ?? f.published);
  return dayNumber(time) > dayNumber(at) + 3 ? `first given ${day}, after this page` : `latest ${day}`;
}

function Block({ block, onFocus, at }: { block: MetricBlock; onFocus: (i: number) => void; at: string }) {
  const id = `who-${block.metric}`;
  const firstPage = block.pageClaims[0]?.claim;
  const chart = buildTimelineChart(
    block.rows.flatMap((r) => [...r.history, r.current]),
    firstPage ? { ...firstPage, published: firstPage.period ?? '' } : null,
    { width: 360, height: 130 },
  );
  return (
    <section class="who" aria-labelledby={id} data-metric={block.metric}>
      <h2 id={id} class="who__metric">
        {METRIC_HEADINGS[block.metric]}
      </h2>
      {block.pageClaims.length > 0 ? (
        <div class="who__page">
          <span class="who__label">This page says</span>
          <ul class="who__pagelist">
            {block.pageClaims.map(({ claim, index }) => (
              <li key={index}>
                <button type="button" class="who__figure" onClick={() => onFocus(index)}>
                  <span class={`badge badge--${claim.verdict}`}>{VERDICT_SHORT[claim.verdict]}</span> {claim.figure}
                  <span class="muted">
                    {' '}
                    ({claim.attribution ? 'from ' : ''}
                    {claim.attribution ? sourceLabel(claim) : 'no source named'})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {block.rows.length === 0 ? (
        <p class="muted who__none">No source’s count of this is in the store for this time.</p>
      ) : (
        <ul class="who__rows">
          {block.rows.map((row) => (
            <li key={`${row.source}`} class="who__row" data-source={row.source ?? 'none'}>
              <div class="who__head">
                <span class="who__name" title={row.source ? SOURCE_WHO[row.source] : 'Figures that name no source'}>
                  {row.name}
                </span>
                <span class="who__count">{describeAmount(row.current)}</span>
              </div>
              <p class="who__meta muted">
                {whenWords(row.current, at)} · {plural(row.outlets, 'outlet', 'outlets')}
                {movesOf(row.history, row.current).length > 0
                  ? ` · before: ${movesOf(row.history, row.current)
                      .slice(-3)
                      .map((h) => `${describeAmount(h)} (${formatDay(h.period ?? h.published)})`)
                      .join(', ')}`
                  : ''}
              </p>
              {row.page.length > 0 ? (
                <ul class="who__stands">
                  {row.page.map((p) => (
                    <li key={p.index} class={`stand stand--${RELATION_LOOK[p.relation]}`}>
                      This page’s “{p.claim.figure}”: {STAND_WORDS[p.relation]}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {chart && chart.series.length > 0 ? (
        <TimelineChart chart={chart} title={`${METRIC_HEADINGS[block.metric]}: each source’s count over time`} />
      ) : null}
    </section>
  );
}

function sourceLabel(claim: JudgedClaim): string {
  const a = claim.attribution!;
  const names: Record<string, string> = { kr: 'Seoul', ua: 'Kyiv', us: 'Washington', ru: 'Moscow', kp: 'Pyongyang' };
  return names[a.side] ?? (a.text || 'a named source');
}

/**
 * Who says what: for the page's topic, each source's current count per metric,
 * its date, how many outlets carry it and its earlier counts, and where this
 * page's figures stand against it; a step chart of each metric over time.
 */
export function WhoSaysWhatView({ api, page, claims, onFocus }: WhoSaysWhatViewProps) {
  const at = page?.published ?? api.now().toISOString().slice(0, 10);
  const [summaries, setSummaries] = useState<SourceSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    api
      .sendToBackground({ type: 'getSources', at })
      .then((answer) => {
        const read = readSourceSummaries(answer);
        if (live && read && read.length > 0) setSummaries(read);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [at]);
  const blocks = whoSaysWhat(summaries ?? summariesFromClaims(claims, at), claims);
  return (
    <div class="whosays" data-from={summaries ? 'store' : 'page'}>
      <p class="whosays__intro">
        Each source’s latest count as of <strong>{formatDay(at)}</strong>
        {page ? ' (this page’s date)' : ''}, how many outlets carry it, and where this page stands.
      </p>
      {blocks.length === 0 ? (
        <p class="empty">No figures to set side by side: the page has none, and the store has no counts for its time.</p>
      ) : (
        blocks.map((b) => <Block key={b.metric} block={b} onFocus={onFocus} at={at} />)
      )}
    </div>
  );
}

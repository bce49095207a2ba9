import { useEffect, useRef } from 'preact/hooks';
import {
  METRIC_HEADINGS,
  VERDICT_SHORT,
  VERDICT_TITLES,
  describeMovement,
  describeVerdict,
  sortByTime,
} from '../lib/present/verdict-words';
import type { JudgedClaim } from '../lib/types';
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
}

/**
 * The popover for one figure: the verdict in words, each compared figure with
 * its outlet, date, attribution, sentence and link, then earlier and later
 * reporting. A labelled dialog; focus moves into it; Escape closes it.
 */
export function Popover({ claim, place, onClose, onNavigate, scheme = 'light', idPrefix = 'tm' }: PopoverProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const titleId = `${idPrefix}-title`;
  const summaryId = `${idPrefix}-summary`;

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, [claim]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const moved = describeMovement(claim);
  const overTime = [...sortByTime(claim.earlier).map((f) => ({ f, when: 'earlier' as const })), ...sortByTime(claim.later).map((f) => ({ f, when: 'later' as const }))];

  return (
    <div
      ref={dialog}
      class={`tm-popover tm-${claim.verdict}`}
      data-scheme={scheme}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="tm-head">
        <span class={`tm-badge tm-badge-${claim.verdict}`}>{VERDICT_SHORT[claim.verdict]}</span>
        <h2 id={titleId} class="tm-title-h">
          {METRIC_HEADINGS[claim.metric]}: <q>{claim.figure}</q>
        </h2>
        <button type="button" class="tm-close" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="tm-verdict-title">{VERDICT_TITLES[claim.verdict]}</p>
      <p id={summaryId} class="tm-summary">
        {describeVerdict(claim)}
      </p>
      {claim.compared.length > 0 && (
        <section aria-label="Compared figures">
          <h3>
            Compared with {claim.compared.length} {claim.compared.length === 1 ? 'figure' : 'figures'}
          </h3>
          <ul class="tm-list">
            {claim.compared.map((f, i) => (
              <CompareItem key={i} figure={f} />
            ))}
          </ul>
        </section>
      )}
      {overTime.length > 0 && (
        <section aria-label="Reporting over time">
          <h3>How the figure moved</h3>
          {moved && <p class="tm-moved">{moved}</p>}
          <ul class="tm-list">
            {overTime.map(({ f, when }, i) => (
              <CompareItem key={`${when}${i}`} figure={f} />
            ))}
          </ul>
        </section>
      )}
      <div class="tm-foot">
        {onNavigate && (
          <button type="button" class="tm-nav" onClick={() => onNavigate(-1)} aria-label="Previous figure">
            ← Previous
          </button>
        )}
        {place && (
          <span class="tm-place">
            Figure {place.index + 1} of {place.total}
          </span>
        )}
        {onNavigate && (
          <button type="button" class="tm-nav" onClick={() => onNavigate(1)} aria-label="Next figure">
            Next →
          </button>
        )}
      </div>
      <p class="tm-privacy">Compared with articles you have read and the bundled reference set, on this device only.</p>
    </div>
  );
}

import { VERDICT_SHORT } from '../../lib/present/verdict-words';
import type { Verdict } from '../../lib/types';

/** What each look on the page means: a sample figure drawn with it, and the words. */
const ROWS: { verdict: Verdict; look: string; words: string }[] = [
  {
    verdict: 'conflicts',
    look: 'strong wash, solid underline',
    words: 'other reports of the same briefing give a figure that does not overlap: one of them misreports it.',
  },
  {
    verdict: 'disputed',
    look: 'light wash, double underline',
    words: 'another source (Kyiv against Seoul, say) gives a count that does not overlap: the sources disagree.',
  },
  { verdict: 'outdated', look: 'no wash, wavy underline', words: 'the same source had already given a higher count.' },
  {
    verdict: 'differs',
    look: 'faint wash, dashed underline',
    words: 'another number or bound, but the figures overlap: no contradiction.',
  },
  {
    verdict: 'agrees',
    look: 'no wash, dotted underline',
    words: 'other outlets give the same figure, or it is still the source’s latest count.',
  },
  {
    verdict: 'unique',
    look: 'not marked',
    words: 'nothing to compare with; additions, single battles, plans and parts of the force are compared with nothing.',
  },
];

export function Legend() {
  return (
    <details class="legend">
      <summary>What the marks on the page mean</summary>
      <ul class="legend__list">
        {ROWS.map((r) => (
          <li key={r.verdict} class="legend__row">
            <span class={`look look--${r.verdict}`} aria-hidden="true">
              3,000
            </span>
            <span>
              <strong>{VERDICT_SHORT[r.verdict]}</strong> <span class="muted">({r.look})</span>: {r.words}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted small">
        The figure you are reading is ringed; it keeps its look. Alt+Shift+. and Alt+Shift+, step through the figures on the page.
      </p>
    </details>
  );
}

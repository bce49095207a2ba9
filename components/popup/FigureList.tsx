import { groupClaims } from '../../lib/export/markdown';
import { METRIC_HEADINGS, VERDICT_SHORT, describeAmount, describeSource, safeHttpUrl } from '../../lib/present/verdict-words';
import { RELATION_LOOK, RELATION_WORDS, relationOf as standOf } from '../../lib/present/relation';
import { SCOPE_WORDS, scopeNotCompared } from '../../lib/present/scope-words';
import { attributionSentence, leadSentence, reasonSentence } from '../../lib/present/verdict-story';
import type { ComparedFigure, JudgedClaim } from '../../lib/types';
import { clipSentence } from './present';

export interface FigureListProps {
  claims: JudgedClaim[];
  /** Scroll the page to claim number `index` and open its popover. */
  onFocus: (index: number) => void;
  /** The page's publication date, for "still the latest count". */
  published?: string;
}

export function VerdictBadge({ verdict }: { verdict: JudgedClaim['verdict'] }) {
  return <span class={`badge badge--${verdict}`}>{VERDICT_SHORT[verdict]}</span>;
}

function OutletName({ figure }: { figure: ComparedFigure }) {
  const url = safeHttpUrl(figure.url);
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer" title={figure.title}>
      {figure.outlet}
    </a>
  ) : (
    <span>{figure.outlet}</span>
  );
}

function ComparedRow({ claim, other }: { claim: JudgedClaim; other: ComparedFigure }) {
  const relation = standOf(claim, other);
  const scope = other.scope ?? 'total';
  return (
    <li class="compared__item">
      <span class={`dot dot--${RELATION_LOOK[relation]}`} aria-hidden="true" />
      <span class="compared__text">
        <OutletName figure={other} />: <q>{other.figure}</q>
        {describeAmount(other).toLowerCase() !== other.figure.toLowerCase() ? <span class="muted"> ({describeAmount(other)})</span> : null}
        <span class={`compared__relation relation--${RELATION_LOOK[relation]}`}> — {RELATION_WORDS[relation]}</span>
        <span class="compared__source muted">
          {describeSource(other)}
          {scope !== 'total' ? ` · ${SCOPE_WORDS[scope]}` : ''}
        </span>
      </span>
    </li>
  );
}

/** Compared figures shown before "N more compared". */
const SHOWN_COMPARED = 4;

function FigureItem({
  claim,
  index,
  onFocus,
  published,
}: {
  claim: JudgedClaim;
  index: number;
  onFocus: (i: number) => void;
  published?: string;
}) {
  const parts = clipSentence(claim.sentence, claim.figure);
  const scope = claim.scope ?? 'total';
  const notCompared = scopeNotCompared(scope);
  const reason = reasonSentence(claim);
  const moved = [...claim.earlier, ...claim.later];
  return (
    <li class={`figure figure--${claim.verdict}`} data-index={index} data-verdict={claim.verdict}>
      <button type="button" class="figure__focus" onClick={() => onFocus(index)}>
        <VerdictBadge verdict={claim.verdict} />
        <span class="figure__value">{claim.figure}</span>
        {describeAmount(claim) !== claim.figure ? <span class="figure__bounds muted">{describeAmount(claim)}</span> : null}
        {scope !== 'total' ? <span class="scope-tag">{SCOPE_WORDS[scope]}</span> : null}
        <span class="visually-hidden"> (show it on the page)</span>
      </button>
      <p class="figure__verdict">
        {notCompared && claim.verdict === 'unique' ? `Not compared: ${SCOPE_WORDS[scope]}. ${notCompared}` : leadSentence(claim, published)}
      </p>
      {reason ? <p class="figure__reason">Why: {reason}</p> : null}
      <p class="figure__sentence">
        {parts.before}
        {parts.figure ? <mark>{parts.figure}</mark> : null}
        {parts.after}
      </p>
      <p class="figure__by muted">{attributionSentence(claim.attribution)}</p>
      {claim.compared.length > 0 ? (
        <>
          <p class="compared__title">Compared with</p>
          <ul class="compared" data-list="compared">
            {claim.compared.slice(0, SHOWN_COMPARED).map((other, i) => (
              <ComparedRow key={i} claim={claim} other={other} />
            ))}
          </ul>
          {claim.compared.length > SHOWN_COMPARED ? (
            <details class="moved">
              <summary>{claim.compared.length - SHOWN_COMPARED} more compared</summary>
              <ul class="compared" data-list="compared">
                {claim.compared.slice(SHOWN_COMPARED).map((other, i) => (
                  <ComparedRow key={i} claim={claim} other={other} />
                ))}
              </ul>
            </details>
          ) : null}
          {(claim.comparedCount ?? 0) > claim.compared.length ? (
            <p class="muted compared__unlisted">and {claim.comparedCount! - claim.compared.length} more from other outlets, not listed</p>
          ) : null}
        </>
      ) : null}
      {moved.length > 0 ? (
        <details class="moved">
          <summary>Earlier and later reporting ({moved.length})</summary>
          <ul class="compared">
            {moved.map((other, i) => (
              <ComparedRow key={i} claim={claim} other={other} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** The page's figures grouped by metric, the groups and figures with conflicts first. */
export function FigureList({ claims, onFocus, published }: FigureListProps) {
  const groups = groupClaims(claims);
  return (
    <div class="figures">
      {groups.map((group) => (
        <section key={group.metric} class="group" aria-labelledby={`metric-${group.metric}`}>
          <h2 id={`metric-${group.metric}`} class="group__title">
            {METRIC_HEADINGS[group.metric]} <span class="muted">({group.claims.length})</span>
          </h2>
          <ul class="group__list">
            {group.claims.map(({ claim, index }) => (
              <FigureItem key={index} claim={claim} index={index} onFocus={onFocus} published={published} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

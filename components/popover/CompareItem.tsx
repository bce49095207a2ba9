import { RELATION_LOOK, RELATION_WORDS, relationOf } from '../../lib/present/relation';
import { SCOPE_WORDS } from '../../lib/present/scope-words';
import { describeAmount, describeSource, safeHttpUrl, splitSentence } from '../../lib/present/verdict-words';
import type { ComparedFigure } from '../../lib/types';

export interface CompareItemProps {
  figure: ComparedFigure;
  /** The page's figure: the item says how this one stands against it. */
  here?: { low: number | null; high: number | null };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** One other outlet's figure: outlet, amount, its relation in words, date, scope and source, the sentence, the link. */
export function CompareItem({ figure, here }: CompareItemProps) {
  const url = safeHttpUrl(figure.url);
  const parts = splitSentence(figure.sentence, figure.figureInSentence);
  const relation = here ? relationOf(here, figure) : null;
  const scope = figure.scope ?? 'total';
  return (
    <li class="tm-item">
      <div class="tm-item-head">
        <span class="tm-outlet">
          {figure.outlet}
          {/* The name that page gave itself: its claim, not the outlet's identity. */}
          {figure.outletClaimed && <span class="tm-claimed"> (calls itself “{figure.outletClaimed}”)</span>}
        </span>
        <span class="tm-amount">{describeAmount(figure)}</span>
      </div>
      {relation ? <div class={`tm-rel tm-rel-${RELATION_LOOK[relation]}`}>{RELATION_WORDS[relation]}</div> : null}
      <div class="tm-meta">
        {describeSource(figure)}
        {scope !== 'total' ? ` · ${SCOPE_WORDS[scope]}` : ''}
      </div>
      {parts.length > 0 ? (
        <blockquote class="tm-quote">
          {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
        </blockquote>
      ) : (
        <p class="tm-noquote">
          {figure.figure ? `“${figure.figure}”, ` : ''}from the reference figures that come with Tallymark (the sentence is not kept).
        </p>
      )}
      {url ? (
        <a class="tm-link" href={url} target="_blank" rel="noopener noreferrer">
          {figure.title ? figure.title : hostOf(url)}
          {figure.title && !figure.title.includes(hostOf(url)) && <span class="tm-host"> · {hostOf(url)}</span>}
        </a>
      ) : (
        figure.title && <span class="tm-title">{figure.title}</span>
      )}
    </li>
  );
}

import type { PageMeta } from '../../lib/types';
import type { JudgedClaim } from '../../lib/types';
import { formatDay } from '../../lib/present/verdict-words';
import { summariseSources } from './present';

export interface SourcesViewProps {
  page: PageMeta | null;
  claims: JudgedClaim[];
}

const count = (n: number, word: string) => `${n} ${word}`;

/** The outlets the page's figures were compared with: their dates, and how many figures agree or differ. */
export function SourcesView({ page, claims }: SourcesViewProps) {
  const sources = summariseSources(claims);
  return (
    <div class="sources">
      {page ? (
        <p class="sources__page">
          This page: <strong>{page.outlet}</strong>, published {formatDay(page.published)}
          {page.publishedGuessed ? ' (no date on the page; the day it was read)' : ''}.
        </p>
      ) : null}
      {sources.length === 0 ? (
        <p class="empty">No other outlet in the store reports these figures at the same time, so nothing was compared.</p>
      ) : (
        <ul class="sources__list">
          {sources.map((s) => (
            <li key={s.outlet} class="source">
              <h2 class="source__name">{s.outlet}</h2>
              <p class="source__dates muted">{s.dates.map(formatDay).join(', ')}</p>
              <p class="source__counts">
                <span class="visually-hidden">Figures compared: </span>
                {s.conflicts > 0 ? <span class="badge badge--conflicts">{count(s.conflicts, 'conflict')}</span> : null}
                {s.differs > 0 ? <span class="badge badge--differs">{count(s.differs, 'differ')}</span> : null}
                {s.agrees > 0 ? <span class="badge badge--agrees">{count(s.agrees, 'agree')}</span> : null}
              </p>
              {s.articles.length > 0 ? (
                <ul class="source__articles">
                  {s.articles.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} target="_blank" rel="noopener noreferrer">
                        {a.title}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

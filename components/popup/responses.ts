// Reading the background's and content script's answers, which arrive untyped.
import { createSelectors } from '../../lib/anchor/selectors';
import type { ExportClaim, ExportPage } from '../../lib/export/page';
import { type PageReport, type PauseState, type StoreStats, isErrorResponse } from '../../lib/messages';
import type { PageMeta } from '../../lib/types';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The answer itself, or throws its `{ error }` as an Error (message in words for the reader). */
export function unwrap(answer: unknown): unknown {
  if (isErrorResponse(answer)) throw new Error(answer.error);
  return answer;
}

/** A PageReport, or null when the answer is not one. */
export function readPageReport(answer: unknown): PageReport | null {
  if (!isRecord(answer) || typeof answer.status !== 'string' || !Array.isArray(answer.claims)) return null;
  if (!['ok', 'no-figures', 'paused', 'reading'].includes(answer.status)) return null;
  return answer as unknown as PageReport;
}

export function readStats(answer: unknown): StoreStats {
  const x = unwrap(answer);
  const n = (k: string) => (isRecord(x) && typeof x[k] === 'number' ? (x[k] as number) : 0);
  return {
    articles: n('articles'),
    outlets: n('outlets'),
    claims: n('claims'),
    bundledArticles: n('bundledArticles'),
    bundledClaims: n('bundledClaims'),
  };
}

export function readPause(answer: unknown): PauseState {
  const x = unwrap(answer);
  const pause = isRecord(x) && isRecord(x.pause) ? x.pause : x;
  if (!isRecord(pause)) return { global: false, sites: [] };
  return {
    global: pause.global === true,
    sites: Array.isArray(pause.sites) ? pause.sites.filter((s): s is string => typeof s === 'string') : [],
  };
}

/** The backup's JSON text, whether the background answers a string, `{ text }` or the object itself. */
export function readBackupText(answer: unknown): string {
  const x = unwrap(answer);
  if (typeof x === 'string') return x;
  if (isRecord(x) && typeof x.text === 'string') return x.text;
  if (isRecord(x) && typeof x.backup === 'string') return x.backup;
  return JSON.stringify(x, null, 2);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a restore added, in words: "Restored: 3 articles and 12 figures added." */
export function describeRestore(answer: unknown): string {
  const x = unwrap(answer);
  const counts = isRecord(x) && isRecord(x.added) ? x.added : x;
  if (!isRecord(counts)) return 'Restored.';
  const articles = typeof counts.articles === 'number' ? counts.articles : null;
  const claims = typeof counts.claims === 'number' ? counts.claims : typeof counts.figures === 'number' ? counts.figures : null;
  const parts = [
    articles !== null ? plural(articles, 'article', 'articles') : null,
    claims !== null ? plural(claims, 'figure', 'figures') : null,
  ].filter((p): p is string => p !== null);
  const skipped =
    typeof counts.skipped === 'number' && counts.skipped > 0
      ? ` ${plural(counts.skipped, 'article was', 'articles were')} already there.`
      : '';
  return parts.length > 0 ? `Restored: ${parts.join(' and ')} added.${skipped}` : `Restored.${skipped}`;
}

function readPageMeta(x: unknown): PageMeta | null {
  if (!isRecord(x) || typeof x.outlet !== 'string' || typeof x.published !== 'string') return null;
  return {
    url: typeof x.url === 'string' ? x.url : null,
    outlet: x.outlet,
    title: typeof x.title === 'string' ? x.title : x.outlet,
    published: x.published,
    publishedGuessed: x.publishedGuessed === true,
  };
}

/** A stored claim for export; one without text (the bundled corpus) keeps null offsets and a quote of its figure alone. */
function readClaim(x: unknown): ExportClaim | null {
  if (!isRecord(x) || typeof x.figure !== 'string' || typeof x.metric !== 'string') return null;
  const claim = x as unknown as ExportClaim;
  const sentence = typeof x.sentence === 'string' ? x.sentence : '';
  const start = typeof x.start === 'number' ? x.start : null;
  const end = typeof x.end === 'number' ? x.end : null;
  const inSentence = claim.figure ? sentence.indexOf(claim.figure) : -1;
  const quote = isRecord(x.quote)
    ? claim.quote
    : inSentence >= 0
      ? createSelectors(sentence, inSentence, inSentence + claim.figure.length).quote
      : { type: 'TextQuoteSelector' as const, exact: claim.figure, prefix: '', suffix: '' };
  return {
    ...claim,
    sentence,
    start,
    end,
    attribution: claim.attribution ?? null,
    period: claim.period ?? null,
    quote,
    position: isRecord(x.position)
      ? (x.position as unknown as ExportClaim['position'])
      : start !== null && end !== null
        ? { type: 'TextPositionSelector', start, end }
        : null,
    verdict: claim.verdict ?? 'unique',
    compared: Array.isArray(claim.compared) ? claim.compared : [],
    earlier: Array.isArray(claim.earlier) ? claim.earlier : [],
    later: Array.isArray(claim.later) ? claim.later : [],
  };
}

/**
 * The pages of an "export everything" answer: a list, or `{ articles }` / `{ pages }`,
 * each entry `{ page | article, claims, text? }` or an article with its claims inline.
 */
export function readExportPages(answer: unknown): ExportPage[] {
  const x = unwrap(answer);
  const list = Array.isArray(x)
    ? x
    : isRecord(x)
      ? Array.isArray(x.articles)
        ? x.articles
        : Array.isArray(x.pages)
          ? x.pages
          : null
      : null;
  if (!list) throw new Error('The store answered the export in a shape this popup does not know.');
  const pages: ExportPage[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const page = readPageMeta(entry.page ?? entry.article ?? entry);
    if (!page) continue;
    const claims = (Array.isArray(entry.claims) ? entry.claims : []).map(readClaim).filter((c): c is ExportClaim => c !== null);
    pages.push({ page, text: typeof entry.text === 'string' ? entry.text : null, claims });
  }
  return pages;
}

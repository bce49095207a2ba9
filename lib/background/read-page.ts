// The background's half of reading a page: the content script sends the
// article text it read (with the page's metadata); here the figures are
// found in it, anchored, stored and judged. The page's main thread never runs
// the extractor.
import { createSelectors } from '../anchor/selectors';
import { extractText } from '../extract/extract-claims';
import type { ReadPageResponse } from '../messages';
import { checkPage, judgeThenStore, type IngestOptions } from '../store/ingest';
import type { TallymarkDb } from '../store/db';
import { ValidationError } from '../store/validate';
import type { AnchoredClaim, ClaimVerdict, PageMeta } from '../types';

/** Claims stored and judged per page (the store's limit); later ones on a huge page are answered unjudged. */
export const MAX_INGEST_CLAIMS = 1000;
/** Longest article text taken (UTF-16 units): about 3,000,000 words. */
export const MAX_TEXT_CHARS = 20_000_000;

const UNJUDGED: ClaimVerdict = { verdict: 'unique', compared: [], earlier: [], later: [] };

/** The figures of `text` with their W3C selectors, in text order. */
export function findFigures(text: string, published: string): AnchoredClaim[] {
  return findFiguresRead(text, published).claims;
}

/** `findFigures`, with where the extractor stopped on a text longer than its budget (null: read whole). */
function findFiguresRead(text: string, published: string): { claims: AnchoredClaim[]; stoppedAt: number | null } {
  const { claims, stoppedAt } = extractText(text, { published });
  return { claims: claims.map((c) => ({ ...c, ...createSelectors(text, c.start, c.end) })), stoppedAt };
}

/**
 * Finds the figures in a page's text, stores the page with them (unless
 * `opts.store` is false, or it has none) and judges them. Throws
 * `ValidationError` on bad input, `StoreFullError` when the store is full.
 */
export async function readPage(db: TallymarkDb, page: PageMeta, text: unknown, opts: IngestOptions = {}): Promise<ReadPageResponse> {
  const staged = await readPageStaged(db, page, text, opts);
  await staged.written;
  return staged.answer;
}

/**
 * `readPage` answering before the page is written: the figures and their
 * verdicts, and the write, issued and settling in `written` (see `judgeThenStore`).
 */
export async function readPageStaged(
  db: TallymarkDb,
  page: PageMeta,
  text: unknown,
  opts: IngestOptions = {},
): Promise<{ answer: ReadPageResponse; written: Promise<void> }> {
  if (typeof text !== 'string') throw new ValidationError('text: expected a string');
  if (text.length > MAX_TEXT_CHARS) throw new ValidationError(`text: too long (${text.length} characters, at most ${MAX_TEXT_CHARS})`);
  const checked = checkPage(page);
  const { claims, stoppedAt } = findFiguresRead(text, checked.published);
  const stopped = stoppedAt !== null ? { stoppedAt } : {};
  if (claims.length === 0) return { answer: { claims, verdicts: [], stored: false, ...stopped }, written: Promise.resolve() };
  const sent = claims.slice(0, MAX_INGEST_CLAIMS);
  const { answer: res, written } = await judgeThenStore(db, page, sent, opts);
  // A claim the store refused (an impossible date, say) is left out; the others are judged and painted.
  const refused = new Set((res.refused ?? []).map((r) => r.index));
  const kept = claims.flatMap((claim, i) => (refused.has(i) ? [] : [{ claim, verdict: res.verdicts[i] ?? UNJUDGED }]));
  return { answer: { ...res, claims: kept.map((k) => k.claim), verdicts: kept.map((k) => k.verdict), ...stopped }, written };
}

// Typed messages, one union per direction. Each handler switches over `type`
// and ends in `assertNever`, so a missed case does not compile.
import type { ArticleAnchors } from './anchor/dom';
import type { AnchoredClaim, ClaimVerdict, ComparedFigure, FigureFacts, MarkedClaim, Metric, PageMeta, Side, VerdictMark } from './types';

/** Content script → background. */
export type ContentToBackground =
  /**
   * The page was read: `text` is its article text (the text map's). The
   * background finds the figures in it, stores the page (unless paused /
   * private) and judges them; answered with `PageAnswer`. With
   * `session` and `version` (see `TextVersion`), the background keeps the text
   * in memory while the tab is open, for the `ingestEdit`s that follow.
   */
  | ({ type: 'ingest'; page: PageMeta; text: string } & Partial<TextVersion>)
  /**
   * A live page changed: its new text is the text of version `edit.base`
   * (sent by this content script) with `edit` spliced in. Answered like
   * `ingest`, or `{ resend: true }` when the background no longer has that
   * text (restarted, or dropped it): the content script then sends `ingest`.
   */
  | ({ type: 'ingestEdit'; page: PageMeta; edit: TextEdit } & TextVersion)
  /**
   * The other outlets' figures behind the verdicts of figures `indices` of a
   * page whose figures are `figures` (all of them, in page order: a figure the
   * page repeats is judged with the one it repeats), as `page` was answered.
   * Judged afresh against the store, nothing stored; answered with
   * `DetailsAnswer`. From the popover (a tab's content script) and the popup.
   */
  | { type: 'details'; page: PageMeta; figures: FigureFacts[]; indices: number[] };

/** The answer to `details`: the verdicts of the figures asked for, in the order asked. */
export interface DetailsAnswer {
  verdicts: ClaimVerdict[];
}

/** Figures a `details` message may send (the store's limit of claims per page). */
export const MAX_DETAILS_FIGURES = 1000;

/** Which of a frame's texts a message carries: `session` names the content script's run, `version` counts its texts (from 1). */
export interface TextVersion {
  session: string;
  version: number;
}

/** From the text of version `base` to the new one: `text` takes the place of `[start, end)` of the old text (UTF-16 offsets). */
export interface TextEdit {
  base: number;
  start: number;
  end: number;
  text: string;
}

/** The background's answer to an `ingestEdit` whose base text it does not have. */
export interface ResendAnswer {
  resend: true;
}

export const isResendAnswer = (x: unknown): x is ResendAnswer =>
  typeof x === 'object' && x !== null && (x as { resend?: unknown }).resend === true;

export interface IngestResponse {
  /** One entry per claim sent, in the same order. */
  verdicts: ClaimVerdict[];
  /** Whether the page was stored (false when paused, private, or a local file). */
  stored: boolean;
  /** Why it was not stored, in words for the reader. */
  notStoredReason?: string;
  /**
   * Claims the background would not take (an impossible date, a bad bound), by
   * their index in the claims sent, and why: left out of the store and of the
   * page's figures; their entries in `verdicts` are placeholders. The other
   * claims are stored and judged as usual.
   */
  refused?: { index: number; reason: string }[];
  /**
   * The page as the background filed and judged it: at its own address unless
   * its canonical one is on the same registrable domain, its outlet that
   * domain, the name it gives itself as `outletClaimed` (lib/background/page-origin.ts).
   */
  page?: PageMeta;
}

/** A page read and judged in full: the figures and everything their verdicts weighed (`readPage`). */
export interface ReadPageResponse extends IngestResponse {
  /** The figures found in the text sent, in text order: offsets into that text, with their selectors. */
  claims: AnchoredClaim[];
  /**
   * Set when the text was longer than the extractor's budget (READ_BUDGET_CHARS,
   * lib/extract/budget.ts): the offset where reading stopped; nothing after it
   * was read. The popup should say so.
   */
  stoppedAt?: number;
  /** One per claim; claims past the ingest limit are answered `unique` with nothing compared. */
  verdicts: ClaimVerdict[];
}

/**
 * The background's answer to the content script's `ingest` and `ingestEdit`:
 * `ReadPageResponse` with each verdict's mark only (93% of seed article 000's
 * answer was the lists of other outlets' figures, which the page shows only in
 * a popover, fetched then with `details`).
 */
export interface PageAnswer extends Omit<ReadPageResponse, 'verdicts'> {
  verdicts: VerdictMark[];
}

/** Store statistics shown in the popup and options page. */
export interface StoreStats {
  articles: number;
  outlets: number;
  claims: number;
  bundledArticles: number;
  bundledClaims: number;
}

export interface PauseState {
  global: boolean;
  /** Hostnames for which reading into the store is paused. */
  sites: string[];
}

/** Extension pages (popup, options) → background. */
export type PageToBackground =
  | { type: 'getStats' }
  | { type: 'getPause' }
  | { type: 'setPause'; scope: 'global'; paused: boolean }
  | { type: 'setPause'; scope: 'site'; site: string; paused: boolean }
  /** The whole store as the backup JSON text. */
  | { type: 'backup' }
  /** Merge a backup file's text into the store; answers with what was added or an error. */
  | { type: 'restore'; text: string }
  | { type: 'deleteArticle'; url: string }
  | { type: 'deleteOutlet'; outlet: string }
  | { type: 'deleteBundled' }
  | { type: 'deleteAll' }
  /** Every stored article with its judged claims, for "export everything". */
  | { type: 'exportAll' }
  /** Each source's current total of each metric as of `at` ("YYYY-MM-DD"); answered with `SourceSummary[]`. */
  | { type: 'getSources'; at: string };

/**
 * One source's standing on one metric, as of a date: its current `total`
 * (CLAIMS.md: latest comparable figure dated no later than 3 days after, else
 * its earliest), how many outlets carry that figure, and its earlier totals.
 */
export interface SourceSummary {
  /** The attribution side; null for figures that name no one. */
  side: Side | null;
  metric: Metric;
  current: ComparedFigure;
  /** Distinct outlets that report `current` (same bounds, within 14 days). */
  outlets: number;
  /** The source's earlier totals of this metric, oldest first. */
  history: ComparedFigure[];
}

/** Background or popup → content script. */
export type ToContent =
  /** What the page's figures are, with their verdicts' marks; answered with `PageReport`. */
  | { type: 'getPageReport' }
  /** Scroll to the figure with this index in `PageReport.claims` and open its popover. */
  | { type: 'focusFigure'; index: number }
  /** Keyboard command: move to the next / previous highlighted figure. */
  | { type: 'navigate'; direction: 1 | -1 }
  /**
   * The background answered text `version` of `session` before writing it,
   * and the write failed (the store is full, say): the page was not stored,
   * for `reason` (words for the reader). Sent by the background to the frame.
   */
  | ({ type: 'notStored'; reason: string } & TextVersion);

/** What the content script knows of its page. */
export interface PageReport {
  /** 'ok': read; 'no-figures': nothing about the troops; 'paused': read but not stored. */
  status: 'ok' | 'no-figures' | 'paused' | 'reading';
  page: PageMeta | null;
  /** The article text the claims' offsets refer to (for exports). */
  text: string;
  /** The figures with their verdicts' marks; what each verdict weighed is asked of the background (`details`). */
  claims: MarkedClaim[];
  stored: boolean;
  notStoredReason?: string;
  /** Where the extractor stopped reading a text longer than its budget (PageAnswer.stoppedAt); absent when it read all. */
  stoppedAt?: number;
  /** The article element and each claim's span in its textContent (by claim index), for exports. */
  article?: ArticleAnchors;
  /**
   * When the content script started and passed its phases ('read',
   * 'extracted', 'painted', …), in the page's `performance.now()` time, for
   * benchmarks. Kept here, not as performance marks the page could read.
   */
  timings?: { name: string; at: number }[];
}

/** Generic error answer of any handler: `{ error }` instead of the result. */
export interface ErrorResponse {
  error: string;
}

export function isErrorResponse(x: unknown): x is ErrorResponse {
  return typeof x === 'object' && x !== null && typeof (x as ErrorResponse).error === 'string';
}

/** Compile-time exhaustiveness check for message switches. */
export function assertNever(x: never): never {
  throw new Error(`unhandled message: ${JSON.stringify(x)}`);
}

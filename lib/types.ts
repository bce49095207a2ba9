// The data contract of ../shared/CLAIMS.md, as types. Code may add fields,
// never drop or rename these.

export const METRICS = ['deployed', 'killed', 'wounded', 'casualties', 'captured', 'missing'] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'atMost', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const SIDES = ['kr', 'ua', 'us', 'ru', 'kp', 'other'] as const;
export type Side = (typeof SIDES)[number];

/** What a figure counts of the whole (CLAIMS.md, "Scopes"). Most figures are `total`. */
export const SCOPES = ['total', 'increment', 'episode', 'plan', 'part'] as const;
export type Scope = (typeof SCOPES)[number];

/** In the contract's order: a figure gets the first that holds (CLAIMS.md, "Comparing figures"). */
export const VERDICTS = ['conflicts', 'disputed', 'outdated', 'differs', 'agrees', 'unique'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Who a figure is attributed to: the side, and the phrase as written. */
export interface Attribution {
  side: Side;
  text: string;
}

/** One figure about North Korean troops, as the extractor finds it in a text. */
export interface Claim {
  metric: Metric;
  qualifier: Qualifier;
  /** Lower bound the text asserts; null = unbounded below. */
  low: number | null;
  /** Upper bound; null = unbounded above. */
  high: number | null;
  /** The figure's words exactly as in the text, qualifier included. */
  figure: string;
  /** Offsets of `figure` in the text given to the extractor (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** The sentence the figure stands in. */
  sentence: string;
  attribution: Attribution | null;
  /** "YYYY-MM" or "YYYY-MM-DD" when the text says when the figure applies; else null. */
  period: string | null;
  /** What the figure counts of the whole; `total` unless the words say otherwise. */
  scope: Scope;
}

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** An article's id in the store: its canonical URL, or a synthetic `bundled:`/`file:` key. */
export type ArticleId = Brand<string, 'ArticleId'>;
/** A stored claim's id: `${ArticleId}#${index}`. */
export type ClaimId = Brand<string, 'ClaimId'>;

export const toArticleId = (s: string) => s as ArticleId;
export const toClaimId = (article: ArticleId, index: number) => `${article}#${index}` as ClaimId;

/** W3C Web Annotation selectors that anchor a claim in its article's text. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A claim as the content script sends it: the claim plus its anchors. */
export interface AnchoredClaim extends Claim {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where an article in the store came from. */
export type ArticleSource = 'browser' | 'bundled' | 'imported';

/** What the page (or a file) says about itself. */
export interface PageMeta {
  /** Canonical URL (http/https), or null for a local file. */
  url: string | null;
  outlet: string;
  title: string;
  /** Publication date, "YYYY-MM-DD". */
  published: string;
  /** True when `published` was not found on the page and is the day it was read. */
  publishedGuessed?: boolean;
  /** The page's language as it declares it (`<html lang>`), when it does. */
  language?: string;
  /**
   * True when the page names no site (`og:site_name`) and `outlet` is the URL's
   * host; the background narrows it to the registrable domain (`resolveOutlet`).
   */
  outletFromHost?: boolean;
  /**
   * Set by the background only: the name the page gives itself (og:site_name)
   * when it differs from `outlet`, the registrable domain the page is filed
   * under. Shown as the page's claim, never as the outlet.
   */
  outletClaimed?: string;
}

/** A stored figure from another article, as shown beside a figure on the page. */
export interface ComparedFigure {
  /** The outlet it is filed under (for a page read in the browser: its registrable domain). */
  outlet: string;
  /** The name that page gave itself, when it differs from `outlet`: its claim, shown as such. */
  outletClaimed?: string;
  published: string;
  figure: string;
  metric: Metric;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  attribution: Attribution | null;
  period: string | null;
  scope: Scope;
  url: string | null;
  title: string;
  /** The sentence the figure stands in; null for the bundled corpus, which carries none. */
  sentence: string | null;
  /** Offsets of the figure inside `sentence`, when it is known. */
  figureInSentence: { start: number; end: number } | null;
}

/**
 * Why a `conflicts` or `disputed` figure differs, where the stored figures show it:
 * - `otherMetric`: the figure equals the same source's current count of another
 *   metric ("more than 3,000 deaths" is Seoul's 3,000 killed and wounded together);
 * - `earlierCount`: it equals an earlier count of the same source (a stale figure).
 * `figure` is the stored figure that shows it. Nothing beyond the stored figures is guessed.
 */
export type VerdictReason =
  | { kind: 'otherMetric'; metric: Metric; figure: ComparedFigure }
  | { kind: 'earlierCount'; figure: ComparedFigure };

/** A figure on the page with its verdict against other outlets. */
export interface ClaimVerdict {
  verdict: Verdict;
  /** Why it differs (conflicts/disputed only), or null when the data does not show it. */
  reason?: VerdictReason | null;
  /**
   * Every stored `total` of the same metric from other outlets outside the
   * 14-day window, sorted by time: how each source's count moved.
   */
  timeline?: ComparedFigure[];
  /** Other outlets' figures about the same thing (same metric, within 14 days). */
  compared: ComparedFigure[];
  /**
   * How many figures of other outlets the verdict weighed (repeats within an
   * article counted once). When larger than `compared.length`, `compared`
   * lists only the most telling of them (those that conflict or differ first).
   */
  comparedCount?: number;
  /** Same metric, other outlets, more than 14 days earlier / later: how the figure moved. */
  earlier: ComparedFigure[];
  later: ComparedFigure[];
}

export type JudgedClaim = AnchoredClaim & ClaimVerdict;

/**
 * A figure's verdict as the page paints it: the verdict and its reason, without
 * the other outlets' figures, which stay in the background until the popover or
 * the popup asks for them (the `details` message): the page's main thread never
 * parses what it does not show.
 */
export type VerdictMark = Pick<ClaimVerdict, 'verdict' | 'reason'>;

/** A figure on the page with its verdict's mark. */
export type MarkedClaim = AnchoredClaim & VerdictMark;

/** What judging a figure reads of it (no sentence, no offsets): what a `details` message sends. */
export type FigureFacts = Pick<Claim, 'metric' | 'qualifier' | 'low' | 'high' | 'figure' | 'attribution' | 'period' | 'scope'>;

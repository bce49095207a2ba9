// Checks on data that comes from outside the store (a content script's
// message, a backup file): each check throws an Error naming what is wrong.
import { isIsoDay, parseDay } from '../compare/time';
import {
  type Attribution,
  type Claim,
  METRICS,
  type Metric,
  QUALIFIERS,
  type Qualifier,
  SCOPES,
  type Scope,
  SIDES,
  type Side,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../types';

/** Longest strings kept (UTF-16 units). */
export const MAX_LENGTH = {
  url: 2048,
  outlet: 200,
  title: 1000,
  figure: 200,
  sentence: 4000,
  attribution: 500,
  quoteContext: 500,
  id: 2100,
} as const;

/** Largest figure accepted: no count of troops comes near it. */
export const MAX_FIGURE = 1e9;

export class ValidationError extends Error {
  override name = 'ValidationError';
}

const fail = (where: string, what: string): never => {
  throw new ValidationError(`${where}: ${what}`);
};

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checkString(x: unknown, where: string, max: number): string {
  if (typeof x !== 'string') return fail(where, `expected a string, got ${describe(x)}`);
  if (x.length > max) return fail(where, `too long (${x.length} characters, at most ${max})`);
  return x;
}

export function checkNullableString(x: unknown, where: string, max: number): string | null {
  return x === null ? null : checkString(x, where, max);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `the string ${JSON.stringify(x.slice(0, 40))}` : typeof x;
}

/** An http(s) URL, else an error (no `javascript:`, `data:`, `file:`...). */
export function checkHttpUrl(x: unknown, where: string): string {
  const s = checkString(x, where, MAX_LENGTH.url);
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail(where, `not a URL: ${JSON.stringify(s.slice(0, 80))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(where, `only http(s) addresses are kept, not ${JSON.stringify(url.protocol)}`);
  }
  return s;
}

export function checkDay(x: unknown, where: string): string {
  const s = checkString(x, where, 10);
  if (!isIsoDay(s)) return fail(where, `not a date written YYYY-MM-DD: ${JSON.stringify(s)}`);
  return s;
}

/** A period as the contract writes it: a real month "YYYY-MM" or day "YYYY-MM-DD" (no 2025-02-30, no year 0050). */
const PERIOD_RE = /^\d{4}-\d{2}(-\d{2})?$/;

export function isPeriod(s: string): boolean {
  return PERIOD_RE.test(s) && parseDay(s) !== null;
}

export function checkPeriod(x: unknown, where: string): string | null {
  if (x === null || x === undefined) return null;
  const s = checkString(x, where, 10);
  if (!isPeriod(s)) return fail(where, `not a period YYYY-MM or YYYY-MM-DD: ${JSON.stringify(s)}`);
  return s;
}

/** A scope from the contract; a missing one (data from before scopes) is `total`. */
export function checkScope(x: unknown, where: string): Scope {
  if (x === undefined || x === null) return 'total';
  if (typeof x !== 'string' || !(SCOPES as readonly string[]).includes(x))
    return fail(where, `expected one of ${SCOPES.join(', ')}, got ${describe(x)}`);
  return x as Scope;
}

function checkBound(x: unknown, where: string): number | null {
  if (x === null) return null;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > MAX_FIGURE) {
    return fail(where, `expected a number from 0 to ${MAX_FIGURE} or null, got ${describe(x)}`);
  }
  return x;
}

function checkOffset(x: unknown, where: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) return fail(where, `expected an offset (integer ≥ 0), got ${describe(x)}`);
  return x;
}

export function checkNullableOffset(x: unknown, where: string): number | null {
  return x === null ? null : checkOffset(x, where);
}

function checkOneOf<T extends string>(x: unknown, options: readonly T[], where: string): T {
  if (typeof x !== 'string' || !(options as readonly string[]).includes(x)) {
    return fail(where, `expected one of ${options.join(', ')}, got ${describe(x)}`);
  }
  return x as T;
}

export const checkMetric = (x: unknown, where: string): Metric => checkOneOf(x, METRICS, where);
export const checkQualifier = (x: unknown, where: string): Qualifier => checkOneOf(x, QUALIFIERS, where);

export function checkAttribution(x: unknown, where: string): Attribution | null {
  if (x === null || x === undefined) return null;
  if (!isRecord(x)) return fail(where, `expected {side, text} or null, got ${describe(x)}`);
  const side: Side = checkOneOf(x.side, SIDES, `${where}.side`);
  return { side, text: checkString(x.text, `${where}.text`, MAX_LENGTH.attribution) };
}

export function checkQuote(x: unknown, where: string): TextQuoteSelector {
  if (!isRecord(x) || x.type !== 'TextQuoteSelector') return fail(where, 'expected a TextQuoteSelector');
  return {
    type: 'TextQuoteSelector',
    exact: checkString(x.exact, `${where}.exact`, MAX_LENGTH.figure),
    prefix: checkString(x.prefix, `${where}.prefix`, MAX_LENGTH.quoteContext),
    suffix: checkString(x.suffix, `${where}.suffix`, MAX_LENGTH.quoteContext),
  };
}

export function checkPosition(x: unknown, where: string): TextPositionSelector {
  if (!isRecord(x) || x.type !== 'TextPositionSelector') return fail(where, 'expected a TextPositionSelector');
  const start = checkOffset(x.start, `${where}.start`);
  const end = checkOffset(x.end, `${where}.end`);
  if (end < start) return fail(where, 'end before start');
  return { type: 'TextPositionSelector', start, end };
}

/** The facts of a figure (no text offsets): metric, qualifier, bounds, figure, attribution, period. */
export function checkFacts(x: Record<string, unknown>, where: string) {
  const low = checkBound(x.low, `${where}.low`);
  const high = checkBound(x.high, `${where}.high`);
  if (low !== null && high !== null && low > high) fail(where, `low ${low} is above high ${high}`);
  return {
    metric: checkMetric(x.metric, `${where}.metric`),
    qualifier: checkQualifier(x.qualifier, `${where}.qualifier`),
    low,
    high,
    figure: checkString(x.figure, `${where}.figure`, MAX_LENGTH.figure),
    attribution: checkAttribution(x.attribution, `${where}.attribution`),
    period: checkPeriod(x.period, `${where}.period`),
    scope: checkScope(x.scope, `${where}.scope`),
  };
}

/**
 * A claim as the extractor gives it: the one check of a claim, run by the
 * extractor on what it emits (lib/extract/conform.ts) and by the background
 * on what it is sent, so the extractor never emits a claim the store refuses.
 */
export function checkClaim(x: unknown, where: string): Claim {
  if (!isRecord(x)) return fail(where, `expected a claim object, got ${describe(x)}`);
  // A well-formed claim (nearly every one) is taken without building the ~11 field names an error would need.
  const ok = wellFormedClaim(x);
  if (ok) return ok;
  // (Fields named, not spread: a spread object costs more than all the checks, once per claim extracted.)
  const f = checkFacts(x, where);
  const claim: Claim = {
    metric: f.metric,
    qualifier: f.qualifier,
    low: f.low,
    high: f.high,
    figure: f.figure,
    attribution: f.attribution,
    period: f.period,
    scope: f.scope,
    start: checkOffset(x.start, `${where}.start`),
    end: checkOffset(x.end, `${where}.end`),
    sentence: checkString(x.sentence, `${where}.sentence`, MAX_LENGTH.sentence),
  };
  if (claim.figure === '') fail(`${where}.figure`, 'empty');
  if (claim.end - claim.start !== claim.figure.length)
    fail(where, `offsets ${claim.start}–${claim.end} do not span the figure's ${claim.figure.length} characters`);
  if (!claim.sentence.includes(claim.figure)) fail(`${where}.sentence`, 'does not hold the figure');
  return claim;
}

const isBound = (x: unknown): x is number | null =>
  x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_FIGURE);
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isString = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isOneOf = <T extends string>(x: unknown, options: readonly T[]): x is T =>
  typeof x === 'string' && (options as readonly string[]).includes(x);

/**
 * Whether every check of checkClaim passes (the same checks as checkFacts and
 * checkClaim, without their error messages, and without building the claim:
 * the extractor asks this of every claim it emits, lib/extract/conform.ts).
 * `figureAt`: where a caller has found the figure in its sentence, so the
 * sentence is not searched for it again (it is compared there).
 */
export function isWellFormedClaim(x: Record<string, unknown>, figureAt?: number): boolean {
  const { low, high, metric, qualifier, figure, attribution: a, period, scope, start, end, sentence } = x;
  if (!isBound(low) || !isBound(high) || (low !== null && high !== null && low > high)) return false;
  if (!isOneOf(metric, METRICS) || !isOneOf(qualifier, QUALIFIERS)) return false;
  if (!isString(figure, MAX_LENGTH.figure) || figure === '') return false;
  if (a !== null && a !== undefined) {
    if (!isRecord(a) || !isOneOf(a.side, SIDES) || !isString(a.text, MAX_LENGTH.attribution)) return false;
  }
  if (period !== null && period !== undefined && !(isString(period, 10) && isPeriod(period))) return false;
  if (scope !== null && scope !== undefined && !isOneOf(scope, SCOPES)) return false;
  if (!isOffset(start) || !isOffset(end) || end - start !== figure.length) return false;
  return (
    isString(sentence, MAX_LENGTH.sentence) && (figureAt === undefined ? sentence.includes(figure) : sentence.startsWith(figure, figureAt))
  );
}

/** The claim checkClaim would return when every check passes (isWellFormedClaim), else undefined. */
function wellFormedClaim(x: Record<string, unknown>): Claim | undefined {
  if (!isWellFormedClaim(x)) return undefined;
  const { low, high, metric, qualifier, figure, attribution: a, period, scope, start, end, sentence } = x as unknown as Claim;
  return {
    metric,
    qualifier,
    low,
    high,
    figure,
    attribution: a !== null && a !== undefined ? { side: a.side, text: a.text } : null,
    period: (period as string | null | undefined) ?? null,
    scope: (scope as Scope | null | undefined) ?? 'total',
    start,
    end,
    sentence,
  };
}

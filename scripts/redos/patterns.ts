// Every regular expression of lib/ for the ReDoS check (tests/unit/redos and
// `npm run redos`): the literals in the source, and the patterns lib/ builds
// with `new RegExp`, taken from the functions that build them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Diagnostics, type Parameters, check } from 'recheck';
import { rolePattern } from '../../lib/extract/attribution';
import { sideUnionPattern } from '../../lib/extract/attribution/sides';
import { candidates } from '../../lib/extract/figure-candidates';
import { QUALIFIER_BEFORE } from '../../lib/extract/qualifier-before';
import { ROLE_GROUPS } from '../../lib/extract/lexicon';
import { itemHeadPattern, speechBeforeFigurePattern, spokenPattern, timePattern } from '../../lib/extract/period';
import { regexLiteralsUnder, sourceFiles } from './regex-literals';

/** Folders whose regular expressions run on page text. */
export const CHECKED_DIRS = ['lib', 'entrypoints'];

export interface Pattern {
  /** "file:line" of a literal, or the function that builds the pattern. */
  where: string;
  source: string;
  flags: string;
}

/**
 * The patterns lib/ builds at run time, one entry per `new RegExp` in the
 * source (the ReDoS test counts those and fails on one missing here).
 */
export function builtPatterns(): Pattern[] {
  const of = (where: string, re: RegExp): Pattern => ({ where, source: re.source, flags: re.flags });
  const groups = [...new Set(Object.values(ROLE_GROUPS))];
  return [
    of('figure-candidates.ts candidates()', candidates()),
    of('figures.ts QUALIFIER_BEFORE', QUALIFIER_BEFORE),
    of('period/sentence.ts timePattern()', timePattern()),
    of('period/timeline.ts itemHeadPattern()', itemHeadPattern()),
    of('period/sentence.ts spokenPattern()', spokenPattern()),
    of('period/sentence.ts speechBeforeFigurePattern()', speechBeforeFigurePattern()),
    ...groups.map((g) => of(`attribution/sides.ts rolePattern(${JSON.stringify(g)})`, rolePattern(g))),
    ...[false, true].flatMap((skipKp) => {
      const u = sideUnionPattern(skipKp);
      return u ? [of(`attribution/sides.ts sideUnionPattern(${skipKp})`, u.re)] : [];
    }),
  ];
}

/** Call sites of `new RegExp` that `builtPatterns` covers (one per site). */
export const BUILT_SITES = 8;

/** `new RegExp(` call sites under the checked folders. */
export function countBuildSites(root: string): number {
  let n = 0;
  for (const dir of CHECKED_DIRS) {
    for (const f of sourceFiles(join(root, dir))) n += readFileSync(f, 'utf8').split('new RegExp(').length - 1;
  }
  return n;
}

/** Every pattern: the literals of the checked folders, then the built ones. */
export function allPatterns(root: string): Pattern[] {
  const literals = CHECKED_DIRS.flatMap((d) => regexLiteralsUnder(join(root, d), root)).map((l) => ({
    where: `${l.file}:${l.line}`,
    source: l.source,
    flags: l.flags,
  }));
  return [...literals, ...builtPatterns()];
}

/**
 * recheck with no clock: every limit is a count (the defaults), no time-out,
 * and the fuzzer's seed is fixed, so the verdict is the same on a busy machine.
 */
export const RECHECK_PARAMS: Parameters = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  randomSeed: 0,
};

export const recheckPattern = (p: Pattern): Promise<Diagnostics> => check(p.source, p.flags, RECHECK_PARAMS);

/** The cache of patterns recheck found safe: `npm run redos` writes it; a changed pattern is checked afresh. */
export const SAFE_CACHE = 'scripts/redos/recheck-safe.json';

export const cacheKey = (p: Pick<Pattern, 'source' | 'flags'>) => `/${p.source}/${p.flags}`;

export function recheckVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
}

/** The cached safe patterns, when written by this version of recheck (else none). */
export function readSafeCache(root: string): Set<string> {
  try {
    const cache = JSON.parse(readFileSync(join(root, SAFE_CACHE), 'utf8')) as { recheck: string; safe: string[] };
    return cache.recheck === recheckVersion(root) ? new Set(cache.safe) : new Set();
  } catch {
    return new Set();
  }
}

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  allPatterns,
  BUILT_SITES,
  builtPatterns,
  cacheKey,
  countBuildSites,
  readSafeCache,
  recheckPattern,
} from '../../../scripts/redos/patterns';
import { regexLiterals } from '../../../scripts/redos/regex-literals';

// No regular expression that reads page text may backtrack super-linearly.
// recheck (https://makenowjust-labs.github.io/recheck/) decides each one;
// patterns it already found safe are listed in scripts/redos/recheck-safe.json
// (`npm run redos` rewrites the list), so only new or changed ones are
// checked here, and those can take minutes (recheck's fuzzer on a large
// alternation): their timeout is generous, and no verdict depends on a clock.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Patterns recheck cannot decide, with why each is safe anyway. Empty: every
 * pattern of lib/ is decided. (An entry here needs its reason in the source
 * beside the pattern too.)
 */
const UNDECIDED_BUT_SAFE: ReadonlyMap<string, string> = new Map();

describe('the regex literal finder', () => {
  test('tells a regex from a division, and skips strings, comments and templates', () => {
    const code = [
      'const a = x / 2 / y; const b = /ab+c/gi;',
      'const s = \'/not/\' + "/either/"; // /nor this/',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the finder's input is source code that holds a template
      '/* /or this/ */ const t = `/${/in+side/.test(s) ? 1 : 2}/`;',
      'if (/^x$/.test(s)) return /[/]/u; f(n) / g(m);',
      'const r = /a\\/b[\\]/]c/;',
    ].join('\n');
    expect(regexLiterals(code).map((l) => `/${l.source}/${l.flags}@${l.line}`)).toEqual([
      '/ab+c/gi@1',
      '/in+side/@3',
      '/^x$/@4',
      '/[/]/u@4',
      '/a\\/b[\\]/]c/@5',
    ]);
  });

  test('finds the literals of lib/, every one a valid pattern', () => {
    const patterns = allPatterns(ROOT);
    expect(patterns.length).toBeGreaterThan(100);
    for (const p of patterns) expect(() => new RegExp(p.source, p.flags), p.where).not.toThrow();
    expect(patterns.some((p) => p.where.startsWith('lib/extract/attribution/') && p.source.includes('\\p{Lu}[\\p{L}-]*'))).toBe(true);
  });

  test('every `new RegExp` of lib/ is among the built patterns checked', () => {
    // A new `new RegExp(...)` site: add the pattern it builds to builtPatterns() in scripts/redos/patterns.ts.
    expect(countBuildSites(ROOT)).toBe(BUILT_SITES);
    expect(builtPatterns().length).toBeGreaterThanOrEqual(BUILT_SITES);
  });
});

describe('no regular expression of lib/ backtracks super-linearly (recheck)', () => {
  const safe = readSafeCache(ROOT);
  const seen = new Set<string>();
  const unchecked = allPatterns(ROOT).filter((p) => {
    const key = cacheKey(p);
    if (safe.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  test('the patterns recheck found safe before are listed', () => {
    expect(safe.size).toBeGreaterThan(0);
  });

  test.each(unchecked.map((p) => [p.where, p] as const))(
    '%s',
    async (_where, p) => {
      const d = await recheckPattern(p);
      if (d.status === 'unknown' && UNDECIDED_BUT_SAFE.has(cacheKey(p))) return;
      const detail =
        d.status === 'vulnerable' ? `${d.complexity.summary}, attack ${d.attack.pattern}` : d.status === 'unknown' ? d.error.kind : '';
      expect(`${d.status} ${detail}`.trim(), `${p.where} ${cacheKey(p)} (npm run redos lists every pattern)`).toBe('safe');
    },
    600_000,
  );
});

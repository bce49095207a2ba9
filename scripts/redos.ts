// `npm run redos`: runs recheck over every regular expression of lib/ (see
// scripts/redos/patterns.ts), prints the ones that are not safe, and writes
// the cache of safe ones that keeps the unit test quick. Exits 1 on any
// pattern that is not safe.
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPatterns, cacheKey, recheckPattern, recheckVersion, SAFE_CACHE } from './redos/patterns';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const patterns = allPatterns(root);
  const safe = new Set<string>();
  let bad = 0;
  for (const p of patterns) {
    const t0 = performance.now();
    const d = await recheckPattern(p);
    const ms = Math.round(performance.now() - t0);
    if (d.status === 'safe') safe.add(cacheKey(p));
    else {
      bad++;
      const detail = d.status === 'vulnerable' ? `${d.complexity.summary}; attack ${d.attack.pattern}` : d.error.kind;
      process.stdout.write(`${d.status}\t${p.where}\t${cacheKey(p)}\t${detail}\n`);
    }
    if (ms > 2000) process.stderr.write(`redos: ${p.where} took ${ms} ms to check\n`);
  }
  writeFileSync(join(root, SAFE_CACHE), `${JSON.stringify({ recheck: recheckVersion(root), safe: [...safe].sort() }, null, 1)}\n`);
  process.stderr.write(`redos: ${patterns.length} patterns, ${safe.size} distinct safe, ${bad} not safe; wrote ${SAFE_CACHE}\n`);
  process.exitCode = bad > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`redos: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});

// The extractor as it was when issue 11 was filed (commit 8a70edc), timed in
// the same run as today's: issue 11 asks that extraction get no slower than it.
// Its lib/ is taken from git history into a temporary directory and imported
// through tsx; without git history (a tarball, a shallow clone) it is skipped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Extract } from './extraction';

/** The commit issue 11 was filed against. */
export const ISSUE11_COMMIT = '8a70edc';

export type Baseline = { extract: Extract; commit: string } | { skipped: string };

/** Loads the extractor of `commit` from git history, or says why it cannot. */
export async function loadBaselineExtractor(root: string, commit = ISSUE11_COMMIT): Promise<Baseline> {
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['-C', root, 'archive', commit, 'lib'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch {
    return { skipped: `no git history holding ${commit} (the issue-11 baseline is skipped)` };
  }
  const dir = mkdtempSync(join(tmpdir(), `tallymark-${commit}-`));
  try {
    execFileSync('tar', ['-x', '-C', dir], { input: archive, stdio: ['pipe', 'ignore', 'pipe'] });
    // ES modules, as in the project (its package.json says so).
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const mod = (await import(pathToFileURL(join(dir, 'lib/extract/extract-claims.ts')).href)) as {
      extractClaims?: (text: string, options?: { published?: string; budget?: number }) => readonly unknown[];
    };
    const old = mod.extractClaims;
    if (typeof old !== 'function') return { skipped: `${commit} has no extractClaims (the issue-11 baseline is skipped)` };
    // The whole text, past a later version's page budget (8a70edc had none), as the bench reads ours.
    return { extract: (text, options) => old(text, { ...options, budget: Infinity }), commit };
  } finally {
    // The modules are loaded (ESM loads the whole graph at import): the files can go.
    rmSync(dir, { recursive: true, force: true });
  }
}

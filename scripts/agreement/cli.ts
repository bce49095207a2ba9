// `npm run agreement [-- --verbose]`: the extractor against the bundled
// reference's own readings of its figures (./reference-agreement.ts says how,
// and why it is a measure, not a target). --verbose lists every difference.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceAgreement, referencePath, summary } from './reference-agreement';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const path = referencePath(root);
if (path === null) {
  process.stdout.write('no ../shared/corpus/reference.json beside this clone: nothing to measure\n');
} else {
  const a = referenceAgreement(path);
  process.stdout.write(`reference (English entries): ${summary(a)}\n`);
  if (process.argv.includes('--verbose')) for (const d of a.differences) process.stdout.write(`${d.line}\n    ${d.evidence}\n`);
}

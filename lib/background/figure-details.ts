// The other outlets' figures behind a page's verdicts, for the popover and the
// popup when they show them (the `details` message). The page's own answer
// carries each verdict's mark only (`PageAnswer`): its main thread never parses
// lists it does not show. Here the page's figures are judged afresh against
// the store, as `readPage` judged them (its own article left out), and nothing
// is stored.
import { type DetailsAnswer, MAX_DETAILS_FIGURES, type PageAnswer, type ReadPageResponse } from '../messages';
import type { TallymarkDb } from '../store/db';
import { articleIdOf } from '../store/ingest';
import { judgePage } from '../store/judge';
import { checkFacts, isRecord, ValidationError } from '../store/validate';
import type { ClaimVerdict, FigureFacts, PageMeta, VerdictMark } from '../types';

/** What the page paints of a verdict. */
export function markOf(v: ClaimVerdict): VerdictMark {
  return v.reason !== undefined ? { verdict: v.verdict, reason: v.reason } : { verdict: v.verdict };
}

/** `answer` as the page gets it: each verdict's mark. */
export function toPageAnswer(answer: ReadPageResponse): PageAnswer {
  return { ...answer, verdicts: answer.verdicts.map(markOf) };
}

/** The figures of a `details` message, checked as the store checks a claim's facts. */
export function checkFigures(x: unknown): FigureFacts[] {
  if (!Array.isArray(x)) throw new ValidationError('figures: expected an array');
  if (x.length > MAX_DETAILS_FIGURES) throw new ValidationError(`figures: too many (${x.length}, at most ${MAX_DETAILS_FIGURES})`);
  return x.map((f, i) => {
    if (!isRecord(f)) throw new ValidationError(`figures[${i}]: expected an object`);
    return checkFacts(f, `figures[${i}]`);
  });
}

/** The indices of a `details` message: each a figure's, none twice. */
export function checkIndices(x: unknown, count: number): number[] {
  if (!Array.isArray(x)) throw new ValidationError('indices: expected an array');
  const seen = new Set<number>();
  for (const i of x) {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= count) {
      throw new ValidationError(`indices: expected figure numbers from 0 to ${count - 1}, got ${JSON.stringify(i)}`);
    }
    if (seen.has(i)) throw new ValidationError(`indices: ${i} asked twice`);
    seen.add(i);
  }
  return x as number[];
}

/** The verdicts of figures `indices` of `page` (checked already) whose figures are `figures`, in full. */
export async function figureDetails(db: TallymarkDb, page: PageMeta, figures: unknown, indices: unknown): Promise<DetailsAnswer> {
  const facts = checkFigures(figures);
  const wanted = checkIndices(indices, facts.length);
  if (wanted.length === 0) return { verdicts: [] };
  const own = articleIdOf(page);
  const verdicts = await judgePage(db, page, facts, own !== null ? { excludeArticles: new Set([own]) } : {});
  return { verdicts: wanted.map((i) => verdicts[i] as ClaimVerdict) };
}

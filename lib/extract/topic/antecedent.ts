// A figure in a sentence that names no one's troops ("About 3,000 had been
// sent so far"), when only the passage around it names North Korea: it is
// theirs only with an antecedent (a claim, a question, a sentence about
// their troops just before, or the article's own topic), and with no other
// country in its sentence but its source.

import { sideIn } from '../attribution/sides';
import { type Ctx, on } from '../context';
import { QUOTES } from '../grammar';
import { GROUP_NOUNS } from '../scope/words';
import { CONTRAST_MARK, type Token } from '../tokens';
import { isAnaphoric } from '../metric/anaphora';
import { ANAPHORA_REACHED } from '../metric/reached';
import { clauseMetric, DEFINITE } from '../metric/clause';
import { howManyAnswered } from '../metric/how-many';
import { type FigureReading, refused } from '../reading';
import { FOREIGN_IN_SENTENCE, foreignInSentence } from './owner';
import {
  ANSWERS_QUESTION,
  ARTICLE_TROOPS,
  articleTopic,
  BARE_SUBJECT,
  claimJustBefore,
  foreignJustBefore,
  NO_ANTECEDENT,
  nkJustBefore,
  nkLossJustBefore,
  PASSAGE_ONLY,
  SOURCE_OPENING_RE,
} from './passage';

/** Whether a figure owned by no one in a sentence not naming North Korea has what it needs to be theirs (false: refused). */
export function hasAntecedent(ctx: Ctx, r: FigureReading): boolean {
  const { text } = ctx;
  const { T, k, f, sent, head, metric, predMetric, verbMetric, partitive, anaphoric, definite } = r;
  // A bare figure as the subject of a troop verb ("about 3,000 had been sent so far") takes the passage's troops.
  const bareSubject =
    head === 'none' &&
    on(ctx, BARE_SUBJECT) &&
    verbMetric === null &&
    !QUOTES.has(T[k - 1]?.w ?? '') &&
    (predMetric === 'deployed' ? !foreignJustBefore(ctx, sent) : predMetric !== null && nkJustBefore(ctx, sent));
  // "How many have died? About 2,000 have been killed, ...": the question is the figure's antecedent (read when asked).
  let answers: boolean | undefined;
  const answersQuestion = () =>
    (answers ??= head === 'none' && on(ctx, ANSWERS_QUESTION) && howManyAnswered(ctx, T, k, sent.start, true) !== null);
  if (
    (head === 'none' || head === 'weak') &&
    !anaphoric &&
    !partitive &&
    !definite &&
    !bareSubject &&
    on(ctx, NO_ANTECEDENT) &&
    !nkJustBefore(ctx, sent) &&
    !(head === 'none' && claimJustBefore(ctx, sent, metric)) &&
    // (Whatever reading gave the metric: "the number of wounded is closer to 3,000" points back.)
    !(clauseMetric(T, k)?.definite ?? false) &&
    !answersQuestion()
  )
    return refused(r, NO_ANTECEDENT.id);
  // The article is about North Korea's troops, and the figure counts soldiers that no other country owns.
  // Only in running text (a headline of another story carries no full stop), with no one else named before the figure but its source.
  const topicTroops =
    !sent.prevNk &&
    on(ctx, ARTICLE_TROOPS) &&
    head === 'troop' &&
    !r.natOther &&
    /[.!?]["”’)]?$/.test(text.slice(sent.end - 2, sent.end)) &&
    !sideIn(text.slice(sent.start, f.start).replace(SOURCE_OPENING_RE, '')) &&
    (ctx.topic ??= articleTopic(text));
  // "Seoul said about 600 had died; by September it put the toll at around 2,000": "the toll" refers back to a claim of its own sentence.
  const sameSentenceClaim = (anaphoric || definite) && r.prevClaim !== undefined && r.prevClaim.start >= sent.start;
  if (
    !sent.prevNk &&
    !(bareSubject && predMetric === 'deployed') &&
    !topicTroops &&
    !sameSentenceClaim &&
    on(ctx, PASSAGE_ONLY) &&
    !(answersQuestion() && (ctx.topic ??= articleTopic(text)))
  )
    return refused(r, PASSAGE_ONLY.id);
  // Only a country before the figure can own it; its speaker may give a deployment, or a count of "them".
  // ... or "put the number at" just after a sentence about North Korea's troops ("the number" is theirs), or a bare
  // subject just after a sentence about their losses of the same kind ("... no North Korean soldiers died. Kyiv says 2,500 have been killed").
  const speakers =
    (bareSubject && predMetric === 'deployed') ||
    // ("Half of the roughly 4,000 casualties were killed, Kyiv said": a definite figure is the one the sentence before named.)
    ((partitive ||
      r.spokenElided ||
      DEFINITE.has(T[k - 1]?.w ?? '') ||
      definiteGroupOf(T, k) ||
      isAnaphoric(T, k, false, on(ctx, ANAPHORA_REACHED))) &&
      nkJustBefore(ctx, sent)) ||
    // ("Others put the toll closer to 5,000. Kyiv believes the number is closer to 6,000": "the number" is the claim just before.)
    (anaphoric && claimJustBefore(ctx, sent, metric)) ||
    (bareSubject && nkLossJustBefore(ctx, sent, predMetric)) ||
    topicTroops ||
    answersQuestion();
  if (on(ctx, FOREIGN_IN_SENTENCE) && foreignInSentence(T, bareSubject || partitive || topicTroops ? k : contrastAfter(T, k), speakers))
    return refused(r, FOREIGN_IN_SENTENCE.id);
  return true;
}

/** "the first group of [2,600]", "this latest batch of [3,000]": a group the sentences before are about, as a definite figure is. */
function definiteGroupOf(T: readonly Token[], k: number): boolean {
  if (T[k - 1]?.w !== 'of' || !GROUP_NOUNS.has(T[k - 2]?.w ?? '')) return false;
  for (let b = k - 3; b >= 0 && b >= k - 5; b--) {
    const x = T[b]!.w;
    if (DEFINITE.has(x) || x === 'this' || x === 'that') return true;
    if (!/^[a-z]/.test(x)) return false;
  }
  return false;
}

/**
 * Where the figure's side of the sentence ends: the first word after it that
 * sets a clause against it ("…, while the Kremlin has given no figures"), else
 * the sentence's end. A country named past it owns none of the figure's soldiers.
 */
function contrastAfter(T: readonly Token[], k: number): number {
  for (let i = k + 1; i < T.length; i++) if (T[i]!.marks & CONTRAST_MARK) return i;
  return T.length;
}

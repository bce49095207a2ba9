// The metric stage of a figure's reading (../reading.ts): what the figure
// counts. The readings of ./precedence.ts are tried in their order and the
// first that gives a metric decides; then another source's count of the same
// (a parenthesis), and a casualty verb over a deployment word.

import { otherSourcesCount, SOURCE_PAREN_ALTERNATIVE } from '../attribution/source-paren';
import { type Ctx, fire, on } from '../context';
import { NEUTRAL_FIGURE_NOUNS } from '../lexicon';
import { type FigureReading, refused } from '../reading';
import type { RuleInfo } from '../rule';
import type { Metric } from '../../types';
import {
  countedBefore,
  deploymentBefore,
  figureRefersTo,
  incrementBefore,
  isAnaphoric,
  sentOrPledged,
  spokenAlone,
  theirForceBefore,
} from './anaphora';
import { clauseMetric } from './clause';
import { howManyAnswered } from './how-many';
import { readObjectVerb } from './object-verb';
import {
  ADJECTIVE,
  ANAPHORA,
  ANAPHORA_OWN_SENTENCE,
  CAPTURE_OF_WOUNDED,
  CASUALTY_OVER_DEPLOYED,
  CLAUSE,
  ELIDED_CONTRAST,
  ELIDED_INCREMENT,
  HEAD_NOUN,
  HOW_MANY,
  METRIC_PRECEDENCE,
  OBJECT_VERB,
  PART_TAKES_VERB,
  PREDICATE,
  RANGE_CONTINUES,
  TROOPS_DEFAULT,
  WHOLE_TAKES_NO_VERB,
} from './precedence';
import { readPredicate } from './predicate';
import { ANAPHORA_REACHED } from './reached';
import { SACRIFICE, sacrificeOf } from './sacrifice';
import { ANAPHORA_SENTENCE_BEFORE, namedJustBefore } from './sentence-before';
import { RESPECTIVELY, respectiveMetric } from './respectively';
import { RUNNING_TOTAL_METRIC, runningTotalMetric, summedClaims } from './running-total';
import { isChangeBaseline } from '../numbers/not-a-count';
import { CASUALTY, isPartitiveWhole, mainVerbAfter, participleOnNoun } from './verbs';

/** Reads what the figure counts into `r` (its metric, and how it was read); false when nothing says (refused), or a verb refuses it. */
export function decideMetric(ctx: Ctx, r: FigureReading): boolean {
  const { T, k, j, i } = r;
  let predMetric = readPredicate(T, k, j, r.head, r.partOfWord, ctx.disabled);
  // The part takes the verb: "4,000 of the 11,000 troops dispatched had been killed or wounded".
  if (r.ofFig >= 0) {
    const part = on(ctx, PART_TAKES_VERB) ? mainVerbAfter(T, r.ofFig + 1) : null;
    if (part !== null) {
      predMetric = part;
      fire(i, PART_TAKES_VERB.id);
    }
  }
  // ... and the whole does not ("a third of the 11,000 troops have been killed").
  // (A participle on the whole's own noun is the whole's: "one of the two soldiers captured by Ukraine".)
  else if (CASUALTY(predMetric ?? undefined) && on(ctx, WHOLE_TAKES_NO_VERB) && isPartitiveWhole(T, k) && !participleOnNoun(T, j)) {
    predMetric = null;
    fire(i, WHOLE_TAKES_NO_VERB.id);
  }
  r.predMetric = predMetric;
  const objectVerb = readObjectVerb(ctx, T, k, j, r.natNK);
  if (objectVerb !== null && typeof objectVerb === 'object') return refused(r, objectVerb.id);
  r.verbMetric = objectVerb;
  // The first reading in the precedence table that gives a metric decides.
  for (let n = 0; n < METRIC_PRECEDENCE.length && r.metric === null; n++) {
    const rule = METRIC_PRECEDENCE[n]!;
    if (!on(ctx, rule)) continue;
    r.metric = readingBy(ctx, r, rule);
    if (r.metric !== null) fire(i, rule.id);
  }
  // "11,000 troops (Pentagon) or 12,000 (Kyiv)": another source's count of the same.
  const prev = r.prevClaim;
  if (r.metric === null && r.paren && r.bare && r.head === 'none' && on(ctx, SOURCE_PAREN_ALTERNATIVE)) {
    const prevFig = prev && prev.start >= r.sent.start ? ctx.figs.findIndex((g) => g.start === prev.start) : -1;
    if (prevFig >= 0 && otherSourcesCount(r.bare, k, prevFig)) {
      r.metric = prev!.metric;
      r.anaphoric = true;
      fire(i, SOURCE_PAREN_ALTERNATIVE.id);
    }
  }
  // A casualty verb or predicate beats a deployment word.
  if (r.metric === 'deployed' && on(ctx, CASUALTY_OVER_DEPLOYED)) {
    const { verbMetric } = r;
    const casualty = CASUALTY(verbMetric ?? undefined) ? verbMetric : CASUALTY(predMetric ?? undefined) ? predMetric : null;
    if (casualty !== null) {
      r.metric = casualty;
      fire(i, CASUALTY_OVER_DEPLOYED.id);
    }
  }
  return r.metric !== null || refused(r, 'no-metric');
}

/** The metric the precedence reading `rule` gives the figure, or null (setting how it was read: definite, anaphoric, spoken alone). */
function readingBy(ctx: Ctx, r: FigureReading, rule: RuleInfo): Metric | null {
  const { T, k, f, i, sent, head, j, prevClaim: prev } = r;
  switch (rule) {
    case RESPECTIVELY:
      // "deaths and injuries at 300 and 2,700 respectively": the metric named in the figure's place.
      return respectiveMetric(T, k);
    case HEAD_NOUN:
      return r.headMetric;
    case ADJECTIVE:
      // "captured two wounded North Korean soldiers": the capture is the event.
      if (
        (r.verbMetric === 'captured' || r.predMetric === 'captured') &&
        (r.adj === 'wounded' || r.adj === 'killed') &&
        on(ctx, CAPTURE_OF_WOUNDED)
      ) {
        fire(i, CAPTURE_OF_WOUNDED.id);
        return 'captured';
      }
      return r.adj;
    case PREDICATE:
      return r.predMetric;
    case OBJECT_VERB:
      return r.verbMetric;
    case CLAUSE: {
      const cm = clauseMetric(T, k);
      // ("the heroic sacrifices of nine soldiers": the dead, as "the deaths of" are.)
      if (!cm && on(ctx, SACRIFICE) && sacrificeOf(T, k)) {
        fire(i, SACRIFICE.id);
        return 'killed';
      }
      if (!cm) return null;
      r.definite = cm.definite;
      return cm.metric;
    }
    case RANGE_CONTINUES: {
      // "rose from 11,000 to 12,000": the second figure counts what the first did.
      // (Not "to 2,000, up from 600": an earlier count, undated, would be set against today's.)
      const prevFig = T[k - 2];
      // "2,000 dead, up from 300 in January": the dated count it rose from (an undated one is refused as a baseline).
      if (isChangeBaseline(T, k)) {
        if (prev && prev.start >= sent.start) return readBack(r, prev.metric);
      } else if (T[k - 1]?.w === 'to' && prevFig && prevFig.fig >= 0) {
        if (prev && prev.start === ctx.figs[prevFig.fig]!.start) return readBack(r, prev.metric);
      }
      return null;
    }
    case ANAPHORA: {
      // ("The figure of 11,000 troops was first given by ...": a neutral figure noun with troops of its own names its own count.)
      if (head === 'troop' && T[k - 1]?.w === 'of' && NEUTRAL_FIGURE_NOUNS.has(T[k - 2]?.w ?? '')) return null;
      const reach = on(ctx, ANAPHORA_REACHED);
      const counted = head === 'none' && countedBefore(T, k);
      if (isAnaphoric(T, k, f.verbQualifier, reach) || counted) {
        if (reach && !isAnaphoric(T, k, f.verbQualifier)) fire(i, ANAPHORA_REACHED.id);
        // ("The figure of 12,000 ... refers to the troops first sent": what it says it counts, over the figure before.)
        const named = T[k - 1]?.w === 'of' ? figureRefersTo(T, k) : null;
        if (named) return readBack(r, named);
        // ("North Korea has sent more troops. Seoul puts the number at 11,000": what the sentence just before names.)
        const justBefore = on(ctx, ANAPHORA_SENTENCE_BEFORE) ? namedJustBefore(ctx, T, k, sent.start, prev?.end ?? 0, counted) : null;
        if (justBefore !== null) {
          fire(i, ANAPHORA_SENTENCE_BEFORE.id);
          return readBack(r, justBefore);
        }
        if (prev && f.start - prev.end < 600) {
          // ("Should Pyongyang rotate in a second contingent, the total could exceed 25,000": its own sentence's deployment.)
          const own = prev.end <= sent.start && on(ctx, ANAPHORA_OWN_SENTENCE) && deploymentBefore(T, k);
          if (own) fire(i, ANAPHORA_OWN_SENTENCE.id);
          // ("Another 200 were killed and 500 wounded, bringing the total to 4,000": what the counts it sums up count.)
          const summed = own || !on(ctx, RUNNING_TOTAL_METRIC) ? undefined : summedClaims(ctx, sent.start, f.start);
          if (summed && summed.length > 0) {
            fire(i, RUNNING_TOTAL_METRIC.id);
            return readTotal(r, runningTotalMetric(summed));
          }
          return readBack(r, own ? 'deployed' : prev.metric);
        }
        // ("When the first North Korean units reached Kursk, officials put their number at 11,000": no claim before, its own sentence's.)
        if (!prev && on(ctx, ANAPHORA_OWN_SENTENCE) && (deploymentBefore(T, k) || theirForceBefore(T, k))) {
          fire(i, ANAPHORA_OWN_SENTENCE.id);
          return readBack(r, 'deployed');
        }
      }
      return null;
    }
    case HOW_MANY: {
      // "... did not say how many troops took part. Estimates put the number at 11,000."; a Q&A's answer.
      // The question names what is counted: the figure's antecedent.
      const asked = howManyAnswered(ctx, T, k, sent.start, head === 'none');
      return asked === null ? null : readBack(r, asked);
    }
    case ELIDED_INCREMENT:
      // "sent 11,000 troops in the autumn and another 3,000 in January": the noun is left out.
      // ("3,000 more": "more" is all the noun phrase after it.)
      if ((head === 'none' && incrementBefore(T, k)) || (T[k + 1]?.w === 'more' && j === k + 2)) {
        // ("... tops 6,000. Pyongyang has promised 6,000 more": a verb that sends counts troops.)
        if (prev && f.start - prev.end < 400) return readBack(r, sentOrPledged(T, k) ? 'deployed' : prev.metric);
      }
      return null;
    case ELIDED_CONTRAST:
      // "Seoul says 1,100 were wounded, while Kyiv says 2,700": the second source's figure stands alone.
      if (head === 'none' && prev && f.start - prev.end < 300) {
        const from = prev.start >= sent.start ? T.findIndex((t) => t.start >= prev.end) : -1;
        if (spokenAlone(T, k, from)) {
          r.spokenElided = true;
          return readBack(r, prev.metric);
        }
      }
      return null;
    case TROOPS_DEFAULT:
      return (head === 'troop' || r.natNK) && (f.low ?? f.high ?? 0) >= 500 ? 'deployed' : null;
  }
  return null;
}

/** A running total's metric, read back; null when what it sums up counts nothing the text names. */
const readTotal = (r: FigureReading, metric: Metric | null): Metric | null => metric && readBack(r, metric);

/** `metric`, read from what came before the figure (a claim, a question, what the figure says it counts). */
function readBack(r: FigureReading, metric: Metric): Metric {
  r.anaphoric = true;
  return metric;
}

// The scope rules, in the order they decide (the first that fires wins),
// each with its own table of cases.

import type { Metric, Scope } from '../../types';
import { METRIC_WORDS, TROOP_NOUNS } from '../lexicon';
import type { Token } from '../tokens';
import { BRINGS_TOTAL } from './brings-total';
import { WOUNDED_MOVED } from './moved';
import {
  clause,
  coordinatedBefore,
  headAfter,
  isFig,
  leftEdge,
  metricAt,
  oneEventIn,
  openingPhraseHolds,
  SENDS,
  suppositionOpens,
  VERB_FIGURE_RE,
  placeIn,
  planBefore,
  planOwn,
  rightEdge,
  shortSpanIn,
  w,
} from './grammar';
import {
  AGENT_UNITS,
  ARRIVE_BASE,
  BE,
  CASUALTY_METRICS,
  CLAUSE_STOP,
  DEPLOY_BASE,
  DEPLOY_PARTICIPLE,
  EVENT_NOUNS,
  FIRST_ORDINALS,
  FRESH,
  GROUP_NOUNS,
  INCREMENT_AFTER,
  INCREMENT_BEFORE,
  KILL_VERBS,
  LATER_ORDINALS,
  LOSS_VERBS,
  MODALS,
  ONE_UNIT,
  PLACE_NOUNS,
  PLAN_ADJECTIVES,
  PLAN_NOUNS,
  PLAN_OBJECT_VERBS,
  PREPARING,
  RANK_NOUNS,
  SHORT_SPANS,
  SPECIALISTS,
  STILL_AT,
  UNIT_NOUNS,
} from './words';

/** One case of a rule's table: the sentence with its figure in [brackets], its metric, the scope wanted. */
export type ScopeCase = readonly [sentence: string, metric: Metric, scope: Scope];

export interface ScopeRule {
  id: string;
  scope: Scope;
  summary: string;
  fires(T: readonly Token[], k: number, metric: Metric): boolean;
  /**
   * Words the rule cannot fire without: for each group, at least one of its
   * words is among the sentence's tokens (`Token.w`) whenever `fires` can be
   * true. A cheap test per sentence (./triggers.ts), so a rule is only tried
   * where its words are; none: always tried.
   */
  triggers?: readonly (readonly string[])[];
  cases: readonly ScopeCase[];
}

const words = (...sets: readonly Iterable<string>[]): readonly string[] => sets.flatMap((s) => [...s]);

/** One unit, named in the singular ("his unit", "the 80th brigade"). */
const ONE_UNIT_NOUNS = new Set(['unit', 'brigade', 'battalion', 'regiment', 'company', 'platoon', 'squad', 'detachment']);
/** Verbs of a unit's own captures ("his unit had taken 11 prisoner"). */
const UNIT_CAPTURE_VERBS = new Set(['captured', 'took', 'taken', 'seized', 'grabbed']);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Groups a force is split into, named after "N-strong" ("the 3,000-strong assault group"). */
const STRONG_GROUPS = new Set(['group', 'groups', 'detachment', 'team', 'column']);

/** "battalion-sized", "brigade-size": a group the size of one unit (one token when hyphenated). */
const UNIT_SIZED = /^(?:battalion|brigade|company|regiment|platoon|division)-sized?$/;

/** Verbs that give a group's size ("the unit numbered 1,000"). */
const NUMBERED = new Set(['numbered', 'numbers', 'numbering', 'totalled', 'totaled']);

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    id: 'part.of-them',
    scope: 'part',
    summary: 'a subset of troops already counted: "of them", "of those", "of whom", "among them", "including"',
    triggers: [['of', 'whom', 'including', 'include', 'includes', 'included', 'among']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (w(T, k + 1) === 'of' && (w(T, k + 2) === 'them' || w(T, k + 2) === 'those' || w(T, k + 2) === 'these' || w(T, k + 2) === 'whom'))
        return true;
      if (w(T, k - 1) === 'whom' && w(T, k - 2) === 'of') return true;
      const p = w(T, k - 1);
      if (p === 'including' || p === 'include' || p === 'includes' || p === 'included') return true;
      // "Among the troops sent are about 500 officers", "Of those, 5,000 ...".
      const first = T.findIndex((t) => /^[a-z]/.test(t.w));
      if (
        first >= 0 &&
        first < k &&
        (T[first]!.w === 'among' || (T[first]!.w === 'of' && ['them', 'those', 'these'].includes(w(T, first + 1))))
      )
        return true;
      const [, hi] = clause(T, k);
      for (let i = k + 1; i < hi; i++) if (T[i]!.w === 'among' && ['them', 'those', 'these'].includes(w(T, i + 1))) return true;
      return false;
    },
    cases: [
      ['About 11,000 troops were sent, and [5,000] of them are near the front.', 'deployed', 'part'],
      ['Of those, [as many as 5,000] are near the front line.', 'deployed', 'part'],
      ['Pyongyang sent 12,000 soldiers, [2,000] of whom are special forces.', 'deployed', 'part'],
      ['The force is thought to include [about 300] officers.', 'deployed', 'part'],
      ['Among the North Korean soldiers in Kursk are [some 400] snipers, the agency said.', 'deployed', 'part'],
      ['Of those, [about 600] died in the fighting.', 'killed', 'total'],
    ],
  },
  {
    id: 'part.rank',
    scope: 'part',
    summary: 'officers and generals are a subset of the force ("about 500 officers", "three generals")',
    triggers: [words(RANK_NOUNS)],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const h = headAfter(T, k);
      return h >= 0 && RANK_NOUNS.has(T[h]!.w);
    },
    cases: [
      ['North Korea has sent [about 400] officers to Russia, the agency said.', 'deployed', 'part'],
      ['General Kim, one of [four] North Korean generals sent to the front, was wounded.', 'deployed', 'part'],
      ['North Korea has sent [about 400] soldiers to Russia, the agency said.', 'deployed', 'total'],
    ],
  },
  {
    id: 'part.group',
    scope: 'part',
    summary:
      'the first group or one unit of a force: "the first cadre of 2,600", "the first 11,000", "a battalion of 3,000", "consist of 3,000"',
    triggers: [['of', 'first', 'initial', 'numbered', 'numbers', 'numbering', 'totalled', 'totaled', 'strong']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // "The first 11,000 arrived in the autumn": the first group of a force that grew.
      if ((w(T, k - 1) === 'first' || w(T, k - 1) === 'initial') && w(T, k - 2) === 'the') return true;
      // "the 3,000-strong assault group", "a 500-strong battalion": one unit's size (not "an 11,000-strong force").
      if (w(T, k + 1) === '-' && w(T, k + 2) === 'strong') {
        for (let n = k + 3; n < T.length && n <= k + 5; n++) if (UNIT_NOUNS.has(T[n]!.w) || STRONG_GROUPS.has(T[n]!.w)) return true;
      }
      // "The returning unit numbered some 1,000": one unit's size.
      if (NUMBERED.has(w(T, k - 1))) {
        const [lo] = clause(T, k);
        for (let b = k - 2; b >= lo && b >= k - 6; b--) if (UNIT_NOUNS.has(T[b]!.w)) return true;
      }
      let i = k - 1;
      if (w(T, i) !== 'of') return false;
      i--;
      const n = w(T, i);
      // "should consist of", "made up of", "comprising": a unit's size, when the clause names a unit.
      if (n === 'consist' || n === 'consists' || n === 'consisting' || n === 'composed' || (n === 'up' && w(T, i - 1) === 'made')) {
        const lo = Math.max(leftEdge(T, k, false), k - 14);
        for (let b = i - 1; b >= lo; b--) if (UNIT_NOUNS.has(T[b]!.w)) return true;
        return false;
      }
      if (UNIT_NOUNS.has(n)) return true;
      // "a battalion-sized force of about 500": a force the size of one unit.
      if (UNIT_SIZED.test(w(T, i - 1)) || (w(T, i - 1) === 'sized' && UNIT_NOUNS.has(w(T, i - 2)))) return true;
      // "the first cadre of 2,600" (an "initial contingent" or "first deployment" is the whole of its time).
      if (GROUP_NOUNS.has(n) && n !== 'contingent' && n !== 'deployment' && n !== 'dispatch') {
        for (let b = i - 1; b >= 0 && b > i - 4; b--) if (FIRST_ORDINALS.has(T[b]!.w)) return true;
      }
      return false;
    },
    cases: [
      ['The first cadre of [2,600] soldiers will go to the front, the ministry said.', 'deployed', 'part'],
      ['Seoul says 15,000 have been sent. The first [11,000] North Korean troops arrived in the autumn.', 'deployed', 'part'],
      ['The returning North Korean unit numbered [some 1,000] soldiers, Yonhap said.', 'deployed', 'part'],
      ['The North Korean force numbered [about 11,000], the agency said.', 'deployed', 'total'],
      ['A North Korean brigade of [about 3,000] troops has reached Kursk.', 'deployed', 'part'],
      ['North Korean soldiers made up a third of the [3,000]-strong assault group, an officer said.', 'deployed', 'part'],
      ['North Korea sent an [11,000]-strong force to Kursk.', 'deployed', 'total'],
      ['A battalion-sized force of [about 500] North Korean troops was spotted near Sudzha.', 'deployed', 'part'],
      ['Each battalion would consist of [about 2,500] North Korean soldiers.', 'deployed', 'part'],
      ['A second batch of [2,000] North Korean soldiers arrived in Kursk.', 'deployed', 'increment'],
      ['A contingent of [11,000] North Korean troops is in Russia.', 'deployed', 'total'],
    ],
  },
  WOUNDED_MOVED,
  {
    id: 'part.each-unit',
    scope: 'part',
    summary: 'one unit\'s size, said of each: "each of its brigades has about 5,000 men", "battalions of 1,000 men each"',
    triggers: [['each', 'every']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // "... 1,000 men each".
      const h = headAfter(T, k);
      if (w(T, (h >= 0 ? h : k) + 1) === 'each') return true;
      // "Each of its brigades has ...", "Every battalion numbers ...": a unit named at the sentence's start.
      if (w(T, 0) !== 'each' && w(T, 0) !== 'every') return false;
      for (let b = 1; b < k && b < 7; b++) if (UNIT_NOUNS.has(T[b]!.w)) return true;
      return false;
    },
    cases: [
      ['Each of the North Korean brigades has [about 5,000] men, the NIS said.', 'deployed', 'part'],
      ['North Korea sent four battalions of [about 1,000] men each, Seoul said.', 'deployed', 'part'],
      ['Every North Korean unit sent to Kursk numbers [about 500] soldiers, Kyiv said.', 'deployed', 'part'],
      ['Each week, [about 1,000] more North Korean troops arrive, Kyiv said.', 'deployed', 'increment'],
      ['North Korea sent [11,000] troops, each trained for months, Seoul said.', 'deployed', 'total'],
    ],
  },
  {
    id: 'part.since-when',
    scope: 'part',
    summary:
      'the first group of a force grown since: "since October, when about 1,500 troops arrived" (the count a span began with, not its whole)',
    triggers: [['when'], ['since']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // "when" right before the figure, or before "some"/"the first".
      let b = k - 1;
      while (b >= 0 && b > k - 4 && w(T, b) !== 'when') b--;
      if (w(T, b) !== 'when' || w(T, b - 1) !== ',') return false;
      // "since" opens the time the when-clause follows, in the same clause.
      for (let i = b - 2; i >= 0 && i > b - 8; i--) {
        const x = w(T, i);
        if (x === 'since') return true;
        if (x === ',' || isFig(T, i) || CLAUSE_STOP.has(x)) return false;
      }
      return false;
    },
    cases: [
      ['Seoul has tracked them since October, when [about 1,500] North Korean troops arrived in Vladivostok.', 'deployed', 'part'],
      ['Seoul has tracked them after October, when [about 1,500] North Korean troops arrived in Vladivostok.', 'deployed', 'total'],
      ['Losses have mounted since December, when [300] North Korean soldiers were killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'part.out-of',
    scope: 'part',
    summary:
      'a figure set apart from a whole given before it: "out of the 6,000 planned, 1,000 have arrived", "of the 11,000 troops, 3,000 ..."',
    triggers: [['of']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      // The whole after the figure: "4,000 of the 11,000 troops are at the front".
      let q = k + 1;
      if (w(T, q) === 'out') q++;
      if (w(T, q) === 'of') {
        q++;
        if (w(T, q) === 'the' || w(T, q) === 'its' || w(T, q) === 'their') q++;
        if (isFig(T, q)) return true;
        // "600 of the North Korean soldiers are snipers": the whole named by its noun.
        if (q > k + 2 && !INCREMENT_BEFORE.has(w(T, k - 1))) {
          const h = headAfter(T, q - 1);
          if (h >= 0 && TROOP_NOUNS.has(T[h]!.w)) return true;
        }
      }
      // The whole before it, in an opening phrase ended by a comma.
      if (w(T, k - 1) !== ',' && !(w(T, k - 2) === ',' && /^[a-z]/.test(w(T, k - 1)))) return false;
      for (let b = k - 2; b >= 0 && b > k - 16; b--) {
        if (T[b]!.w === 'out' && w(T, b + 1) === 'of') return true;
        if (b === 0 && T[b]!.w === 'of') return true;
        if (CLAUSE_STOP.has(T[b]!.w) && T[b]!.w !== 'that') return false;
      }
      return false;
    },
    cases: [
      ['Out of the planned 6,000, [around 1,000] combat engineers have arrived in Russia.', 'deployed', 'part'],
      ['[About 4,000] of the 11,000 North Korean troops are now at the front.', 'deployed', 'part'],
      ['[About 4,000] of the 11,000 North Korean troops have been killed or wounded.', 'casualties', 'total'],
      ['[Some 600] of the North Korean soldiers are snipers, Kyiv said.', 'deployed', 'part'],
      ['[About 2,000] of their troops are engineers.', 'deployed', 'part'],
      ['The first group was later joined by [another 10,000] of their comrades.', 'deployed', 'increment'],
      ['[Roughly 4,000] of the North Korean soldiers have been killed or wounded.', 'casualties', 'total'],
    ],
  },
  {
    id: 'part.front',
    scope: 'part',
    summary: 'the share in combat or still at the front: "7,000 still at the front", "8,000 ... to commence combat operations"',
    triggers: [['front', 'frontline', 'front-line', 'frontlines', 'commence', 'begin', 'start', 'enter', 'engage']],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const hi = rightEdge(T, k);
      for (let i = k + 1; i < hi; i++) {
        const x = T[i]!.w;
        if (x === 'front' || x === 'frontline' || x === 'front-line' || x === 'frontlines') {
          for (let b = Math.max(k + 1, i - 4); b < i; b++) if (STILL_AT.has(T[b]!.w)) return true;
        }
        if (
          (x === 'commence' || x === 'begin' || x === 'start' || x === 'enter' || x === 'engage') &&
          ['combat', 'fighting', 'battle', 'in'].includes(w(T, i + 1))
        )
          return true;
      }
      return false;
    },
    cases: [
      ['[About 7,000] North Korean soldiers are still at the front, the agency said.', 'deployed', 'part'],
      ['[About 8,000] North Korean soldiers stationed in Russia are expected to commence combat operations soon.', 'deployed', 'part'],
      ['[About 11,000] North Korean soldiers are fighting at the front.', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.verb',
    scope: 'plan',
    summary: 'a deployment planned, ordered, expected or possible: "agreed to send", "could send up to", "will be sent", "ordered 6,000"',
    triggers: [
      words(
        PLAN_OBJECT_VERBS,
        DEPLOY_BASE,
        ['reach', 'first', 'consist', 'comprise', 'include', 'sends', 'deploys', 'dispatches'],
        DEPLOY_PARTICIPLE,
        ARRIVE_BASE,
        PLAN_ADJECTIVES,
        PLAN_NOUNS,
        PREPARING,
      ),
    ],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (planOwn(T, k)) return true;
      // "will send 1,000 engineers and 5,000 builders": the second shares the first's verb.
      const j = coordinatedBefore(T, k);
      if (j >= 0 && planOwn(T, j)) {
        // Unless it has a verb of its own ("and 1,000 had already arrived").
        const h = T.slice(k + 1, k + 6).findIndex(
          (t) => t.w === 'had' || t.w === 'have' || t.w === 'has' || t.w === 'were' || t.w === 'are',
        );
        return h < 0;
      }
      return false;
    },
    cases: [
      ['Pyongyang agreed to send [5,000] more troops, officials said.', 'deployed', 'plan'],
      ['North Korea intends to dispatch [up to 20,000] soldiers.', 'deployed', 'plan'],
      ['The North could send [up to 100,000] troops, analysts said.', 'deployed', 'plan'],
      ['Pyongyang will dispatch [6,000] military builders to Kursk.', 'deployed', 'plan'],
      ['North Korea is preparing to deploy [10,000] soldiers, Kyiv warned.', 'deployed', 'plan'],
      ['A Ukrainian outlet claimed that [up to 30,000] North Korean troops were preparing to deploy.', 'deployed', 'plan'],
      ['If Pyongyang were to send [100,000] soldiers, the war would change, analysts say.', 'deployed', 'plan'],
      ['If North Korea sends [another 10,000] troops, Kyiv will respond, Zelensky said.', 'deployed', 'plan'],
      ['North Korea sent [10,000] troops, if Seoul is right.', 'deployed', 'total'],
      ['Kim will send 2,000 sappers and [4,000] construction troops, Moscow said.', 'deployed', 'plan'],
      ['Kim has decided to send 1,000 sappers to Russia, as well as [5,000] construction workers, he said.', 'deployed', 'plan'],
      ['[Ten thousand] North Korean soldiers will be sent to Russia, Seoul said.', 'deployed', 'plan'],
      ['[About 9,000] North Korean soldiers are expected to be deployed by March.', 'deployed', 'plan'],
      ['Seoul counts [5,000] North Korean builders who are expected to arrive in the coming months.', 'deployed', 'plan'],
      ['Seoul counts [5,000] North Korean soldiers who were sent in the autumn.', 'deployed', 'total'],
      ['Kim Jong Un ordered [6,000] builders to Kursk.', 'deployed', 'plan'],
      ['The total is expected to reach [15,000], the agency said.', 'deployed', 'plan'],
      ['North Korean troops, which could number [as many as 11,000], are in Kursk.', 'deployed', 'total'],
      ['The planned deployment of [about 10,000] troops is expected by December.', 'deployed', 'plan'],
      ['North Korea is believed to be preparing an additional deployment of [about 6,000] troops.', 'deployed', 'plan'],
      ['North Korea has begun sending the first of [roughly 5,000] military builders to Russia.', 'deployed', 'plan'],
      ['According to Shoigu, the contingent will consist of [1,000] sappers and 5,000 builders.', 'deployed', 'plan'],
      ['The deployment of [about 11,000] North Korean troops was confirmed in April.', 'deployed', 'total'],
      ['North Korea has sent [about 11,000] troops to Russia.', 'deployed', 'total'],
      ['Pyongyang had decided to send 12,000 troops and had already sent [1,500] to Vladivostok.', 'deployed', 'total'],
    ],
  },
  {
    id: 'plan.could-be',
    scope: 'plan',
    summary: '"the number could be as high as 12,000" where the sentence speaks of a deployment still to come',
    triggers: [
      words(MODALS),
      ['be', 'reach', 'total', 'exceed', 'number', 'figure', 'count', 'force'],
      words(DEPLOY_PARTICIPLE, DEPLOY_BASE, SENDS, GROUP_NOUNS),
    ],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const v = w(T, k - 1);
      // "could be as high as 15,000"; "could exceed 25,000" (the verb read as the figure's qualifier).
      const modalVerb =
        ((v === 'be' || v === 'reach' || v === 'total' || v === 'exceed') && MODALS.has(w(T, k - 2))) ||
        (MODALS.has(v) && VERB_FIGURE_RE.test(T[k]!.raw));
      if (!modalVerb) return false;
      // "Should Pyongyang rotate in a second contingent, the total could exceed 25,000": a deployment supposed.
      if (suppositionOpens(T, k)) return true;
      for (let i = 0; i < T.length; i++) {
        if (i === k - 1) continue;
        if ((DEPLOY_PARTICIPLE.has(T[i]!.w) && w(T, i - 1) === 'be') || DEPLOY_BASE.has(T[i]!.w)) if (planBefore(T, i)) return true;
      }
      return false;
    },
    cases: [
      ['More troops will be dispatched soon, amid reports the number could be [as high as 15,000].', 'deployed', 'plan'],
      ['North Korean troops, whose number could be [as high as 11,000], are fighting in Kursk.', 'deployed', 'total'],
      ['Should Pyongyang rotate in a second contingent of North Korean troops, the total could [exceed 25,000].', 'deployed', 'plan'],
      ['If North Korea sends a second contingent, the number of its troops could reach [25,000].', 'deployed', 'plan'],
      ['If Seoul is right, the number of North Korean troops could be [as high as 15,000].', 'deployed', 'total'],
    ],
  },
  {
    id: 'increment.another',
    scope: 'increment',
    summary:
      'an addition to an earlier count: "another 2,000", "an additional 3,000", "a further 1,000", "2,000 more troops", "a second batch of" (not "300 killed and another 2,700 wounded": a second metric)',
    triggers: [words(INCREMENT_BEFORE, INCREMENT_AFTER, LATER_ORDINALS, FRESH, ['reinforcements', 'reinforcement', 'additionally'])],
    fires(T, k, metric) {
      const h = headAfter(T, k);
      if (
        INCREMENT_BEFORE.has(w(T, k - 1)) ||
        INCREMENT_AFTER.has(w(T, k + 1)) ||
        (h > k + 1 && T.slice(k + 1, h).some((t) => INCREMENT_AFTER.has(t.w)))
      ) {
        // "300 killed and another 2,700 wounded": a second metric, not an addition to the first count.
        const j = coordinatedBefore(T, k);
        const other = j >= 0 ? metricAt(T, j) : null;
        return !(other !== null && other !== metric && metricAt(T, k) !== other);
      }
      // "a second batch of 2,000", "a new wave of 3,000".
      if (w(T, k - 1) === 'of' && GROUP_NOUNS.has(w(T, k - 2))) {
        for (let b = k - 3; b >= 0 && b > k - 6; b--) if (LATER_ORDINALS.has(T[b]!.w)) return true;
      }
      // "3,000 fresh troops", "2,000 new soldiers".
      if (h > k + 1 && T.slice(k + 1, h).some((t) => FRESH.has(t.w))) return true;
      // "2,000 reinforcements", "3,000 troops were sent as reinforcements".
      if (h >= 0 && T[h]!.w === 'reinforcements') return true;
      const [lo, hi] = clause(T, k);
      for (let i = k + 1; i + 1 < hi; i++) if (T[i]!.w === 'as' && /^reinforcements?$/.test(T[i + 1]!.w)) return true;
      // "the North has additionally dispatched over 1,000 troops".
      for (let i = lo; i < k; i++) if (T[i]!.w === 'additionally') return true;
      return false;
    },
    cases: [
      ['North Korea sent [another 2,000] troops to Kursk.', 'deployed', 'increment'],
      ['[An additional 3,000] North Korean soldiers have arrived.', 'deployed', 'increment'],
      ['[A further 1,000] were sent in January, the agency said.', 'deployed', 'increment'],
      ['Seoul said [about 200] additional casualties occurred over four days.', 'casualties', 'increment'],
      ['Pyongyang sent [3,000] more North Korean troops in January.', 'deployed', 'increment'],
      ['North Korea sent [2,000] reinforcements to Kursk.', 'deployed', 'increment'],
      ['Pyongyang has sent [about 3,000] fresh troops to Kursk, the JCS said.', 'deployed', 'increment'],
      ['[About 3,000] North Korean troops were sent as reinforcements in January.', 'deployed', 'increment'],
      ['"The North has additionally dispatched [over 1,000] troops," an NIS official said.', 'deployed', 'increment'],
      ['North Korea dispatched [over 1,000] troops as reinforcement, the NIS said.', 'deployed', 'increment'],
      ['[About 3,000] North Korean troops were sent to Kursk, and more are expected as reinforcements.', 'deployed', 'total'],
      ['North Korea sent [2,000] troops to Kursk.', 'deployed', 'total'],
      ['About 300 North Korean soldiers were killed and [another 2,700] wounded, the agency said.', 'wounded', 'total'],
      ['Kyiv said 1,000 North Koreans had died and [another 3,000] were injured.', 'wounded', 'total'],
      ['Budanov said about 1,500 North Koreans had died, and that [roughly 4,000] more had been wounded.', 'wounded', 'total'],
      ['North Korea sent 11,000 troops in the autumn and [another 3,000] in January.', 'deployed', 'increment'],
      ['The unit killed 40 North Korean soldiers and wounded [35] more over two days.', 'wounded', 'episode'],
    ],
  },
  BRINGS_TOTAL,
  {
    id: 'increment.specialists',
    scope: 'increment',
    summary:
      'engineers, sappers, deminers or builders sent are a contingent added to the fighting force, not its count ("about 1,000 deminers have arrived")',
    triggers: [words(SPECIALISTS, ['construction'])],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      for (let i = k + 1; i < T.length && i <= k + 4; i++) {
        const x = T[i]!.w;
        if (SPECIALISTS.has(x) || (x === 'construction' && /^(?:workers|troops|personnel|units?)$/.test(w(T, i + 1)))) return true;
        if (!/^[a-z]/.test(x) || BE.has(x) || x === 'have' || x === 'has' || x === 'had') return false;
      }
      return false;
    },
    cases: [
      ['The NIS said [about 1,000] North Korean deminers had already arrived in Kursk.', 'deployed', 'increment'],
      ['Pyongyang sent [around 1,000] engineer troops to Kursk, Yonhap said.', 'deployed', 'increment'],
      ['Seoul said [5,000] military construction workers had reached Russia.', 'deployed', 'increment'],
      ['Seoul said [15,000] North Korean troops, including engineers, had been sent.', 'deployed', 'total'],
    ],
  },
  {
    id: 'episode.event',
    scope: 'episode',
    summary: 'losses in one fight: "killed in an assault", "in this attack", "during initial clashes", "in weekend battles"',
    triggers: [words(EVENT_NOUNS)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      if (oneEventIn(T, lo, hi)) return true;
      // The sentence's opening phrase: "In a single assault on the village, 40 ..." (as episode.span reads it).
      return openingPhraseHolds(T, lo, k, oneEventIn);
    },
    cases: [
      ['[About 40] North Korean soldiers were killed or wounded in one assault on a village.', 'casualties', 'episode'],
      ['In a single assault on the village of Makhnovka, [about 40] North Koreans were killed or wounded.', 'casualties', 'episode'],
      ['In the battle for Kursk, [about 600] North Korean soldiers have been killed, Seoul said.', 'killed', 'total'],
      ['North Korean losses in this attack totalled [about 2,000].', 'casualties', 'episode'],
      ['[Up to 30] North Korean soldiers were killed during initial clashes with Ukrainian troops.', 'killed', 'episode'],
      ['[At least 20] North Korean soldiers were killed and wounded in weekend battles.', 'casualties', 'episode'],
      ['[Five] North Korean officers were killed in a missile strike near Kursk.', 'killed', 'episode'],
      ['[About 100] North Korean soldiers have died in the battle for Kursk, Seoul said.', 'killed', 'total'],
      ['[About 50] North Korean soldiers were killed in one assault, Kyiv said.', 'killed', 'episode'],
      ['[About 300] North Korean soldiers have been killed in battle, Seoul said.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.one-day',
    scope: 'episode',
    summary: 'losses on one named day: "80 were killed near Sudzha on Tuesday" (not "Seoul said on Tuesday that 600 had died")',
    triggers: [WEEKDAYS],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [, hi] = clause(T, k);
      // The loss verb after the figure, then "on Tuesday" after it in the same clause.
      let verb = -1;
      for (let i = k + 1; i < hi; i++) {
        const m = METRIC_WORDS[T[i]!.w];
        if (verb < 0 && m !== undefined && m !== 'deployed') verb = i;
        else if (verb >= 0 && T[i]!.w === 'on' && WEEKDAYS.includes(w(T, i + 1))) return true;
      }
      return false;
    },
    cases: [
      ['Ukraine says [80] North Korean soldiers were killed near Sudzha on Tuesday.', 'killed', 'episode'],
      ['Seoul said on Tuesday that [600] North Korean soldiers had been killed.', 'killed', 'total'],
      ['[About 600] North Korean soldiers have been killed, Seoul said on Tuesday.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.span',
    scope: 'episode',
    summary: 'losses over a short span: "in two days", "within just three days", "in the past week", "over the weekend"',
    triggers: [words(SHORT_SPANS, ['month', 'months', 'alone', 'weeks'])],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      if (shortSpanIn(T, lo, hi)) return true;
      // The sentence's opening phrase: "In the past week, 1,000 ...".
      return openingPhraseHolds(T, lo, k, shortSpanIn);
    },
    cases: [
      ['[60] North Korean soldiers were killed in two days, the unit said.', 'killed', 'episode'],
      ['[More than 500] North Korean troops were killed or wounded in the past fortnight.', 'casualties', 'episode'],
      ['Kyiv said 40 North Korean soldiers were killed and [35] wounded within just three days.', 'wounded', 'episode'],
      ['[About 1,000] North Korean troops were killed or wounded in the last week alone.', 'casualties', 'episode'],
      ['[At least 200] North Korean troops were killed over three days, a commander said.', 'killed', 'episode'],
      ['North Korea has lost [about 1,000] soldiers in a week, Kirby said.', 'casualties', 'episode'],
      ['In the past month alone, [1,500] North Koreans were killed or wounded, Kyiv said.', 'casualties', 'episode'],
      ['Zelensky said [nearly 4,000] North Korean soldiers were killed or wounded in January alone.', 'casualties', 'episode'],
      ['In the past three months alone, North Korean units lost [some 1,200] men, Kyiv said.', 'casualties', 'episode'],
      ['The North Koreans lost [at least 1,000] servicemen in the last three weeks, Yusov said.', 'casualties', 'episode'],
      ['In the weeks since, [at least 1,000] North Korean soldiers have been killed or wounded, Kyiv said.', 'casualties', 'total'],
      ['"In January alone, our forces eliminated [more than 1,000] North Korean soldiers," Zelensky said.', 'killed', 'episode'],
      ['In the past three months, North Korean units lost [some 4,000] men in all, Kyiv said.', 'casualties', 'total'],
      ['Zelensky said [nearly 4,000] North Korean soldiers had been killed or wounded by January.', 'casualties', 'total'],
      ['In the past month, Kyiv raised its count to [4,000] North Korean soldiers killed or wounded.', 'casualties', 'total'],
      ['Over the weekend, Zelensky said Kyiv had captured [two] North Korean soldiers.', 'captured', 'total'],
      ['Seoul said last week that [about 300] North Korean soldiers had been killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.place',
    scope: 'episode',
    summary: 'losses at one village: "around the village of X", "near a village"',
    triggers: [words(PLACE_NOUNS)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      return placeIn(T, lo, hi);
    },
    cases: [
      ['[At least four] North Korean troops went missing near the village of Plekhovo.', 'missing', 'episode'],
      ['[At least four] North Korean troops went missing in the Kursk region.', 'missing', 'total'],
    ],
  },
  {
    id: 'episode.unit-lost',
    scope: 'episode',
    summary:
      'one unit\'s losses: "the 94th brigade lost 200 men", "a North Korean battalion suffered 300 casualties", "destroyed a platoon of about 30 men"',
    triggers: [words(LOSS_VERBS, KILL_VERBS), words(ONE_UNIT)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric)) return false;
      // "destroyed a North Korean platoon of about 30 men": the unit killed is its size.
      if (w(T, k - 1) === 'of' && ONE_UNIT.has(w(T, k - 2))) {
        for (let b = k - 3; b >= 0 && b >= k - 7; b--) if (KILL_VERBS.has(T[b]!.w)) return true;
      }
      let i = k - 1;
      while (i >= 0 && (T[i]!.w === 'had' || T[i]!.w === 'have' || T[i]!.w === 'has' || T[i]!.w === 'reportedly')) i--;
      if (!LOSS_VERBS.has(w(T, i))) return false;
      // The subject, back to the clause's start: "Unit 1 of the Storm Corps", "the 94th brigade".
      const [lo] = clause(T, k);
      for (let b = i - 1; b >= lo; b--) if (ONE_UNIT.has(T[b]!.w)) return true;
      return false;
    },
    cases: [
      ['The North Korean 94th brigade lost [200] men in January, Kyiv said.', 'casualties', 'episode'],
      ['A North Korean battalion suffered [300] casualties near Sudzha, Kyiv said.', 'casualties', 'episode'],
      ['North Korean troops have lost [4,000] men since December, Kyiv said.', 'casualties', 'total'],
      ['Ukrainian special forces destroyed a North Korean platoon of [about 30] men near Sudzha.', 'killed', 'episode'],
    ],
  },
  {
    id: 'episode.group-lost',
    scope: 'episode',
    summary: 'the losses of one group named as such: "nine of the sappers died", "200 of the engineers were killed"',
    triggers: [['of'], words(SPECIALISTS, ONE_UNIT)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) || w(T, k + 1) !== 'of') return false;
      for (let i = k + 2; i < T.length && i <= k + 6; i++) {
        const x = T[i]!.w;
        if (SPECIALISTS.has(x) || ONE_UNIT.has(x) || ONE_UNIT.has(x.replace(/'s$/, ''))) return true;
        if (CLAUSE_STOP.has(x)) return false;
      }
      return false;
    },
    cases: [
      ['[Nine] of the North Korean sappers died in the work, KCNA said.', 'killed', 'episode'],
      ['[About 200] of the North Korean engineers were killed by mines, Kyiv said.', 'killed', 'episode'],
      ['[Some 600] of the 11,000 North Korean troops have died, Seoul said.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.unit-says',
    scope: 'episode',
    summary:
      'a unit counting its own kills or captures: "a drone unit said it killed 25", "special operations forces stated they had killed three", "his unit alone had taken 11 prisoner"',
    triggers: [words(KILL_VERBS, UNIT_CAPTURE_VERBS), words(AGENT_UNITS, ['forces'])],
    fires(T, k, metric) {
      const captured = metric === 'captured';
      if (!CASUALTY_METRICS.has(metric) && !captured) return false;
      let i = k - 1;
      while (
        i >= 0 &&
        (T[i]!.w === 'had' ||
          T[i]!.w === 'have' ||
          T[i]!.w === 'has' ||
          T[i]!.w === 'also' ||
          T[i]!.w === 'reportedly' ||
          T[i]!.w === 'already')
      )
        i--;
      // Skip a nearer verb: "killed or wounded", "eliminated".
      if (!(captured ? UNIT_CAPTURE_VERBS : KILL_VERBS).has(w(T, i))) return false;
      if (BE.has(w(T, i - 1)) || w(T, i - 1) === 'been') return false;
      // "special operations forces", "a drone unit", "the 95th brigade" before the verb, in its clause
      // (not "had lost more than a battalion, and that his forces had killed ..."; "X stated that they had killed" is X's).
      for (let b = i - 1; b >= 0; b--) {
        const x = T[b]!.w;
        // Captures are few: only one unit's own count is a part of them ("special forces and paratroopers had captured two" is the whole).
        if (captured ? ONE_UNIT_NOUNS.has(x) : AGENT_UNITS.has(x)) return true;
        if (x === ';' || x === 'and' || (x === ',' && w(T, b + 1) !== 'which')) return false;
        if (
          !captured &&
          x === 'forces' &&
          (w(T, b - 1) === 'operations' || w(T, b - 1) === 'special' || w(T, b - 1) === 'airborne' || w(T, b - 1) === 'assault')
        )
          return true;
      }
      return false;
    },
    cases: [
      ['A Ukrainian drone unit said it killed [25] North Korean soldiers.', 'killed', 'episode'],
      ["Ukraine's special operations forces said they had killed [three] North Korean soldiers.", 'killed', 'episode'],
      ['Zelensky said Ukraine had killed [about 3,000] North Korean soldiers.', 'killed', 'total'],
      ['A Ukrainian officer said his unit alone had taken [11] North Koreans prisoner.', 'captured', 'episode'],
      ['Zelensky said Ukraine had captured [two] North Korean soldiers.', 'captured', 'total'],
      ['Zelensky said special forces and paratroopers had captured [two] North Korean soldiers.', 'captured', 'total'],
      [
        'Zelensky said North Korea had lost more than a battalion, and that his forces had killed [nearly 4,000] North Korean soldiers.',
        'killed',
        'total',
      ],
    ],
  },
  {
    id: 'episode.specialists',
    scope: 'episode',
    summary: 'losses of a contingent of engineers, sappers, deminers or builders: one unit, smaller than the whole',
    triggers: [words(SPECIALISTS)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric)) return false;
      // Named before the figure, with no other figure between ("Kim will send 6,000 builders, and 300 ... were killed" is not theirs).
      for (let b = k - 1; b >= 0 && b > k - 40; b--) {
        if (isFig(T, b)) return false;
        // ... nor the head of another figure ("6,000 builders").
        if (SPECIALISTS.has(T[b]!.w)) return !isFig(T, b - 1) && !isFig(T, b - 2);
      }
      return false;
    },
    cases: [
      ['Kim honoured the deminers back from Kursk and [nine] of their comrades who were killed there.', 'killed', 'episode'],
      ['Kim honoured the troops back from Kursk and [nine] of their comrades who were killed there.', 'killed', 'total'],
      ['Kim will send 6,000 builders, and [300] North Korean soldiers have been killed, Seoul said.', 'killed', 'total'],
    ],
  },
];

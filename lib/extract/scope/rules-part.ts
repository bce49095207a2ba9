// Scope rules: a subset of a force counted as a whole elsewhere (`part`).

import { TROOP_NOUNS } from '../lexicon';
import { OTHER_ONE } from '../lexicon/nationality-starts';
import { WOUNDED_MOVED } from './moved';
import { clause, headAfter, isFig, leftEdge, rightEdge, w } from './grammar';
import { CLAUSE_STOP, FIRST_ORDINALS, GROUP_NOUNS, INCREMENT_BEFORE, RANK_NOUNS, STILL_AT, UNIT_NOUNS, wordsOf } from './words';
import type { ScopeRule } from './rules';
import type { Token } from '../tokens';

/** Groups a force is split into, named after "N-strong" ("the 3,000-strong assault group"). */
const STRONG_GROUPS = new Set(['group', 'groups', 'detachment', 'team', 'column']);

/** "battalion-sized", "brigade-size": a group the size of one unit (one token when hyphenated). */
const UNIT_SIZED = /^(?:battalion|brigade|company|regiment|platoon|division)-sized?$/;

/** Verbs that give a group's size ("the unit numbered 1,000"). */
const NUMBERED = new Set(['numbered', 'numbers', 'numbering', 'totalled', 'totaled']);

/** Verbs of staying where one is: the rest of a force split between places ("another 8,000 remain in rear areas"). */
const REMAIN_VERBS = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);
/** Words that make a figure the rest of a force ("another 8,000", "the other 8,000", "the remaining 8,000"). */
const REST_WORDS = new Set(['another', 'other', 'remaining']);
/** Present "be" after a share of a force ("3,000 are now deployed in Kursk"). */
const ARE = new Set(['are', 'is']);

/** The figure at `j` is the rest of a force that stays put: "another 8,000 (troops) remain ...". */
function restRemains(T: readonly Token[], j: number): boolean {
  if (!REST_WORDS.has(w(T, j - 1))) return false;
  for (let i = j + 1; i < T.length && i <= j + 4; i++) {
    if (REMAIN_VERBS.has(T[i]!.w)) return true;
    if (!/^[a-z]/.test(T[i]!.w)) return false;
  }
  return false;
}

/** The figure at `k` is a share of a force that is somewhere now: "3,000 (North Korean soldiers) are (now) ...". */
function shareIsNow(T: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < T.length && i <= k + 5; i++) {
    if (ARE.has(T[i]!.w)) return true;
    if (!/^[a-z]/.test(T[i]!.w)) return false;
  }
  return false;
}

/** Verbs of moving troops already there: those moved are some of the force ("redeployed 3,000 from Kursk"). */
const REDEPLOYED = new Set([
  'redeployed',
  'redeploy',
  'redeploys',
  'redeploying',
  'withdrawn',
  'withdrew',
  'withdraw',
  'withdraws',
  'relocated',
  'relocate',
  'pulled',
]);

/** The part rules, in the order the stage asks them (./rules.ts). */
export const PART_RULES: readonly ScopeRule[] = [
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
      ['Pyongyang sent 12,000 soldiers to Russia. [Some 8,000] of these North Korean forces are in the Kursk region.', 'deployed', 'part'],
      ['The force is thought to include [about 300] officers.', 'deployed', 'part'],
      ['Among the North Korean soldiers in Kursk are [some 400] snipers, the agency said.', 'deployed', 'part'],
      ['Of those, [about 600] died in the fighting.', 'killed', 'total'],
    ],
  },
  {
    id: 'part.rank',
    scope: 'part',
    summary: 'officers and generals are a subset of the force ("about 500 officers", "three generals")',
    triggers: [wordsOf(RANK_NOUNS)],
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
        // ("Of the 60,000 Russian troops in Kursk, 11,000 are North Korean": a whole of another country's is no whole of theirs.)
        if ((T[b]!.w === 'out' && w(T, b + 1) === 'of') || (b === 0 && T[b]!.w === 'of')) return !otherNationalityIn(T, b, k);
        if (CLAUSE_STOP.has(T[b]!.w) && T[b]!.w !== 'that') return false;
      }
      return false;
    },
    cases: [
      ['Out of the planned 6,000, [around 1,000] combat engineers have arrived in Russia.', 'deployed', 'part'],
      ['Of the roughly 60,000 Russian troops in Kursk, [about 11,000] are North Korean, the Pentagon said.', 'deployed', 'total'],
      ['[About 4,000] of the 11,000 North Korean troops are now at the front.', 'deployed', 'part'],
      ['[About 4,000] of the 11,000 North Korean troops have been killed or wounded.', 'casualties', 'total'],
      ['[Some 600] of the North Korean soldiers are snipers, Kyiv said.', 'deployed', 'part'],
      ['[About 2,000] of their troops are engineers.', 'deployed', 'part'],
      ['The first group was later joined by [another 10,000] of their comrades.', 'deployed', 'increment'],
      ['[Roughly 4,000] of the North Korean soldiers have been killed or wounded.', 'casualties', 'total'],
    ],
  },
  {
    id: 'part.split',
    scope: 'part',
    summary:
      'a force split between places: "3,000 are now in Kursk, while another 8,000 remain in rear areas" (both figures are shares of it)',
    triggers: [wordsOf(REMAIN_VERBS)],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      if (restRemains(T, k)) return true;
      if (!shareIsNow(T, k)) return false;
      for (let j = k + 1; j < T.length; j++) {
        if (T[j]!.w === '.' || T[j]!.w === ';') return false;
        if (isFig(T, j)) return restRemains(T, j);
      }
      return false;
    },
    cases: [
      ['[About 3,000] North Korean soldiers are now deployed in Kursk, while another 8,000 remain in rear areas.', 'deployed', 'part'],
      ['About 3,000 North Korean soldiers are now deployed in Kursk, while [another 8,000] remain in rear areas.', 'deployed', 'part'],
      ['Some 5,000 North Korean troops are at the front and [the remaining 6,000] stay in training camps.', 'deployed', 'part'],
      ['North Korea sent [11,000] troops in the autumn and another 3,000 remain at home.', 'deployed', 'total'],
      ['North Korea sent 11,000 troops in the autumn and [another 3,000] in January.', 'deployed', 'increment'],
    ],
  },
  {
    id: 'part.redeployed',
    scope: 'part',
    summary:
      'troops moved from where they are, redeployed or withdrawn, are some of the force: "Russia redeployed around 3,000 North Korean soldiers from Kursk"',
    triggers: [wordsOf(REDEPLOYED)],
    fires(T, k, metric) {
      if (metric !== 'deployed') return false;
      const [lo, hi] = clause(T, k);
      // (Not "moved" or "transferred": "ships moved 1,500 troops from Chongjin to Vladivostok" sent them;
      // nor "relocated to Russia": they left North Korea.)
      for (let i = lo; i < hi; i++) if (REDEPLOYED.has(T[i]!.w) && !(w(T, i + 1) === 'to' && w(T, i + 2) === 'russia')) return true;
      return false;
    },
    cases: [
      ['Zelensky said Russia had redeployed [around 3,000] North Korean soldiers from Kursk to other areas.', 'deployed', 'part'],
      ['[About 2,000] North Korean troops have been withdrawn from the front, Seoul said.', 'deployed', 'part'],
      ['Ships moved [an estimated 1,500] North Korean troops from Chongjin to Vladivostok in October.', 'deployed', 'total'],
      ['[Over 3,000] North Korean troops have relocated to Russia, Seoul said.', 'deployed', 'total'],
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
];

/** Tokens [from, to) name a country other than North Korea ("Russian", "Ukraine's": OTHER_ONE). */
function otherNationalityIn(T: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (OTHER_ONE.has(T[i]!.w)) return true;
  return false;
}

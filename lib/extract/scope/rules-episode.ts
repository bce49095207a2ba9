// Scope rules: one event, battle, unit, place or short span (`episode`).

import { parseNumber } from '../../text/numbers';
import { METRIC_WORDS } from '../lexicon';
import { SPEECH_VERBS } from '../lexicon/speech';
import { clause, countNounIn, isFig, oneEventIn, openingPhraseHolds, pastMonthIn, placeIn, shortSpanIn, w } from './grammar';
import {
  NEAR,
  AGENT_UNITS,
  BE,
  CASUALTY_METRICS,
  CLAUSE_STOP,
  EVENT_NOUNS,
  KILL_VERBS,
  LOSS_VERBS,
  ONE_UNIT,
  PLACE_NOUNS,
  SHORT_SPANS,
  SPECIALISTS,
  wordsOf,
} from './words';
import type { ScopeRule } from './rules';
import type { Token } from '../tokens';
import type { Metric } from '../../types';

/** One unit, named in the singular ("his unit", "the 80th brigade"). */
const ONE_UNIT_NOUNS = new Set(['unit', 'brigade', 'battalion', 'regiment', 'company', 'platoon', 'squad', 'detachment']);
/** Verbs of a unit's own captures ("his unit had taken 11 prisoner"). */
const UNIT_CAPTURE_VERBS = new Set(['captured', 'took', 'taken', 'seized', 'grabbed']);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "this week", "last week": a week just gone or going on. */
const THIS_OR_LAST = new Set(['this', 'last']);
/** One day just gone, a word of its own. */
const JUST_GONE_DAYS = new Set(['yesterday']);
/** Words that make a time the end of a running count ("by last week", "as of yesterday", "until this week"). */
const UNTIL = new Set(['by', 'of', 'until', 'till', 'through', 'since']);

/**
 * The figure at `k` counts losses (or captures) whose own verb, after it
 * ("80 were killed") or right before it ("killed 80", "lost 300"), is followed
 * in the same clause by a time `timeAt` accepts: the time is the loss's, not a
 * report's ("Seoul said on Tuesday that ...": a time before the figure).
 */
function lossThen(T: readonly Token[], k: number, metric: Metric, timeAt: (i: number) => boolean): boolean {
  if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
  const [, hi] = clause(T, k);
  // (Captures with their verb first count the prisoners taken so far: "Kyiv captured two North Koreans on Saturday".)
  const before = metric === 'captured' ? undefined : METRIC_WORDS[w(T, k - 1)];
  let verb = (before !== undefined && before !== 'deployed') || (metric !== 'captured' && LOSS_VERBS.has(w(T, k - 1))) ? k - 1 : -1;
  for (let i = k + 1; i < hi; i++) {
    // "…, the NIS told a closed session on Monday": past a verb of speech, the time is the report's.
    if (SPEECH_VERBS.has(T[i]!.w)) return false;
    if (verb >= 0 && timeAt(i)) return true;
    const m = METRIC_WORDS[T[i]!.w];
    if (verb < 0 && m !== undefined && m !== 'deployed') verb = i;
  }
  return false;
}

/** Below this many dead, wounded or missing, a count with no word of a total is one clash's (CLAIMS.md: "one event, battle ..."). */
export const SMALL_LOSS = 50;

/** Words that make a count the running total to date ("a total of", "the toll", "since December", "altogether"). */
const RUNNING_TOTAL_WORDS = new Set([
  'total',
  'toll',
  'tally',
  'since',
  'altogether',
  'overall',
  'cumulative',
  'cumulatively',
  'officially',
]);

/** Scale words and suffixes that make a figure a hundred or more ("1.5 thousand", "27-hundred", "3k"). */
const SCALED_RE = /hundred|thousand|million|billion|\dk\b/i;
/**
 * The figure's words (`raw`, its qualifier included) count fewer than
 * SMALL_LOSS: every number in them ("30 to 40"), written in digits or in words.
 */
export function isSmallCount(raw: string): boolean {
  if (SCALED_RE.test(raw)) return false;
  const digits = digitRunsSmall(raw);
  if (digits !== null) return digits;
  // Words: the longest tail that is one number, past "about a", "at least", "up to", "thirty to".
  const words = raw.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const n = parseNumber(words.slice(i).join(' '));
    if (n !== null) return n < SMALL_LOSS;
  }
  return false;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Thousands separators: a space, a comma, a full stop, a no-break or a narrow no-break space. */
const isSeparator = (c: number): boolean => c === 32 || c === 44 || c === 46 || c === 0xa0 || c === 0x202f;

/**
 * Whether every run of digits in `raw` (with its thousands separators: "3,000",
 * "12.000", "3 000") reads below SMALL_LOSS, its digits taken together; null
 * when `raw` holds no digit. Read char by char, in place: a figure is asked
 * once per claim, and most are digits.
 */
function digitRunsSmall(raw: string): boolean | null {
  let any = false;
  let i = 0;
  while (i < raw.length) {
    if (!isDigit(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    any = true;
    let value = 0;
    for (; i < raw.length && isDigit(raw.charCodeAt(i)); i++) value = value * 10 + (raw.charCodeAt(i) - 48);
    // A separator goes on with the run only before three digits ("1,0000" is "1,000" and "0").
    while (
      i + 3 < raw.length &&
      isSeparator(raw.charCodeAt(i)) &&
      isDigit(raw.charCodeAt(i + 1)) &&
      isDigit(raw.charCodeAt(i + 2)) &&
      isDigit(raw.charCodeAt(i + 3))
    ) {
      value = value * 1000 + (raw.charCodeAt(i + 1) - 48) * 100 + (raw.charCodeAt(i + 2) - 48) * 10 + (raw.charCodeAt(i + 3) - 48);
      i += 4;
    }
    if (value >= SMALL_LOSS) return false;
  }
  return any ? true : null;
}

/** The episode rules, in the order the stage asks them (./rules.ts). */
export const EPISODE_RULES: readonly ScopeRule[] = [
  {
    id: 'episode.event',
    scope: 'episode',
    summary: 'losses in one fight: "killed in an assault", "in this attack", "during initial clashes", "in weekend battles"',
    triggers: [wordsOf(EVENT_NOUNS)],
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
      ['[About 200] North Korean soldiers were killed in the battle for Sudzha, Kyiv said.', 'killed', 'episode'],
      ['[About 200] North Korean soldiers were killed in the battle for the Kursk region, Kyiv said.', 'killed', 'total'],
      ['[About 50] North Korean soldiers were killed in one assault, Kyiv said.', 'killed', 'episode'],
      ['[About 300] North Korean soldiers have been killed in battle, Seoul said.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.one-day',
    scope: 'episode',
    summary: 'losses on one named day: "80 were killed in Kursk on Tuesday" (not "Seoul said on Tuesday that 600 had died")',
    triggers: [WEEKDAYS],
    fires(T, k, metric) {
      return lossThen(T, k, metric, (i) => T[i]!.w === 'on' && WEEKDAYS.includes(w(T, i + 1)));
    },
    cases: [
      ['Ukraine says [80] North Korean soldiers were killed in Kursk on Tuesday.', 'killed', 'episode'],
      ['Ukraine says its forces killed [80] North Korean soldiers near Sudzha on Tuesday.', 'killed', 'episode'],
      ['Seoul said on Tuesday that [600] North Korean soldiers had been killed.', 'killed', 'total'],
      ['Ukraine’s SBU said its troops captured [two] North Korean soldiers in Kursk on Saturday.', 'captured', 'total'],
      ['[About 600] North Korean soldiers have been killed, Seoul said on Tuesday.', 'killed', 'total'],
      [
        'North Korea has suffered [roughly 4,700] casualties in Kursk, including about 600 deaths, the NIS told lawmakers on Monday.',
        'casualties',
        'total',
      ],
    ],
  },
  {
    id: 'episode.this-week',
    scope: 'episode',
    summary:
      'losses of this week, last week or yesterday, said of the loss itself: "its army killed 200 North Korean soldiers this week" (not "600 have died, the NIS told lawmakers this week", nor "by last week")',
    triggers: [['week', 'yesterday']],
    fires(T, k, metric) {
      // (Not captures: "two soldiers captured last week" are the prisoners taken so far, a total.)
      if (metric === 'captured') return false;
      return lossThen(T, k, metric, (i) => {
        if (JUST_GONE_DAYS.has(T[i]!.w)) return !UNTIL.has(w(T, i - 1));
        return T[i]!.w === 'week' && THIS_OR_LAST.has(w(T, i - 1)) && !UNTIL.has(w(T, i - 2)) && w(T, i + 1) !== 'alone';
      });
    },
    cases: [
      ['Ukraine’s army said it had killed [200] North Korean soldiers this week.', 'killed', 'episode'],
      ['[About 150] North Korean soldiers were killed or wounded near Kurakhove last week, Kyiv said.', 'casualties', 'episode'],
      ['Kyiv says its drones killed [120] North Korean soldiers yesterday.', 'killed', 'episode'],
      ['North Korea lost [about 300] soldiers earlier this week, Ukraine’s army said.', 'casualties', 'episode'],
      ['[About 600] North Korean soldiers have been killed, the NIS told lawmakers this week.', 'killed', 'total'],
      ['Seoul said this week that [600] North Korean soldiers had been killed.', 'killed', 'total'],
      ['[Two] North Korean soldiers captured in Kursk last week are being questioned by the SBU.', 'captured', 'total'],
      ['By last week, [4,000] North Korean soldiers had been killed or wounded, Kyiv said.', 'casualties', 'total'],
      ['[4,000] North Korean soldiers had been killed or wounded as of last week, Kyiv said.', 'casualties', 'total'],
    ],
  },
  {
    id: 'episode.span',
    scope: 'episode',
    summary: 'losses over a short span: "in two days", "within just three days", "in the past week", "over the weekend"',
    triggers: [wordsOf(SHORT_SPANS, ['month', 'months', 'alone', 'weeks', 'overnight'])],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      if (shortSpanIn(T, lo, hi)) return true;
      // The sentence's opening phrase: "In the past week, 1,000 ...".
      if (openingPhraseHolds(T, lo, k, shortSpanIn)) return true;
      // "Over the past month, 500 were wounded": the month's losses; not a count reported in it
      // ("In the past month, Kyiv raised its count to 4,000").
      return !countNounIn(T, lo, hi) && (pastMonthIn(T, lo, hi) || openingPhraseHolds(T, lo, k, pastMonthIn));
    },
    cases: [
      ['[60] North Korean soldiers were killed in two days, the unit said.', 'killed', 'episode'],
      ['[More than 500] North Korean troops were killed or wounded in the past fortnight.', 'casualties', 'episode'],
      ['Kyiv said 40 North Korean soldiers were killed and [35] wounded within just three days.', 'wounded', 'episode'],
      ['[About 1,000] North Korean troops were killed or wounded in the last week alone.', 'casualties', 'episode'],
      ['[At least 200] North Korean troops were killed over three days, a commander said.', 'killed', 'episode'],
      ['North Korea has lost [about 1,000] soldiers in a week, Kirby said.', 'casualties', 'episode'],
      ['In the past month alone, [1,500] North Koreans were killed or wounded, Kyiv said.', 'casualties', 'episode'],
      ['[More than 1,000] North Korean soldiers were killed or wounded last week alone, Kyiv said.', 'casualties', 'episode'],
      ['Kyiv says its forces killed [35] North Korean soldiers overnight near Kurilovka.', 'killed', 'episode'],
      ['Kyiv said last week that [more than 1,000] North Korean soldiers had been killed or wounded.', 'casualties', 'total'],
      ['Zelensky said [nearly 4,000] North Korean soldiers were killed or wounded in January alone.', 'casualties', 'episode'],
      ['In the past three months alone, North Korean units lost [some 1,200] men, Kyiv said.', 'casualties', 'episode'],
      ['The North Koreans lost [at least 1,000] servicemen in the last three weeks, Yusov said.', 'casualties', 'episode'],
      ['In the weeks since, [at least 1,000] North Korean soldiers have been killed or wounded, Kyiv said.', 'casualties', 'total'],
      ['"In January alone, our forces eliminated [more than 1,000] North Korean soldiers," Zelensky said.', 'killed', 'episode'],
      ['In the past three months, North Korean units lost [some 4,000] men in all, Kyiv said.', 'casualties', 'total'],
      ['Zelensky said [nearly 4,000] North Korean soldiers had been killed or wounded by January.', 'casualties', 'total'],
      ['In the past month, Kyiv raised its count to [4,000] North Korean soldiers killed or wounded.', 'casualties', 'total'],
      ['Over the past month, [at least 500] North Korean soldiers were wounded, Zelensky said.', 'wounded', 'episode'],
      ['[About 300] North Korean soldiers were killed in the last month, Kyiv said.', 'killed', 'episode'],
      ['Over the past month, Kyiv put the North Korean death toll at [about 1,000].', 'killed', 'total'],
      ['Over the past three months, [some 4,000] North Korean soldiers were killed or wounded in all.', 'casualties', 'total'],
      ['Over the weekend, Zelensky said Kyiv had captured [two] North Korean soldiers.', 'captured', 'total'],
      ['Seoul said last week that [about 300] North Korean soldiers had been killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.place',
    scope: 'episode',
    summary:
      'losses at one village or town: "around the village of X", "near a village", "in fighting near Sudzha" (not near Kursk: the war\'s whole)',
    triggers: [wordsOf(PLACE_NOUNS, NEAR)],
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric) && metric !== 'captured') return false;
      const [lo, hi] = clause(T, k);
      // The sentence's opening phrase: "In the battle for the village of Plekhovo alone, some 200 ...".
      return placeIn(T, lo, hi) || openingPhraseHolds(T, lo, k, placeIn);
    },
    cases: [
      ['[At least 60] North Korean troops went missing near the village of Plekhovo.', 'missing', 'episode'],
      ['[At least 60] North Korean troops went missing in the Kursk region.', 'missing', 'total'],
      ['[About 200] North Korean soldiers were killed in fighting near Sudzha, Kyiv said.', 'killed', 'episode'],
      ['[About 200] North Korean soldiers were killed in fighting near Kursk, Kyiv said.', 'killed', 'total'],
      ['[About 200] North Korean soldiers were killed in fighting around March, Kyiv said.', 'killed', 'total'],
      ['In the battle for the village of Plekhovo alone, [some 200] North Korean soldiers were killed.', 'killed', 'episode'],
      ['In the fighting around Kursk, [some 200] North Korean soldiers were killed.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.unit-lost',
    scope: 'episode',
    summary:
      'one unit\'s losses: "the 94th brigade lost 200 men", "a North Korean battalion suffered 300 casualties", "destroyed a platoon of about 30 men"',
    triggers: [wordsOf(LOSS_VERBS, KILL_VERBS), wordsOf(ONE_UNIT)],
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
    triggers: [['of'], wordsOf(SPECIALISTS, ONE_UNIT)],
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
    triggers: [wordsOf(KILL_VERBS, UNIT_CAPTURE_VERBS), wordsOf(AGENT_UNITS, ['forces'])],
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
    triggers: [wordsOf(SPECIALISTS)],
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
      ['Kim honoured the deminers back from Kursk and [90] of their comrades who were killed there.', 'killed', 'episode'],
      ['Kim honoured the troops back from Kursk and [90] of their comrades who were killed there.', 'killed', 'total'],
      ['Kim will send 6,000 builders, and [300] North Korean soldiers have been killed, Seoul said.', 'killed', 'total'],
    ],
  },
  {
    id: 'episode.small-loss',
    scope: 'episode',
    summary: `a handful of dead, wounded or missing (under ${SMALL_LOSS}) with no word of a running total: one clash, not the war ("three North Korean soldiers were killed in Kursk")`,
    fires(T, k, metric) {
      if (!CASUALTY_METRICS.has(metric)) return false;
      // (A figure inside a source parenthesis is not among the tokens read with it taken out.)
      const figure = T[k];
      if (figure === undefined || figure.fig < 0 || !isSmallCount(figure.raw)) return false;
      for (let i = 0; i < T.length; i++) {
        const x = T[i]!.w;
        if (RUNNING_TOTAL_WORDS.has(x) || (x === 'far' && w(T, i - 1) === 'so') || (x === 'date' && w(T, i - 1) === 'to')) return false;
        if (x === 'all' && w(T, i - 1) === 'in') return false;
      }
      return true;
    },
    cases: [
      ["[Three] North Korean soldiers were killed in Russia's Kursk region, and their papers were seized, Kyiv said.", 'killed', 'episode'],
      ['Kyiv said [about a dozen] North Korean soldiers went missing after an assault collapsed.', 'missing', 'episode'],
      ['Kyiv said [at least 30] North Korean soldiers were killed or wounded.', 'casualties', 'episode'],
      ['So far, [three] North Korean soldiers have been killed, Seoul said.', 'killed', 'total'],
      ['Seoul puts the death toll at [40], the agency said.', 'killed', 'total'],
      ['Kyiv said [about 300] North Korean soldiers were killed in Kursk.', 'killed', 'total'],
      ['Kyiv said [two] North Korean soldiers were captured in Kursk.', 'captured', 'total'],
    ],
  },
];

// Metric stage: what a figure counts. Several readings may give a metric (the
// noun after the figure, an adjective, the predicate, the verb before it, the
// clause, the figure before it); METRIC_PRECEDENCE is the one table of which
// reading wins, the first that gives one. Two rules then adjust the winner
// (a capture of wounded soldiers is a capture; a casualty verb beats
// "deployed"), and two decide which verb a part and its whole take.

import type { RuleInfo } from '../rule';
import { RESPECTIVELY } from './respectively';

export const HEAD_NOUN: RuleInfo = {
  id: 'metric.head-noun',
  stage: 'metric',
  summary: 'the noun the figure counts names the metric ("300 casualties", "an 11,000-strong force", "two prisoners of war")',
  cases: [
    { text: 'North Korea has suffered [1,100] casualties in Kursk, Seoul said.', want: { metric: 'casualties' } },
    { text: 'Kyiv counted [300] North Korean dead.', want: { metric: 'killed' } },
    { text: 'The NIS said [1,100] North Korean casualties had been counted.', want: { metric: 'casualties' } },
  ],
};

export const ADJECTIVE: RuleInfo = {
  id: 'metric.adjective',
  stage: 'metric',
  summary: 'a status word before the troop noun names the metric ("two captured North Korean soldiers")',
  cases: [{ text: 'Kyiv showed [two] captured North Korean soldiers on Saturday.', want: { metric: 'captured', low: 2 } }],
};

export const PREDICATE: RuleInfo = {
  id: 'metric.predicate',
  stage: 'metric',
  summary: 'the predicate after the noun phrase names the metric ("300 North Korean soldiers were killed", "are in Kursk")',
  cases: [
    { text: '[300] North Korean soldiers were killed in Kursk, Seoul said.', want: { metric: 'killed' } },
    { text: '[Two] North Korean soldiers remain unaccounted for, Kyiv said.', want: { metric: 'missing' } },
    { text: '[About 1,000] North Korean soldiers have been liquidated, HUR said.', want: { metric: 'killed' } },
    { text: 'GUR: [over 600] North Korean soldiers destroyed in Kursk region', want: { metric: 'killed' } },
  ],
};

export const OBJECT_VERB: RuleInfo = {
  id: 'metric.object-verb',
  stage: 'metric',
  summary: 'the verb the figure is the object of names the metric ("Ukraine captured two North Korean soldiers", "the loss of 300")',
  cases: [
    { text: 'Ukraine captured [two] North Korean soldiers in Kursk.', want: { metric: 'captured' } },
    { text: 'Kyiv reported the loss of [300] North Korean soldiers.', want: { metric: 'casualties' } },
    { text: 'Zelensky put the number of dead and wounded at [more than 3,000] North Korean soldiers.', want: { metric: 'casualties' } },
    // A second object shares the verb.
    {
      text: 'Ukrainian forces captured 1,200 Russian soldiers and [two] North Koreans in the offensive, Syrskyi said.',
      want: { metric: 'captured' },
    },
    // ... and so does an object that renames the first after ", or".
    {
      text: 'The North Korean units lost 30 per cent of their force, or [about 4,000] soldiers, Kyiv said.',
      want: { metric: 'casualties' },
    },
  ],
};

export const CLAUSE: RuleInfo = {
  id: 'metric.clause',
  stage: 'metric',
  summary: 'a metric word earlier in the clause names it ("North Korean casualties have exceeded 3,000")',
  cases: [
    { text: 'North Korean casualties have exceeded [3,000], Kyiv said.', want: { metric: 'casualties', low: 3000 } },
    {
      text: 'Seoul says 2,000 North Korean soldiers have died. Its count of the wounded, by contrast, has barely moved, at [about 4,700].',
      want: { metric: 'wounded', low: 4700 },
    },
    { text: 'The agency said the North Korean force numbered [about 11,000].', want: { metric: 'deployed', low: 11000 } },
    {
      text: 'The number of North Korean troops in Russia is believed to be [around 12,500], Seoul said.',
      want: { metric: 'deployed', low: 12500 },
    },
    {
      text: 'Kyiv has put North Korean losses — dead and wounded together — at [more than 6,000].',
      want: { metric: 'casualties', low: 6000 },
    },
  ],
};

export const RANGE_CONTINUES: RuleInfo = {
  id: 'metric.range-continues',
  stage: 'metric',
  summary:
    'the second figure of "from 300 to 600" counts what the first did, and so does the dated count a figure rose from ("2,000, up from 300 in January")',
  cases: [
    {
      text: 'Seoul now counts some 2,000 North Korean dead, up from roughly [300] in January.',
      want: { metric: 'killed', low: 300 },
    },
    { text: 'North Korean soldiers killed rose from 300 to [600], Kyiv said.', want: { metric: 'killed', low: 600 } },
    { text: 'Seoul revised its count of North Korean dead to about 2,000, up from [600] earlier this year.', want: null },
  ],
};

export const ANAPHORA: RuleInfo = {
  id: 'metric.anaphora',
  stage: 'metric',
  summary:
    'a figure that refers back ("put the figure at", "puts the number closer to", "had counted") counts what the figure before it did',
  cases: [
    {
      text: 'Zelensky said 4,000 North Korean soldiers had been killed or wounded. Seoul’s spy agency puts the number [closer to 3,000].',
      want: { metric: 'casualties', low: 3000 },
    },
    {
      text: 'Seoul’s spy agency estimates 11,000 North Korean troops are in Russia, while Ukraine places the figure [closer to 12,000].',
      want: { metric: 'deployed', low: 12000 },
    },
    {
      text: 'North Korean losses reached 300, Kyiv said, and Seoul has since counted [400].',
      want: { metric: 'casualties', low: 400 },
    },
    {
      text: 'North Korea has sent another 3,000 troops, Seoul said, adding that the total now exceeds [14,000].',
      want: { metric: 'deployed', low: 14000 },
    },
    {
      text: 'Kyiv says 4,000 North Korean soldiers were killed or wounded. The figure of [12,000], provided by HUR in November, refers to the troops Pyongyang first sent.',
      want: { metric: 'deployed', low: 12000 },
    },
    {
      text: "Kyiv says 4,000 North Korean soldiers were killed or wounded. The figure of [11,000] troops was first given by South Korea's spy agency.",
      want: { metric: 'deployed', low: 11000 },
    },
  ],
};

export const ANAPHORA_OWN_SENTENCE: RuleInfo = {
  id: 'metric.anaphora-own-sentence',
  stage: 'metric',
  summary:
    'a "total" that refers back past its sentence counts the deployment its own sentence names, when it names no casualty ("Should Pyongyang rotate in a second contingent, the total could exceed 25,000")',
  cases: [
    {
      text: 'North Korean losses may total 4,000, or 40 percent of the force.\nShould Pyongyang rotate in a second contingent, the total could [exceed 25,000].',
      want: { metric: 'deployed', low: 25000 },
    },
    {
      text: 'North Korean troops have suffered 4,000 casualties. The losses are heavy, and the total could [exceed 5,000].',
      want: { metric: 'casualties', low: 5000 },
    },
    {
      text: 'About 2,000 North Korean soldiers have been killed, Seoul said. It had put the figure at [600] in April.',
      want: { metric: 'killed', low: 600 },
    },
    // No claim before: the force its own sentence names.
    {
      text: 'When the first North Korean units reached Kursk in late October, Western officials put their number at [between 10,000 and 12,000].',
      want: { metric: 'deployed', low: 10000 },
    },
  ],
};

export const HOW_MANY: RuleInfo = {
  id: 'metric.how-many',
  stage: 'metric',
  summary:
    'a number put "at" right after a sentence that asks how many answers it ("did not say how many troops took part. Estimates put the number at 11,000")',
  cases: [
    {
      text: "Kyiv put North Korean losses at 6,000 in March. Pyongyang's state media did not say how many had died. Seoul believes the figure is [about 2,000].",
      want: { metric: 'killed', low: 2000 },
    },
    {
      text: 'Moscow did not say how many North Korean troops had taken part. Estimates put the number at [between 11,000 and 15,000].',
      want: { metric: 'deployed', low: 11000, high: 15000 },
    },
    {
      text: 'Pyongyang did not say how many North Korean soldiers had died. Seoul puts the number at [about 600].',
      want: { metric: 'killed', low: 600 },
    },
    { text: 'Nobody knows how many drones North Korea has. Estimates put the number at [400].', want: null },
    // A Q&A: the answer's bare figures.
    {
      text: 'How many North Korean soldiers have died? Estimates differ. Seoul says [about 2,000].',
      want: { metric: 'killed', low: 2000 },
    },
    { text: 'Why did North Korea send its soldiers? Estimates differ. Seoul says [about 2,000].', want: null },
    // An interview's question, under its label.
    {
      text: 'Q: How many North Korean troops are fighting in Kursk now?\nA: [Around 11,000], and more are coming.',
      want: { metric: 'deployed', low: 11000 },
    },
    {
      text: 'Q: How many North Korean soldiers have died?\nA: About 3,000.\nQ: And how many were wounded?\nA: [Around 5,000].',
      want: { metric: 'wounded', low: 5000 },
    },
  ],
};

export const ELIDED_INCREMENT: RuleInfo = {
  id: 'metric.elided-increment',
  stage: 'metric',
  summary:
    'a figure with no noun of its own after "another", "a further", "an additional", or before "more", counts what the figure before it did ("sent 11,000 troops in the autumn and another 3,000 in January", "joined by 3,000 more")',
  cases: [
    {
      text: 'Pyongyang sent 11,000 soldiers to Russia in the autumn and another [3,000] in January, Seoul said.',
      want: { metric: 'deployed', low: 3000, scope: 'increment' },
    },
    {
      text: 'Kyiv said 300 North Korean soldiers were killed in December and a further [200] in January.',
      want: { metric: 'killed', low: 200, scope: 'increment' },
    },
    {
      text: 'The 11,000 North Korean soldiers were joined in January by [nearly 3,000] more, according to the JCS.',
      want: { metric: 'deployed', low: 3000, scope: 'increment' },
    },
    {
      text: 'Kyiv says North Korean casualties top 6,000. Pyongyang has promised [6,000] more, mostly engineers.',
      want: { metric: 'deployed', low: 6000, scope: 'plan' },
    },
    { text: 'Seoul expects another [3,000] in January, officials said of North Korea.', want: null },
  ],
};

export const ELIDED_CONTRAST: RuleInfo = {
  id: 'metric.elided-contrast',
  stage: 'metric',
  summary:
    'a figure a second source gives alone, after its verb or with its verb left out, counts what the figure before it did ("Seoul says 1,100 were wounded, while Kyiv says 2,700"; "…; Kyiv, at 2,700")',
  cases: [
    {
      text: 'Seoul estimates that 1,100 North Korean soldiers have been wounded, while Kyiv says [2,700].',
      want: { metric: 'wounded', low: 2700 },
    },
    { text: 'South Korea says 300 North Korean troops have been killed; Ukraine claims [600].', want: { metric: 'killed', low: 600 } },
    // Its verb left out: the name, a comma and "at".
    { text: 'Seoul puts the number of North Korean dead at 300; Kyiv, at [1,000].', want: { metric: 'killed', low: 1000 } },
    {
      text: 'Seoul said 1,100 North Korean soldiers had been wounded in Kursk. Kyiv says [2,700].',
      want: { metric: 'wounded', low: 2700 },
    },
    { text: 'Seoul said 1,100 North Korean soldiers had been wounded in Kursk, and Kyiv says [2,700].', want: null },
    { text: 'Kyiv says [2,700].', want: null },
  ],
};

export const TROOPS_DEFAULT: RuleInfo = {
  id: 'metric.troops-default',
  stage: 'metric',
  summary: 'with no other reading, 500 or more North Korean troops are a deployment ("Pyongyang\'s 11,000 troops")',
  cases: [
    { text: "Pyongyang's [11,000] troops face a hard winter in Kursk.", want: { metric: 'deployed', low: 11000 } },
    { text: "Pyongyang's [40] troops face a hard winter in Kursk.", want: null },
  ],
};

/** The readings that may give a figure its metric, first first. The only place their order lives. */
export const METRIC_PRECEDENCE: readonly RuleInfo[] = [
  RESPECTIVELY,
  HEAD_NOUN,
  ADJECTIVE,
  PREDICATE,
  OBJECT_VERB,
  CLAUSE,
  RANGE_CONTINUES,
  // (A question just before is nearer than the claim before it: "... without saying how many had died. Seoul believes the figure is about 2,000.")
  HOW_MANY,
  ANAPHORA,
  ELIDED_INCREMENT,
  ELIDED_CONTRAST,
  TROOPS_DEFAULT,
];

export const CAPTURE_OF_WOUNDED: RuleInfo = {
  id: 'metric.capture-of-wounded',
  stage: 'metric',
  summary:
    'a capture of wounded or dead soldiers counts the capture ("captured two wounded North Korean soldiers", "two wounded soldiers were captured")',
  cases: [
    { text: 'Ukraine captured [two] wounded North Korean soldiers in Kursk.', want: { metric: 'captured' } },
    { text: '[Two] wounded North Korean soldiers were captured by Ukrainian forces.', want: { metric: 'captured' } },
    { text: '[Two] wounded North Korean soldiers were treated in Kursk.', want: { metric: 'wounded' } },
  ],
};

export const CASUALTY_OVER_DEPLOYED: RuleInfo = {
  id: 'metric.casualty-over-deployed',
  stage: 'metric',
  summary: 'a casualty verb or predicate beats a deployment word ("killed 300 North Korean soldiers sent to Kursk")',
  cases: [{ text: 'Drones killed [300] North Korean soldiers deployed near Sudzha, Kyiv said.', want: { metric: 'killed' } }],
};

export const PART_TAKES_VERB: RuleInfo = {
  id: 'metric.part-takes-verb',
  stage: 'metric',
  summary: 'in "4,000 of the 11,000 troops dispatched had been killed" the part takes the main verb',
  cases: [
    {
      text: 'Some [4,000] of the 11,000 North Korean troops dispatched had been killed or wounded, Kyiv said.',
      want: { metric: 'casualties', low: 4000 },
    },
  ],
};

export const WHOLE_TAKES_NO_VERB: RuleInfo = {
  id: 'metric.whole-takes-no-verb',
  stage: 'metric',
  summary: 'in "a third of the 11,000 troops have been killed" the whole is no count of the dead',
  cases: [
    { text: 'A third of the [11,000] North Korean troops have been killed, Kyiv said.', want: { metric: 'deployed' } },
    // (A participle on the whole's noun is its own: the two were captured.)
    { text: 'Ri is one of the [two] wounded North Korean soldiers captured by Ukrainian forces in January.', want: { metric: 'captured' } },
  ],
};

export const METRIC_RULES: readonly RuleInfo[] = [
  ANAPHORA_OWN_SENTENCE,
  PART_TAKES_VERB,
  WHOLE_TAKES_NO_VERB,
  ...METRIC_PRECEDENCE,
  CAPTURE_OF_WOUNDED,
  CASUALTY_OVER_DEPLOYED,
];

// Numbers stage: named rules of the grammar of written numbers, read where a
// number is read (../read-number.ts). Each is a bit of the mask `readNumber`
// takes, so that a rule switched off (`disabledRules`) is off in the scan.

import { type DisabledRules, ruleOn, type RuleInfo } from '../rule';

export const DAY_NOT_GROUP_HEAD: RuleInfo = {
  id: 'numbers.day-not-group-head',
  stage: 'numbers',
  summary:
    'thousands grouped by spaces ("12 000") are one number, but a day after a month is no head of them ("March 12 500 soldiers" is a date and 500)',
  cases: [
    {
      text: 'Ukraine’s intelligence says [approximately 12 000] North Korean soldiers are in Russia, including 500 officers.',
      want: { metric: 'deployed', qualifier: 'approx', low: 12000, high: 12000 },
    },
    { text: 'On March 12 [500] North Korean soldiers crossed into Kursk, Kyiv said.', want: { metric: 'deployed', low: 500, high: 500 } },
    { text: 'By Sept. 3 [200] more North Korean soldiers had arrived in Kursk, Kyiv said.', want: { metric: 'deployed', low: 200 } },
    { text: 'On March [12] 500 North Korean soldiers crossed into Kursk, Kyiv said.', want: null },
    // A year is never a head (four digits), nor an age (its rule refuses the whole).
    { text: 'In 2024 [500] North Korean soldiers were killed, Kyiv said.', want: { metric: 'killed', low: 500 } },
    { text: 'North Korean soldiers aged [19] 200 of them conscripts were killed, Kyiv said.', want: null },
    // A day before its month, or a number after "march" the verb, heads its groups as before.
    { text: 'Ukraine says North Korea has [12 500] soldiers in Kursk after March.', want: { metric: 'deployed', low: 12500 } },
  ],
};

export const AND_A_HALF_RULE: RuleInfo = {
  id: 'numbers.and-a-half',
  stage: 'numbers',
  summary:
    '"two and a half thousand", "three-and-a-half thousand", "12 and a half thousand": the half goes with the number before the scale word',
  cases: [
    {
      text: 'North Korea has sent [two and a half thousand] soldiers to Russia, Kyiv said.',
      want: { low: 2500, high: 2500, metric: 'deployed' },
    },
    {
      text: 'North Korea has sent [about three-and-a-half thousand] soldiers to Kursk, Kyiv said.',
      want: { low: 3500, qualifier: 'approx' },
    },
    { text: 'Kyiv says [12 and a half thousand] North Korean soldiers are in Russia.', want: { low: 12500, high: 12500 } },
    {
      text: 'Kyiv says [one and a half thousand] North Korean soldiers were killed or wounded.',
      want: { low: 1500, metric: 'casualties' },
    },
    // A half with no scale word counts no one: the number stays what it was.
    { text: 'North Korean troops have fought in Kursk for [two] and a half months, Kyiv said.', want: null },
  ],
};

export const SPACED_THOUSANDS_RANGE: RuleInfo = {
  id: 'numbers.spaced-thousands-range',
  stage: 'numbers',
  summary:
    'a range whose second number is grouped by a space and ends in " 000" lends its thousands to the first ("between 11 and 12 000"), as ",000" does',
  cases: [
    {
      text: 'Kyiv says [between 11 and 12 000] North Korean soldiers are in Russia.',
      want: { qualifier: 'range', low: 11000, high: 12000 },
    },
    { text: 'Kyiv says [11-12 000] North Korean soldiers are in Russia.', want: { qualifier: 'range', low: 11000, high: 12000 } },
    // Not when the first is already a count of its own size.
    { text: 'Kyiv says [10 000 to 12 000] North Korean soldiers are in Russia.', want: { qualifier: 'range', low: 10000, high: 12000 } },
  ],
};

export const SCALE_THEN_DIGITS_RULE: RuleInfo = {
  id: 'numbers.scale-then-digits',
  stage: 'numbers',
  summary:
    'digits below the scale after a scale word and a space end the number ("four thousand 300", "4 thousand 300"), as after a hyphen ("four-thousand-100")',
  cases: [
    {
      text: 'Kyiv says [four thousand 300] North Korean soldiers have been killed or wounded.',
      want: { low: 4300, high: 4300, metric: 'casualties' },
    },
    {
      text: 'Kyiv says [nearly 4 thousand 300] North Korean soldiers have been killed or wounded.',
      want: { low: 4300, qualifier: 'approx' },
    },
    // Digits of a scale of their own, or after a comma, are another number.
    { text: 'North Korea sent [eleven thousand] troops; 1,300 were killed, Kyiv said.', want: { low: 11000, metric: 'deployed' } },
  ],
};

export const OR_SCALE_RANGE_RULE: RuleInfo = {
  id: 'numbers.or-scale-range',
  stage: 'numbers',
  summary:
    'digits before "or" and a number with a scale make a range when the scale is theirs too ("10 or 12 thousand" is 10,000 to 12,000, not 10)',
  cases: [
    {
      text: 'North Korea has sent [10 or 12 thousand] soldiers to Russia, Kyiv said.',
      want: { qualifier: 'range', low: 10000, high: 12000 },
    },
    { text: 'Kyiv says [about 3 or 4k] North Korean soldiers have been killed.', want: { qualifier: 'range', low: 3000, high: 4000 } },
    // Two counts of their own size are two figures, as before.
    { text: 'North Korea has sent [10,000] or 12,000 soldiers to Russia, officials said.', want: { qualifier: 'exact', low: 10000 } },
  ],
};

export const FROM_UP_TO_RANGE: RuleInfo = {
  id: 'numbers.from-up-to-range',
  stage: 'numbers',
  summary:
    '"from 10,000 up to 12,000" is a range, as "from 10,000 to 12,000" is (not 10,000 and at most 12,000); "rose from ... up to ..." stays a change',
  cases: [
    {
      text: 'Kyiv says North Korea has sent from [10,000 up to 12,000] soldiers to Russia.',
      want: { qualifier: 'range', low: 10000, high: 12000, metric: 'deployed' },
    },
    // Without "from", "up to" bounds the second figure alone.
    { text: 'North Korea sent [3,000] troops, up to 1,000 of them special forces, Kyiv said.', want: { qualifier: 'exact', low: 3000 } },
  ],
};

/** The bits of `readNumber`'s mask (and of the scan's, for ranges): one per rule. */
export const DAY_HEAD = 1;
export const AND_A_HALF = 2;
export const SPACED_THOUSANDS_SCALE = 4;
export const SCALE_THEN_DIGITS = 8;
export const OR_SCALE_RANGE = 16;
export const FROM_UP_TO = 32;
export const ALL_NUMBER_RULES = DAY_HEAD | AND_A_HALF | SPACED_THOUSANDS_SCALE | SCALE_THEN_DIGITS | OR_SCALE_RANGE | FROM_UP_TO;

export const NUMBER_GRAMMAR_RULES: readonly RuleInfo[] = [
  DAY_NOT_GROUP_HEAD,
  AND_A_HALF_RULE,
  SPACED_THOUSANDS_RANGE,
  SCALE_THEN_DIGITS_RULE,
];

/** The mask of the number-grammar rules switched on (all, when none is disabled). */
export function numberRules(disabled: DisabledRules): number {
  if (disabled === undefined) return ALL_NUMBER_RULES;
  return (
    (ruleOn(disabled, DAY_NOT_GROUP_HEAD.id) ? DAY_HEAD : 0) |
    (ruleOn(disabled, AND_A_HALF_RULE.id) ? AND_A_HALF : 0) |
    (ruleOn(disabled, SPACED_THOUSANDS_RANGE.id) ? SPACED_THOUSANDS_SCALE : 0) |
    (ruleOn(disabled, SCALE_THEN_DIGITS_RULE.id) ? SCALE_THEN_DIGITS : 0) |
    (ruleOn(disabled, OR_SCALE_RANGE_RULE.id) ? OR_SCALE_RANGE : 0) |
    (ruleOn(disabled, FROM_UP_TO_RANGE.id) ? FROM_UP_TO : 0)
  );
}

// The period stage's rules (logic in ./sentence.ts, ./timeline.ts and the fact
// box reader of ../extract-claims.ts), with their cases: sentences of our own,
// the figure in [brackets], published 2025-06-15 unless a case says otherwise.

import type { RuleCase, RuleInfo } from '../rule';

const PUB = '2025-06-15';
const rule = (id: string, summary: string, cases: readonly RuleCase[]): RuleInfo => ({
  id,
  stage: 'period',
  summary,
  cases: cases.map((c) => ({ published: PUB, ...c })),
});

export const PERIOD_RULES: readonly RuleInfo[] = [
  rule('since-until-excluded', '"since October", "until March", "arrived in October": a time that opens or closes a span dates no figure', [
    { text: 'Since October 2024, [600] North Korean soldiers have died.', want: { period: null } },
    {
      text: 'Kyiv said [about 4,000] North Korean soldiers had been killed or wounded since they entered combat in December.',
      want: { period: null },
    },
    {
      text: 'UK intelligence said North Korea had suffered [c. 4,000] casualties since entering combat in December.',
      want: { period: null },
    },
  ]),
  rule('bare-month-governed', 'a month with neither day nor year needs a governing word ("in", "by", "during"): "May" the verb has none', [
    { text: 'March data show [3,000] North Korean troops were killed.', want: { period: null } },
    { text: 'In March, [3,000] North Korean troops were killed.', want: { period: '2025-03' } },
    { text: "The NIS's January figure of [300] North Korean soldiers killed was widely reported.", want: { period: '2025-01' } },
    // A month a determiner gives to a report ("a December estimate", "the January briefing").
    { text: 'A December estimate by the NIS put North Korean deaths at [100].', want: { period: '2024-12' } },
    { text: 'In the January briefing, lawmakers heard that [300] North Korean soldiers had died.', want: { period: '2025-01' } },
  ]),
  rule('month-span-later', '"in January and February": the later month dates the span', [
    { text: '[1,000] North Korean troops were killed in January and February.', want: { period: '2025-02' } },
  ]),
  rule('deadline-ahead', '"will send ... by December", written in June: a deadline still to come dates nothing (publication stands)', [
    { text: 'North Korea will send [6,000] more troops to Kursk by December.', want: { period: null } },
  ]),
  rule(
    'month-before-publication',
    'a month without its year is its latest occurrence up to publication ("in December", written in January)',
    [{ text: 'In December, [1,100] North Korean troops were killed or wounded.', want: { period: '2024-12' }, published: '2025-01-10' }],
  ),
  rule('last-or-this-month', '"last month", "this month": the month before publication, or its own', [
    { text: 'North Korea lost [200] soldiers last month.', want: { period: '2025-05' } },
    { text: 'North Korea lost [200] soldiers this month.', want: { period: '2025-06' } },
    // Opening the sentence, capitalised.
    { text: 'Last month, [about 200] North Korean soldiers were killed near Sudzha.', want: { period: '2025-05' } },
    // What was said last month is dated then (a statement opening the sentence is not: relative-statement-time).
    { text: 'The NIS had said last month that [more than 10,000] North Korean troops had been sent.', want: { period: '2025-05' } },
  ]),
  rule(
    'past-month-is-a-span',
    '"in the past month", "in the last month", "in the last week": a span up to publication, which the publication date stands for',
    [
      { text: 'North Korea lost [200] soldiers in the past month, after 300 in May.', want: { period: null } },
      { text: 'North Korea lost [200] soldiers in the last month.', want: { period: null } },
      { text: 'North Korea lost [more than 1,000] soldiers in just the last week.', want: { period: null } },
    ],
  ),
  rule('last-week', '"last week": seven days before publication', [
    { text: 'North Korea lost [200] soldiers last week.', want: { period: '2025-06-08' } },
  ]),
  rule(
    'relative-statement-time',
    '"Seoul reported last week that ...", "said yesterday", "Last month, X announced that ...": a relative time of a statement dates no figure (publication stands)',
    [
      { text: 'Seoul reported last week that North Korea had sent [1,500] soldiers to Russia.', want: { period: null } },
      { text: 'Kyiv said yesterday that [20] North Korean soldiers had been killed.', want: { period: null } },
      // Opening the sentence, before a clause of speech.
      { text: 'Last month, the NIS announced that [roughly 300] North Korean soldiers had been killed.', want: { period: null } },
      { text: 'Yesterday, Zelensky said [nearly 4,000] North Korean soldiers had been killed or wounded.', want: { period: null } },
    ],
  ),
  rule('yesterday', '"yesterday": the day before publication', [
    { text: 'North Korea lost [20] soldiers yesterday.', want: { period: '2025-06-14' } },
  ]),
  rule(
    'opening-adverbial',
    '"In late December, ...", "In its January 13 briefing, ...", "said that, as of March, ...": a sentence’s or its reported clause’s opening time governs the figures after its comma',
    [
      { text: 'In late December, [100] North Korean soldiers had died.', want: { period: '2024-12' } },
      {
        text: 'The agency said that, as of the end of March, North Korean casualties stood at [roughly 4,700].',
        want: { period: '2025-03' },
      },
      { text: 'In its latest briefing, on April 4, the NIS put North Korean deaths at [about 600].', want: { period: '2025-04-04' } },
      { text: 'In its January 13 briefing, the NIS put North Korean casualties at [3,000].', want: { period: '2025-01-13' } },
      {
        text: 'According to a December 2024 NIS estimate, [1,100] North Koreans had been killed or wounded.',
        want: { period: '2024-12' },
      },
    ],
  ),
  rule('when-clause', '"in December, when 100 had died": the time dates its when-clause across the comma', [
    { text: 'Seoul’s count rose in December, when [100] North Korean soldiers had died.', want: { period: '2024-12' } },
  ]),
  rule('spoken-time', '"Seoul said in December that, by its count, ...": the time of the statement dates every figure it gives', [
    { text: 'Seoul said in December that, by its count, [100] North Korean soldiers had died.', want: { period: '2024-12' } },
    { text: 'North Korean casualties reached [3,000], Kyiv said in mid-December.', want: { period: '2024-12' }, published: '2025-02-05' },
    {
      text: 'Seoul told reporters in December that 100 North Korean soldiers had died, and [200] were wounded.',
      want: { period: '2024-12' },
    },
    { text: 'Seoul now counts [some 600] North Korean deaths, up from the 300 it reported in January.', want: { period: null } },
    // A statement's time stays in its clause: the one after a semicolon has its own.
    {
      text: 'Zelensky said in January that 4,000 North Korean soldiers had been hit; by March, Kyiv said the figure was [about 6,000].',
      want: { period: '2025-03' },
    },
  ]),
  rule('comma-bounds-time', 'a time governs only its own clause: none across a comma or a dash, nor more than 160 characters away', [
    { text: '[300] North Korean soldiers were killed, and 2,700 more were wounded by March.', want: { period: null } },
    // (A comma between digits is no break: "2,700".)
    { text: '[About 300] North Korean soldiers were killed and 2,700 wounded as of January, Seoul said.', want: { period: '2025-01' } },
  ]),
  rule('timeline-label', '"November 2024: ...": a timeline item’s date label dates every figure of the item', [
    { text: 'November 2024: North Korea sent [11,000] troops to Russia.', want: { period: '2024-11' } },
  ]),
  rule('timeline-heading', 'a date alone on the line above ("November 2024") heads the item below it', [
    { text: 'November 2024\nNorth Korea sent [11,000] troops to Russia.', want: { period: '2024-11' } },
  ]),
  rule('timeline-day-without-year', '"Jan 12:": a day label without its year is its latest occurrence up to publication', [
    { text: 'Jan 12: North Korea sent [3,000] more troops to Russia.', want: { period: '2025-01-12' } },
  ]),
  rule('fact-box-period', '"Deployed: 11,000 (NIS estimate, September 2024)": the date in a fact box line’s parenthesis', [
    { text: 'North Korean troops in Russia\nDeployed: [11,000] (NIS estimate, September 2024)\nKilled: 600', want: { period: '2024-09' } },
    {
      text: 'North Korean troops in Russia\nDeployed: 11,000 (NIS estimate, September 2024)\nKilled: [600] (NIS, April)',
      want: { period: '2025-04' },
    },
    // A day without its year: its latest occurrence up to publication.
    {
      text: 'North Korean troops in Russia\nDeployed: 11,000 (NIS estimate, September 2024)\nKilled: [600] (NIS, Jan. 13)',
      want: { period: '2025-01-13' },
    },
    {
      text: 'North Korean troops in Russia\nDeployed: 11,000 (NIS estimate, September 2024)\nKilled: [1,000] (HUR, Telegram, 12 Feb)',
      want: { period: '2025-02-12' },
    },
  ]),
];

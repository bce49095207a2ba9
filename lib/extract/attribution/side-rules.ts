// Attribution stage: the rules that give a source phrase its side, beyond the
// side lexicon (../lexicon.ts sideEntities). Their logic is in ./sides.ts.

import type { RuleInfo } from '../rule';

const rule = (id: string, summary: string, cases: RuleInfo['cases']): RuleInfo => ({ id, stage: 'attribution', summary, cases });

export const SIDE_RULES: readonly RuleInfo[] = [
  rule('seoul-party', '"the Democratic Party", in a text about Seoul’s briefings, is South Korea’s', [
    {
      text: 'Seoul’s spy agency briefed parliament on Monday.\nThe Democratic Party said [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'The Democratic Party' } },
    },
  ]),
  rule(
    'directorate-by-text',
    "\"the Main Intelligence Directorate\" with no country: Ukraine's HUR in a text that names HUR, GUR or Ukraine's intelligence, Russia's GRU in one that names the GRU",
    [
      {
        text: 'GUR: over 600 North Korean soldiers killed\nMore than [600] North Korean soldiers were killed in a week, the Main Intelligence Directorate reported.',
        want: { attribution: { side: 'ua', text: 'the Main Intelligence Directorate' } },
      },
      {
        text: 'More than [600] North Korean soldiers were killed in a week, the Main Intelligence Directorate reported.',
        want: { attribution: { side: 'other', text: 'the Main Intelligence Directorate' } },
      },
    ],
  ),
  rule('we-name-no-one', '"We estimate ...": a first person names no one (the speaker is named elsewhere)', [
    {
      text: '“We estimate that [3,000] North Korean soldiers have died,” the official told us.',
      want: { attribution: null },
    },
  ]),
  rule('own-reporter', '"Our Moscow correspondent reports": the outlet’s own reporter names no side, whatever city they report from', [
    {
      text: 'Our Moscow correspondent reports that [2,000] North Korean soldiers arrived in Kursk last week.',
      want: { attribution: null },
    },
  ]),
  rule(
    'partisan-is-other',
    '"Pro-Russian war blogger X", "X, a pro-Kremlin channel", "the Kremlin\'s critics": a side taken or opposed is not the speaker’s own: "other"',
    [
      {
        text: 'Pro-Russian war blogger Yuri Podolyaka claimed [500] North Korean volunteers had joined assault units.',
        want: { attribution: { side: 'other', text: 'Pro-Russian war blogger Yuri Podolyaka' } },
      },
      {
        text: 'Rybar, a pro-Kremlin channel, wrote that [about 1,000] North Korean soldiers are fighting near Tyotkino.',
        want: { attribution: { side: 'other', text: 'Rybar' } },
      },
      {
        text: "[An estimated 3,000] North Korean troops have been killed or injured, the Kremlin's critics say.",
        want: { attribution: { side: 'other', text: "the Kremlin's critics" } },
      },
    ],
  ),
  rule('role-named-elsewhere', '"the agency said": the side the text gives that role where it names one ("South Korea’s spy agency")', [
    {
      text: 'South Korea’s spy agency briefed reporters on Monday.\nThe agency said [11,000] North Korean troops were in Russia.',
      want: { attribution: { side: 'kr', text: 'The agency' } },
    },
  ]),
  rule(
    'indefinite-role-looks-back',
    '"a senior official said": someone new, whose side is not that of officials the text names only later',
    [
      {
        text: 'North Korea’s deployment stands at [around 14,000] troops, a senior official said.\nRussian officials have not confirmed the presence of any North Korean soldiers.',
        want: { attribution: null },
      },
      {
        text: 'South Korean officials briefed reporters on Monday.\nNorth Korea’s deployment stands at [around 14,000] troops, a senior official said.',
        want: { attribution: { side: 'kr', text: 'a senior official' } },
      },
    ],
  ),
  rule(
    'agency-named-before',
    '"the agency said": the nearest agency the text named before it (NIS, HUR, CIA ...), nearer than an agency given a side by its country',
    [
      {
        text: 'The NIS briefed reporters on Monday.\nThe agency said [11,000] North Korean troops were in Russia.',
        want: { attribution: { side: 'kr', text: 'The agency' } },
      },
      {
        text: "Ukraine's intelligence agency gave a higher count on Monday. The NIS told lawmakers on Tuesday that 3,000 North Korean soldiers had been killed or wounded. The agency said [around 300] of them had died.",
        want: { attribution: { side: 'kr', text: 'The agency' } },
      },
    ],
  ),
  rule(
    'agency-named-after',
    '"the spy agency" before the text gives it a side or names an agency: the first agency it names after (NIS, HUR ...), before any later mention of an intelligence role',
    [
      {
        text: 'The spy agency says [1,100] North Korean soldiers have been killed or wounded.\n“The NIS told us more were sent,” a colleague said.\nIn Kyiv, Ukraine’s military intelligence gave a higher count.',
        want: { attribution: { side: 'kr', text: 'The spy agency' } },
      },
      {
        text: 'The intelligence agency says [1,100] North Korean soldiers have been killed or wounded.\nIts chief, HUR head Kyrylo Budanov, spoke in Kyiv.',
        want: { attribution: { side: 'ua', text: 'The intelligence agency' } },
      },
    ],
  ),
  rule(
    'based-names-no-side',
    '"the Washington-based Institute for the Study of War", "a Seoul-based analyst": where a source sits names no side of its',
    [
      {
        text: 'The Washington-based Institute for the Study of War said [about 200] North Korean soldiers were killed near Plekhovo.',
        want: { attribution: { side: 'other', text: 'The Washington-based Institute for the Study of War' } },
      },
      {
        text: 'Kim Min-seok, a Seoul-based military analyst, estimated that [about 3,000] North Korean soldiers had been killed.',
        want: { attribution: { side: 'other', text: 'Kim Min-seok' } },
      },
    ],
  ),
  rule(
    'spy-agency-is-seouls',
    '"the spy agency" before any agency is named is Seoul’s NIS in a text naming Seoul, not the first agency named after it',
    [
      {
        text: "South Korea's military said more troops were sent. Lawmakers briefed by the spy agency said [some 300] North Korean soldiers had died.\nUkraine's military intelligence agency, known as HUR, gave no figure.",
        want: { attribution: { side: 'kr', text: 'the spy agency' } },
      },
      // Another intelligence body given a side before is no spy agency's.
      {
        text: 'According to the Ukrainian intelligence agency, 400 North Korean soldiers had died.\nThe spy agency told South Korean lawmakers that [about 1,100] North Korean troops were casualties.',
        want: { attribution: { side: 'kr', text: 'The spy agency' } },
      },
    ],
  ),
  rule('lawmakers-are-seouls', 'lawmakers briefed on North Korean troops are South Korea’s, when the text names Seoul or its spy agency', [
    {
      text: 'Seoul has kept its own count quiet.\nA lawmaker said on Tuesday that [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'A lawmaker' } },
    },
  ]),
  rule(
    'name-side-before',
    '"Ukraine’s Oleksandr Petrenko ... Petrenko said": the side named before the name where the text introduces it',
    [
      {
        text: 'Ukraine’s Oleksandr Petrenko spoke on Monday.\nPetrenko said [3,000] North Korean soldiers had died.',
        want: { attribution: { side: 'ua', text: 'Petrenko' } },
      },
    ],
  ),
  rule(
    'name-side-own-sentence',
    '"... fighting for Russia. Kim said ...": a side named before a name counts only within the name’s own sentence',
    [
      {
        text: 'North Korea sent troops to fight for Russia. Kim said [nine] North Korean soldiers were killed during the mission.',
        want: { attribution: { side: 'other', text: 'Kim' } },
      },
    ],
  ),
  rule('name-role-before', '"lawmaker Park ... Park said": the side of the role named before the name', [
    {
      text: 'South Korea’s spy agency briefed lawmakers.\nAmong them was lawmaker Park Min-ho.\nPark said [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'Park' } },
    },
    {
      text: 'South Korean lawmakers were briefed on Monday, according to Rep. Kim Min-ho.\nKim said [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'Kim' } },
    },
  ]),
  rule('name-full', '"Rep. Park Sun-won ... Park said": the side of the full name, where the side lexicon knows it', [
    {
      text: 'The agency briefed the intelligence committee, according to Rep. Park Sun-won.\nPark said [about 100] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'Park' } },
    },
    {
      text: 'The leader Kim Jong Un met the returning troops in Pyongyang.\nKim said [nine] soldiers had been killed in the operation.',
      want: { attribution: { side: 'kp', text: 'Kim' } },
    },
  ]),
  rule(
    'surname-last-full-name',
    '"Kim Jong Un ... Defence Minister Kim Yong-hyun ... Kim said": a surname alone is the last person of that surname named in full before it, with that person’s side',
    [
      {
        text: 'North Korean leader Kim Jong Un has praised his troops in Russia.\nSeparately, South Korean Defence Minister Kim Yong-hyun briefed lawmakers in Seoul on Tuesday.\nKim said [300] North Korean soldiers had been killed in Kursk.',
        want: { attribution: { side: 'kr', text: 'Kim' } },
      },
      {
        text: 'South Korean Defence Minister Kim Yong-hyun briefed lawmakers on Tuesday.\nLater, North Korean leader Kim Jong Un visited a military hospital in Pyongyang.\nKim said [nine] North Korean soldiers had been killed.',
        want: { attribution: { side: 'kp', text: 'Kim' } },
      },
      {
        text: 'Kim Jong Un’s sister, Kim Yo Jong, issued a statement on Sunday.\nUkraine’s President Volodymyr Zelensky then met the press in Kyiv.\nKim said [two] North Korean soldiers had been captured.',
        want: { attribution: { side: 'kp', text: 'Kim' } },
      },
    ],
  ),
  rule(
    'role-just-before',
    '"lawmaker Park": a role gives a name its side only just before it ("Officials in Tokyo" is no role of Tokyo’s)',
    [
      {
        text: 'Two US officials spoke on Monday.\nOfficials in Tokyo estimated that [15,000] North Korean troops had been deployed.',
        want: { attribution: { side: 'other', text: 'Tokyo' } },
      },
    ],
  ),
  rule('name-apposition', '"Park Min-ho, a South Korean lawmaker, ...": the side in the apposition after the name', [
    {
      text: 'Park Min-ho, a South Korean lawmaker, spoke on Monday.\nPark said [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'Park' } },
    },
  ]),
  rule('name-after-briefing', '"Park spoke after a South Korean intelligence briefing": the side of the briefing after the name', [
    {
      text: 'Park Min-ho spoke to reporters after a South Korean intelligence briefing.\nPark said [600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'Park' } },
    },
  ]),
  rule('named-is-other', 'a capitalised name the text gives no side is "other" (an analyst, a think tank)', [
    {
      text: 'Analyst John Smith said [3,000] North Korean troops had died.',
      want: { attribution: { side: 'other', text: 'Analyst John Smith' } },
    },
  ]),
  rule(
    'media-are-no-officials',
    '"a South Korean news agency", "a Ukrainian human rights group": no officials, whatever their country: "other"',
    [
      {
        text: 'A South Korean news agency said [600] North Korean soldiers had died.',
        want: { attribution: { side: 'other', text: 'A South Korean news agency' } },
      },
      {
        text: 'A Russian military blogger said [200] North Korean soldiers had died.',
        want: { attribution: { side: 'other', text: 'A Russian military blogger' } },
      },
      // An outlet named after a capital is no capital's (the side lexicon).
      {
        text: 'The Kyiv Independent reported that [700] North Korean soldiers had been withdrawn.',
        want: { attribution: { side: 'other', text: 'The Kyiv Independent' } },
      },
      {
        text: 'The Moscow Times reported that [2,000] North Korean soldiers had been wounded.',
        want: { attribution: { side: 'other', text: 'The Moscow Times' } },
      },
    ],
  ),
];

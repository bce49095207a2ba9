import { describe, expect, test } from 'vitest';
import { EXTRACT_STAGES, extractClaims } from '../../../lib/extract/extract-claims';
import type { Claim } from '../../../lib/types';

// Our own sentences, in the style of wire copy about North Korean troops.
const NK = 'North Korean troops are fighting for Russia in Kursk.';
const run = (text: string, published = '2025-01-20') => extractClaims(text, { published });
const _triples = (text: string, published?: string) => run(text, published).map((c) => [c.metric, c.low, c.high]);
const only = (text: string, published?: string): Claim => {
  const cs = run(text, published);
  expect(cs, `claims of ${JSON.stringify(text)}: ${JSON.stringify(cs.map((c) => c.figure))}`).toHaveLength(1);
  return cs[0]!;
};

describe('numbers as figures', () => {
  test.each([
    ['Pyongyang has sent 10,000 soldiers to Russia.', 10000],
    ['Pyongyang has sent 1.5 thousand soldiers to Russia.', 1500],
    ['Pyongyang has sent 12k soldiers to Russia.', 12000],
    ['Pyongyang has sent 6K soldiers to Russia.', 6000],
    ['North Korea has deployed three thousand soldiers to Russia.', 3000],
    ['North Korea has deployed eleven-thousand soldiers to Russia.', 11000],
    ['North Korea has deployed 15-hundred soldiers to Russia.', 1500],
    ['North Korea has deployed a thousand soldiers to Russia.', 1000],
    ['North Korea has deployed two thousand five hundred soldiers to Russia.', 2500],
    ['Ukraine captured a dozen North Korean soldiers near Sudzha.', 12],
    ['Ukraine captured half a dozen North Korean soldiers near Sudzha.', 6],
    ['Ukraine captured Half a dozen North Korean soldiers near Sudzha.', 6],
    ['Ukraine captured two North Korean soldiers near Sudzha.', 2],
    ['Pyongyang has sent 1.500 soldiers to Russia.', 1500],
    ['Pyongyang has sent 3 000 soldiers to Russia.', 3000],
    ['0 300 North Korean soldiers were killed, Seoul said.', 300],
    ['Pyongyang has sent 1,5 thousand soldiers to Russia.', 1500],
    ['Seoul says four-thousand-100 North Korean soldiers were wounded.', 4100],
    ['Kyiv says another Four-Thousand-100 North Korean soldiers have been injured.', 4100],
    ['North Korea has deployed two-thousand soldiers to Russia.', 2000],
    ['North Korea has deployed ten thousand soldiers to Russia.', 10000],
    ['North Korea has deployed 12 thousand soldiers to Russia.', 12000],
    ['Kyiv says approximately 12\u00a0000 North Korean soldiers are in Russia.', 12000],
    ['Kyiv says approximately 12\u202f000 North Korean soldiers are in Russia.', 12000],
    ['North Korea sent eleven-thousand-500 troops to Kursk.', 11500],
    ['Seoul says North Korea has sent 27-hundred more soldiers to Kursk.', 2700],
    ['North Korea sends 2K more troops to Russia', 2000],
    ['Pyongyang dispatched another 3,000 soldiers to Kursk.', 3000],
    ['North Korea sent a further 3,000 troops to Russia.', 3000],
    ['North Korea has sent an additional 3,000 troops to Russia.', 3000],
  ])('%s', (text, n) => {
    const c = only(text);
    expect(c.low).toBe(n);
    expect(c.high).toBe(n);
    expect(text.slice(c.start, c.end)).toBe(c.figure);
  });

  test.each([
    ['Thousands of North Korean soldiers have been sent to Russia.'],
    ['Hundreds of North Korean soldiers have been killed, officials say.'],
    ['Dozens of North Korean soldiers were captured, Kyiv says.'],
    ['Pyongyang has sent a significant number of troops to Russia.'],
    ['Several hundred North Korean soldiers were killed in Kursk.'],
    ['Tens of thousands of North Korean soldiers could follow.'],
    // No numeral and no bounds CLAIMS.md could give them: no figures.
    ['A few thousand North Korean troops were sent to Russia in the spring, the NIS said.'],
    ['Many hundreds of North Korean soldiers were killed, the NIS said.'],
    ['Several thousand North Korean soldiers were wounded, Kyiv said.'],
    ['Some several hundred North Korean soldiers have died, Seoul says.'],
  ])('vague: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('a number word glued to page clutter is split at the case change', () => {
    const text = 'PhotoThree North Korean soldiers captured by Ukraine in Kursk';
    const c = only(text);
    expect(c.figure).toBe('Three');
    expect([c.metric, c.low]).toEqual(['captured', 3]);
  });
});

describe('qualifiers', () => {
  test.each([
    ['North Korea has sent more than 10,000 soldiers to Russia.', 'atLeast', 10000, null, 'more than 10,000'],
    ['At least 100 North Korean soldiers have been killed, Seoul says.', 'atLeast', 100, null, 'At least 100'],
    ['North Korean losses have exceeded 3,000, Kyiv says.', 'atLeast', 3000, null, 'exceeded 3,000'],
    ['North Korean casualties surpassed 4,000 in January.', 'atLeast', 4000, null, 'surpassed 4,000'],
    ['North Korean casualties topped 4,000 in January.', 'atLeast', 4000, null, 'topped 4,000'],
    ['North Korean losses pass 4,000, Kyiv says.', 'atLeast', 4000, null, 'pass 4,000'],
    ['North Korean troop deaths near 300, Seoul says.', 'approx', 300, 300, 'near 300'],
    ['Britain says North Korean losses top 6,000.', 'atLeast', 6000, null, 'top 6,000'],
    ['Seoul says North Korean casualties could be as high as 3,000.', 'atMost', null, 3000, 'as high as 3,000'],
    ['Seoul says just shy of 3,000 North Korean soldiers died.', 'approx', 3000, 3000, 'just shy of 3,000'],
    ['Kyiv says North Korean losses are nearer 4,000.', 'approx', 4000, 4000, 'nearer 4,000'],
    ['Kyiv says North Korean losses are nearer to 4,000.', 'approx', 4000, 4000, 'nearer to 4,000'],
    ['Kyiv says North Korean losses are more like 4,000.', 'approx', 4000, 4000, 'more like 4,000'],
    ['North Korean losses are now above 6,000, Britain says.', 'atLeast', 6000, null, 'above 6,000'],
    ['North Korean deaths have climbed past 1,000.', 'atLeast', 1000, null, 'past 1,000'],
    ['North Korea has sent 3,000+ troops to Kursk.', 'atLeast', 3000, null, '3,000+'],
    ['Some 300 North Korean soldiers were killed.', 'approx', 300, 300, 'Some 300'],
    ['North Korea has sent ~3,000 troops to Kursk.', 'approx', 3000, 3000, '~3,000'],
    ['North Korea has sent ca. 3,000 troops to Kursk.', 'approx', 3000, 3000, 'ca. 3,000'],
    ['North Korea has sent c. 3,000 troops to Kursk.', 'approx', 3000, 3000, 'c. 3,000'],
    ['North Korea has sent est. 3,000 troops to Kursk.', 'approx', 3000, 3000, 'est. 3,000'],
    ['Nearly 3,000 North Korean soldiers were killed or wounded.', 'approx', 3000, 3000, 'Nearly 3,000'],
    ['As many as 12,000 North Korean troops are in Russia.', 'atMost', null, 12000, 'As many as 12,000'],
    ['Up to 12,000 North Korean troops are in Russia.', 'atMost', null, 12000, 'Up to 12,000'],
    ['Fewer than 500 North Korean soldiers were wounded.', 'atMost', null, 500, 'Fewer than 500'],
    ['Officials said 11,000 to 12,000 North Korean troops are in Russia.', 'range', 11000, 12000, '11,000 to 12,000'],
    ['Officials said 11,000–12,000 North Korean troops are in Russia.', 'range', 11000, 12000, '11,000–12,000'],
    ['Officials said between 10 and 12 thousand North Korean troops are in Russia.', 'range', 10000, 12000, 'between 10 and 12 thousand'],
    ['Officials said 10-12,000 North Korean troops are in Russia.', 'range', 10000, 12000, '10-12,000'],
    ['Estimates of North Korean troops in Russia range from 11,000 to 12,000.', 'range', 11000, 12000, '11,000 to 12,000'],
  ])('%s', (text, qualifier, low, high, figure) => {
    const c = only(text);
    expect([c.qualifier, c.low, c.high, c.figure]).toEqual([qualifier, low, high, figure]);
  });

  test.each([
    [
      'The agency counted roughly 400 North Korean deaths and 3,600 injuries.',
      [
        ['killed', 400, 400, 'approx'],
        ['wounded', 3600, 3600, 'approx'],
      ],
    ],
    [
      'At least 200 North Korean soldiers have died and 900 wounded, Kyiv says.',
      [
        ['killed', 200, null, 'atLeast'],
        ['wounded', 900, null, 'atLeast'],
      ],
    ],
    [
      'More than 200 North Korean soldiers have died and 900 have been wounded.',
      [
        ['killed', 200, null, 'atLeast'],
        ['wounded', 900, 900, 'exact'],
      ],
    ],
  ])('carried over a coordination: %s', (text, want) => {
    expect(run(text).map((c) => [c.metric, c.low, c.high, c.qualifier])).toEqual(want);
  });
});

describe('topic: figures about North Korean troops only', () => {
  test.each([
    ['Pyongyang has dispatched 12,000 troops to Russia.', 'deployed'],
    ["Kim Jong Un's 11,000 soldiers are now in Kursk.", 'deployed'],
    ['Roughly 500 soldiers from North Korea were killed in a week.', 'killed'],
    [`${NK} About 700 of them have been wounded, Seoul says.`, 'wounded'],
    [`${NK} Officials say 1,200 troops were sent in the latest rotation.`, 'deployed'],
    [`${NK} Budanov, the head of HUR, said the losses had reached 3,000.`, 'casualties'],
    [
      'North Korea denies everything.\n\nOfficials in Kyiv spoke on Monday. Later, they said the North had lost 300 in a week.',
      'casualties',
    ],
    ["Kim Jong Un met his generals. It's thought Kim has sent 9,000 troops to prop up the Kremlin's war effort.", 'deployed'],
    ['North Korean troops arrived in October. Officials are worried. About 3,000 had been sent so far, the agency said.', 'deployed'],
    [
      "North Korean troops arrived in October. Officials are worried. Kyiv's spy service says as many as 12,000 are training in Russia's Far East.",
      'deployed',
    ],
    [
      'North Korean troops arrived in October. Officials are worried. About 2,000 had moved toward Kursk, where Ukrainian forces hold ground.',
      'deployed',
    ],
  ])('accepts: %s', (text, metric) => {
    expect(run(text).map((c) => c.metric)).toEqual([metric]);
  });

  test.each([
    [`${NK} Russia lost 1,500 soldiers in the past day, Ukraine's general staff said.`],
    [`${NK} About 40 Ukrainian soldiers were killed in the assault.`],
    [`${NK} Russian forces launched 73 drones overnight.`],
    ['North Korea and Russia signed the pact in 2024, two years after the 2022 invasion.'],
    ['North Korea held a parade on April 15, 2017, in Pyongyang.'],
    ['The North Korean soldier, aged 20, was questioned.'],
    ['North Korea earned $2 billion from its deals with Moscow.'],
    ['North Korea supplies 40% of the shells Russia fires.'],
    ['Ukrainian forces hold several hundred km2 near North Korean positions.'],
    ['North Korean troops arrived nearly three years ago, the paper said.'],
    ['North Korean units advanced for 10 minutes before stopping.'],
    ['North Korean troops fought for 5 days near the village.'],
    ['North Korean soldiers were seen\nComments (48)'],
    ['PSG scored 4 goals in 10 minutes\nNorth Korean troops in Kursk'],
    ['In the video, one of the North Korean men speaks. One man is seen lying down.'],
    ['North Korea marked the 105th anniversary of the state.'],
    ['South Korea has some 500,000 active-duty soldiers, unlike North Korea.'],
    ['North Korea has about 1.2 million soldiers under arms.'],
    ['Ukrainian forces captured a North Korean soldier on Jan. 9 near Kursk.'],
    ['North Korean troops met a 12-year-old boy and spent 10-minute shifts at the posts.'],
    [`${NK}\n09:05\nAt least 12 were killed in a missile strike on Dnipro overnight.`],
    [`${NK} Ukraine's general staff said 1,200 soldiers were killed in the past day.`],
    ['North Korea is not among the top 10 armies in the world.'],
    ['Day 1,024 of the war: North Korean troops in Kursk'],
    ['North Korean troops fired 3,000 shells at Sudzha.'],
    ['North Korean troops used 3,000 training rounds in Kursk.'],
    ['North Korean troops used five training grounds in Russia.'],
    ['Russia has massed 50,000 troops near Kursk, including North Korean units.'],
    ['North Korean troops cleared 1,500 hectares of mines in Kursk.'],
    ['North Korean gunners used 170mm guns and 240 mm rocket launchers.'],
    ['Russia has lost over 790,000 troops, Kyiv says, as North Korean troops fight on.'],
    ['Moscow says Ukraine lost 2,000 soldiers in Kursk, where North Korean troops fight.'],
    ['North Korean troops arrived in October. Russian forces advanced. About 900 had moved to Pokrovsk.'],
    ['North Korean troops arrived in October. Russian forces advanced. About 900 were killed near Pokrovsk, Ukraine said.'],
    ["North Korean troops arrived in October. Ukraine's general staff said 1,200 were killed in the past day."],
  ])('rejects: %s', (text) => {
    expect(run(text).map((c) => c.figure)).toEqual([]);
  });

  test('a bare figure after a sentence with a North Korean figure takes its troops', () => {
    const text =
      'North Korean troops arrived. About 2,000 North Korean soldiers moved toward Kursk, where Ukrainian forces hold ground. About 3,000 had been sent so far.';
    expect(run(text).map((c) => [c.metric, c.low])).toEqual([
      ['deployed', 2000],
      ['deployed', 3000],
    ]);
  });

  test("a bare deployed figure far from any mention takes the article's topic, but not in a live blog", () => {
    const body =
      'Seoul is worried about the war. Officials met in Washington. The talks went on. About 3,000 had been sent so far, the agency said.';
    expect(run(`North Korea sends more troops to Russia\n${body}`).map((c) => [c.metric, c.low])).toEqual([['deployed', 3000]]);
    expect(run(`War live: North Korea sends more troops\n${body}`)).toEqual([]);
    expect(
      run(
        'North Korea sends more troops to Russia\nSeoul is worried. Officials met. The talks went on. About 300 were killed in a strike, Kyiv said.',
      ),
    ).toEqual([]);
    expect(
      run(
        'North Korea sends more troops to Russia\nSeoul is worried. Officials met. The talks went on. Kyiv said 50,000 soldiers had been deployed near Pokrovsk.',
      ),
    ).toEqual([]);
  });

  test('a text that never names North Korea gives nothing', () => {
    expect(run('Russia says 300 Ukrainian soldiers were killed near Pokrovsk.')).toEqual([]);
  });
});

describe('metric', () => {
  test.each([
    ['Seoul said North Korean casualties include 3,000 deaths.', [['killed', 3000]]],
    ['Seoul: N Korea has sent about 3,000 more troops to Russia', [['deployed', 3000]]],
    ['Kyiv says 300 N. Korean soldiers killed', [['killed', 300]]],
    ['North Korean casualties include 2,700 injuries, Seoul says.', [['wounded', 2700]]],
    ['Kyiv says the two captured North Koreans were injured.', [['captured', 2]]],
    ['Kyiv says three wounded North Korean soldiers were evacuated.', [['wounded', 3]]],
    ['North Korean soldiers killed or wounded now number 4,000, Kyiv says.', [['casualties', 4000]]],
    ['Roughly 300 North Korean soldiers were killed while fighting in Kursk.', [['killed', 300]]],
    ['About 200 North Korean soldiers were killed out of the thousands deployed.', [['killed', 200]]],
    ['Ukrainian special forces took 3 North Korean soldiers prisoner.', [['captured', 3]]],
    ['Twelve North Korean soldiers were taken prisoner near Sudzha.', [['captured', 12]]],
    ['A dozen North Korean soldiers are missing after the assault.', [['missing', 12]]],
    [
      'Pyongyang has sent 11,000 troops, of whom 300 have been killed.',
      [
        ['deployed', 11000],
        ['killed', 300],
      ],
    ],
    ['North Korea has stationed 8,000 soldiers in Kursk.', [['deployed', 8000]]],
    [
      'Moscow said North Korea would send 1,000 deminers and 5,000 military construction workers to Kursk.',
      [
        ['deployed', 1000],
        ['deployed', 5000],
      ],
    ],
    ['Some 12,000 soldiers from the DPRK are in Russia.', [['deployed', 12000]]],
    ["North Korea denies it. The North's 11,000 troops remain in Kursk, Kyiv says.", [['deployed', 11000]]],
    ['About 200 North Korean soldiers arrived in Kursk last week.', [['deployed', 200]]],
    ['Some 150 North Korean soldiers lost their lives in the assault.', [['killed', 150]]],
    ['Two North Korean soldiers, captured by Ukraine in January, were questioned.', [['captured', 2]]],
    ["Kyiv says 11,000 Korean People's Army soldiers are in Kursk.", [['deployed', 11000]]],
    ['Losses among North Korean units have passed 1,000, Kyiv says.', [['casualties', 1000]]],
    [
      'Kyiv says 400 North Korean soldiers were killed and 1,100 injured.',
      [
        ['killed', 400],
        ['wounded', 1100],
      ],
    ],
    [
      'Ukraine put North Korean losses at 3,800; Seoul put the figure at 3,000.',
      [
        ['casualties', 3800],
        ['casualties', 3000],
      ],
    ],
    ['The death toll among North Korean troops has reached 600, Seoul says.', [['killed', 600]]],
    ['Ukrainian drones have killed or wounded 900 North Korean soldiers, Kyiv says.', [['casualties', 900]]],
    ['The number of North Korean troops in Russia is now estimated at 13,000.', [['deployed', 13000]]],
    ['The North Korean contingent, estimated at between 10,000 and 12,000, is fighting in Kursk.', [['deployed', 10000]]],
    ['About 1,300 North Korean soldiers died or were wounded in January.', [['casualties', 1300]]],
    ["North Korea's losses in Kursk: 4,000", [['casualties', 4000]]],
    ['Pyongyang sent troops. The JCS said 1,500 to 2,000 more soldiers could be dispatched.', [['deployed', 1500]]],
    ["Kyiv says North Korea's losses amount to a third of its 12,000-strong force.", [['deployed', 12000]]],
    ['Seoul confirmed the capture of the two North Koreans.', [['captured', 2]]],
    ['Pyongyang has an 11,000-man contingent in Kursk.', [['deployed', 11000]]],
    ['Ukrainian troops captured two wounded North Korean soldiers, Kyiv said.', [['captured', 2]]],
    ['Kyiv reported 30 North Korean soldiers killed or wounded near Kurakhove on Dec. 17.', [['casualties', 30]]],
    [
      'The North Korean death toll stood at 600 and injuries at 4,100.',
      [
        ['killed', 600],
        ['wounded', 4100],
      ],
    ],
    ['North Korean troops fought near Sudzha. Now three of them are in Ukrainian hands.', [['captured', 3]]],
    [
      'North Korean troops in Russia rose from 11,000 to 12,000 last month.',
      [
        ['deployed', 11000],
        ['deployed', 12000],
      ],
    ],
    [
      'Seoul has raised its estimate of North Korean casualties from 1,100 to 3,000.',
      [
        ['casualties', 1100],
        ['casualties', 3000],
      ],
    ],
    ['Estimates of North Korean casualties ranged from 1,100 to 3,000.', [['casualties', 1100]]],
    ['The Ukrainian army estimates at 3,000 the number of North Korean soldiers killed or wounded.', [['casualties', 3000]]],
    ['Hundreds of North Korean soldiers were killed, and officials believe 11,000 to 12,000 are now in Russia.', [['deployed', 11000]]],
    ['Seoul says 300 North Korean soldiers sent to fight in Kursk have been killed.', [['killed', 300]]],
    ['More than 50 North Korean troops deployed near Sudzha were wounded, Seoul said.', [['wounded', 50]]],
    ['Kyiv announced the capture of two wounded North Korean soldiers.', [['captured', 2]]],
    ['Seoul confirmed the loss of 300 North Korean soldiers.', [['casualties', 300]]],
    [
      'Kyiv says North Korean units have 300 KIA and 2,700 WIA.',
      [
        ['killed', 300],
        ['wounded', 2700],
      ],
    ],
    ['Seoul says 3,000 North Korean infantry are in Kursk.', [['deployed', 3000]]],
    ['Seoul says 300 North Korean infantry soldiers were killed.', [['killed', 300]]],
    ['Moscow has welcomed 1,000 North Korean volunteers in Kursk.', [['deployed', 1000]]],
    ['NK troops: 300 dead, says Seoul', [['killed', 300]]],
    ['Kyiv reported the killing of 30 North Korean soldiers near Sudzha.', [['killed', 30]]],
    ['Seoul confirmed the arrival of 3,000 more North Korean troops.', [['deployed', 3000]]],
    ['Seoul says Pyongyang sent around 1,000 engineer troops to Kursk.', [['deployed', 1000]]],
    ['Kim Jong Un spoke. Kim welcomes home 1K engineer troops from Kursk', [['deployed', 1000]]],
    ['Nine members of the North Korean unit died, KCNA said.', [['killed', 9]]],
    [
      'Seoul said some 4,000 of the roughly 11,000 North Korean troops first sent had been killed or wounded.',
      [
        ['casualties', 4000],
        ['deployed', 11000],
      ],
    ],
    [
      'Kyiv says 300 out of 11,000 North Korean soldiers sent to Kursk have died.',
      [
        ['killed', 300],
        ['deployed', 11000],
      ],
    ],
    ['Roughly a third of the 11,000 North Korean soldiers have been killed or wounded.', [['deployed', 11000]]],
    ['Seoul says North Korean casualties rose by 1,000 to 4,000.', [['casualties', 4000]]],
    ['About 40% of the 12,000 North Korean troops have been killed or wounded.', [['deployed', 12000]]],
    ['Some 1,000 North Korean troops have been lost in Kursk, Kyiv says.', [['casualties', 1000]]],
    [
      'Seoul said 4,000 of the 11,000 North Korean troops dispatched had been wounded.',
      [
        ['wounded', 4000],
        ['deployed', 11000],
      ],
    ],
    ['North Korean troops fought hard near Sudzha. Two of them had been taken alive, Kyiv says.', [['captured', 2]]],
  ])('%s', (text, want) => {
    expect(run(text).map((c) => [c.metric, c.low ?? c.high])).toEqual(want);
  });
});

describe('attribution', () => {
  test.each([
    ["About 600 North Korean soldiers have died, South Korea's Joint Chiefs of Staff said.", 'kr'],
    ['Seoul’s spy agency estimates that 1,100 North Korean soldiers have been wounded.', 'kr'],
    ["Some 30 North Korean soldiers were killed, according to Ukraine's military intelligence (HUR).", 'ua'],
    ['Pentagon spokeswoman Sabrina Singh said 10,000 North Korean troops were in Kursk.', 'us'],
    ['U.S. officials estimate that 12,000 North Korean troops are in Russia.', 'us'],
    ['About 1,000 North Korean soldiers were killed last week, a senior administration official said.', 'us'],
    ['TASS reported that 500 North Korean engineers would be sent to Kursk.', 'ru'],
    ['KCNA said 1,000 North Korean soldiers had been honoured.', 'kp'],
    ['NATO Secretary General Mark Rutte said 11,000 North Korean troops were deployed.', 'other'],
    ['The Institute for the Study of War estimated 4,000 North Korean casualties.', 'other'],
    ['300 North Korean soldiers killed in Kursk: Seoul', 'kr'],
    ['Kyiv: 2,000 North Korean soldiers killed in Kursk', 'ua'],
    ['300 NORTH KOREAN SOLDIERS KILLED IN KURSK: SEOUL', 'kr'],
    ['North Korea: 2 soldiers captured by Ukraine, says Zelensky', 'ua'],
    ["About 60 North Korean soldiers were killed, said a spokesman for Ukraine's military intelligence.", 'ua'],
    ['About 200 North Korean soldiers were killed, says Ukrainian President Volodymyr Zelensky.', 'ua'],
    ['The Kremlin, which signed a treaty with Pyongyang in June, said 9,000 North Korean troops were not in Russia.', 'ru'],
    ["Some 40 North Korean soldiers died in the assault, according to a count by Ukraine's GUR.", 'ua'],
    ['"We believe more than 700 North Korean soldiers were killed," a senior US official said.', 'us'],
    ['North Korea has lost about 800 troops, said Han Min-soo, a South Korean lawmaker.', 'kr'],
    ['Budanov, the head of military intelligence, said 2,000 North Korean soldiers had died.', 'ua'],
    ['Ukraine grabs three North Korean prisoners in Kursk raid', 'ua'],
    ['The United States, South Korea and Ukraine say North Korea has sent 12,000 soldiers.', 'us'],
    ["North Korea has sent 3,000 more troops, Reuters reported, citing South Korea's military.", 'kr'],
    ['North Korea has sent 3,000 more troops, Reuters reported.', 'other'],
    ["Kyiv's tally of 4,000 North Korean casualties is higher than others.", 'ua'],
    ['Ukraine, the United States and South Korea say North Korea has sent 12,000 soldiers.', 'ua'],
    ['Putin thanked Kim Jong Un for sending 14,000 soldiers, in remarks carried by RIA Novosti.', 'ru'],
    ["Ukraine's special operations forces said about 1,000 North Koreans were killed in January.", 'ua'],
    ['Zelenskyy wrote that North Korean losses had gone above 3,000, according to early reports from his commanders.', 'ua'],
    ['Reps. Park Min and Cho Hae of the Democratic Party, citing the agency (NIS), said 3,000 North Korean soldiers had died.', 'kr'],
    ['Park Min of the People Power Party said North Korea had sent 15,000 troops to Russia.', 'kr'],
    ['A senior U.S. defense official, speaking on condition of anonymity, said about 2,000 North Korean troops had moved west.', 'us'],
    ['Kursk governor Alexander Khinshtein said 1,000 North Korean sappers had arrived.', 'ru'],
    ['Kim Jong Un acknowledged that nine members of the unit had been killed in Kursk.', 'kp'],
    ["Oleh Petrenko, spokesman for Ukraine's army, said 500 North Korean soldiers had died.", 'ua'],
    ['North Korea lost 1,000 soldiers in a week – Kirby', 'us'],
    ['The DIU said 30 North Korean soldiers were killed.', 'ua'],
    ['Lee Seong-kweun said 300 North Korean soldiers had been killed.', 'kr'],
    ['Park Sun-won said North Korea had sent 15,000 troops to Russia.', 'kr'],
    ['Matthew Miller said 8,000 North Korean troops were in Kursk.', 'us'],
    [
      'North Korean leader Kim Jong Un welcomed soldiers home on Friday and acknowledged that nine members of the unit had been killed in Kursk, state media reported.',
      'kp',
    ],
    ['Putin thanked Pyongyang and said 20 North Korean soldiers had been killed, state media said.', 'ru'],
    [
      "Kim Jong Un hailed the soldiers of the army's 100th Regiment of Engineers at a long ceremony in the capital on Friday and said that nine members of the unit had died, state media reported.",
      'kp',
    ],
    ['The Defense Intelligence Agency estimates 12,000 North Korean troops are in Russia.', 'us'],
    ["The Workers' Party of Korea said 100 North Korean soldiers had died heroically.", 'kp'],
    ['North Korea lost 1,000 soldiers in a week - Seoul', 'kr'],
    ['- Kyiv said 300 North Korean soldiers had been killed - a new high.', 'ua'],
    ['Mykola Hrytsenko, head of a Ukrainian drone unit, said 40 North Korean soldiers were killed.', 'ua'],
  ])('%s → %s', (text, side) => {
    expect(only(text).attribution?.side).toBe(side);
  });

  test('a contrast gives each source its own figures', () => {
    const cs = run('Kyiv says it has killed 1,000 North Korean soldiers, while Seoul counts 300 dead.');
    expect(cs.map((c) => [c.low, c.attribution?.side])).toEqual([
      [1000, 'ua'],
      [300, 'kr'],
    ]);
  });

  test('a person keeps the side the article introduced them with', () => {
    const text =
      'South Korean lawmaker Park Ji-won briefed reporters on Monday. ' +
      'Park said 250 North Korean soldiers had been captured or killed in December, and 400 wounded.';
    const cs = run(text);
    expect(cs.map((c) => c.attribution?.side)).toEqual(['kr', 'kr']);
    expect(cs[0]!.attribution?.text).toBe('Park');
  });

  test.each([
    [
      'Zelensky has spoken often about the war. In his nightly address, he said 3,000 North Korean soldiers had been killed or wounded.',
      'ua',
    ],
    ['Park Min, a lawmaker briefed by the NIS, spoke to reporters. According to him, 300 North Korean soldiers have died.', 'kr'],
    ['The NIS briefed lawmakers on Wednesday. The agency estimates that 300 North Korean soldiers have died.', 'kr'],
    ['KCNA published a long statement. The agency said 100 North Korean soldiers had died heroically.', 'kp'],
  ])('a pronoun or role noun refers back: %s', (text, side) => {
    expect(run(text).map((c) => c.attribution?.side)).toEqual([side]);
  });

  test('a quote continued by "he said" takes the last speaker', () => {
    const text =
      'Ukrainian commander Oleksandr Petrenko spoke to reporters on Sunday in Sumy. ' +
      '"We have taken 14 North Korean soldiers prisoner so far." He said the men were being questioned.';
    expect(run(text).map((c) => c.attribution?.side)).toEqual(['ua']);
  });

  test('a role noun takes the side of its nearest earlier mention', () => {
    const text =
      "Ukraine's SBU security service briefed reporters. Seoul's spy agency later said 1,000 North Korean soldiers had died. The agency said 300 more were wounded.";
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side])).toEqual([
      ['killed', 1000, 'kr'],
      ['wounded', 300, 'kr'],
    ]);
  });

  test('a quote continued after "X said." keeps its speaker', () => {
    const text =
      'A Ukrainian platoon commander, Taras Hnatiuk, spoke to us. "They attack at night," Hnatiuk said. "Last week we counted 85 North Korean soldiers killed."';
    expect(run(text).map((c) => c.attribution?.side)).toEqual(['ua']);
  });

  test('figures in one sentence take their own speakers', () => {
    const text = 'Kyiv said 3,500 North Korean soldiers had been killed or wounded, while Seoul put the figure at 2,000.';
    expect(run(text).map((c) => c.attribution?.side)).toEqual(['ua', 'kr']);
  });

  test('a relative clause takes its antecedent as the speaker', () => {
    const text = 'Kyiv counted 120 North Korean dead, while Seoul, which put the figure at 90 on Friday, was more cautious.';
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side])).toEqual([
      ['killed', 120, 'ua'],
      ['killed', 90, 'kr'],
    ]);
  });

  test('no one named gives null', () => {
    expect(only('Reports surfaced in October that North Korea had sent 8,000 soldiers to Russia.').attribution).toBeNull();
    expect(only('Reports said 300 North Korean soldiers had been killed.').attribution).toBeNull();
    expect(only('Officials said 300 North Korean soldiers had been killed.').attribution).toBeNull();
  });
});

describe('period', () => {
  test.each([
    ['In December, Kyiv said 3,000 North Korean soldiers had been killed or wounded.', '2025-01-20', '2024-12'],
    ['Reports surfaced in October that North Korea had sent 8,000 soldiers.', '2024-12-10', '2024-10'],
    ['On January 13, Seoul said 300 North Korean soldiers had been killed.', '2025-01-20', '2025-01-13'],
    ['Seoul said last month that 300 North Korean soldiers had been killed.', '2025-02-05', '2025-01'],
    ['By December, North Korea had sent 11,000 soldiers to Russia.', '2025-01-20', '2024-12'],
    // A statement's relative time dates the statement, as a weekday does: the publication date stands.
    ['Seoul said last week that 300 North Korean soldiers had been killed.', '2025-01-20', null],
    ['North Korea lost 300 soldiers last week, Seoul said.', '2025-01-20', '2025-01-13'],
    ['Seoul said on Monday that 300 North Korean soldiers had been killed.', '2025-01-22', null],
    ['Some 300 North Korean soldiers have died, the agency said Friday, citing a briefing.', '2025-01-20', null],
    ['On Wednesday, Kyiv said 300 North Korean soldiers had been killed.', '2025-01-22', null],
    ['- In December, Kyiv said 3,000 North Korean soldiers had been killed or wounded.', '2025-01-20', '2024-12'],
    ['• On 11 January, Kyiv announced the capture of two North Korean soldiers.', '2025-01-20', '2025-01-11'],
    ['North Korean troops have been in Kursk since Monday, when 300 were killed.', '2025-01-20', null],
    ['Since last August, Ukraine has captured 2 North Korean soldiers.', '2025-01-20', null],
    ['Seoul said 300 North Korean soldiers had been killed.', '2025-01-20', null],
    ['Since arriving in October, North Korean troops have suffered 3,000 casualties.', '2025-01-20', null],
    ['Pyongyang, which signed the pact in June, has sent 11,000 troops.', '2025-01-20', null],
    ['Pyongyang sent 2,000 more troops to Russia in January, Seoul said.', '2025-03-01', '2025-01'],
    ['During a briefing on January 13, the NIS said 300 North Korean soldiers had died.', '2025-01-20', '2025-01-13'],
    ['North Korean losses were reported in December, when the agency said about 100 had been killed.', '2025-01-13', '2024-12'],
  ])('%s (published %s) → %s', (text, published, period) => {
    expect(only(text, published).period).toBe(period);
  });
});

describe('mentions and offsets', () => {
  test('every mention is a claim, in text order, with its own offsets and sentence', () => {
    const text =
      '300 North Korean soldiers killed in Kursk\n\nAbout 300 North Korean soldiers were killed. Pyongyang has sent 11,000 troops.';
    const cs = run(text);
    expect(cs.map((c) => c.figure)).toEqual(['300', 'About 300', '11,000']);
    expect(cs[0]!.sentence).toBe('300 North Korean soldiers killed in Kursk');
    expect(cs[1]!.sentence).toBe('About 300 North Korean soldiers were killed.');
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.figure);
    expect(cs.map((c) => c.start)).toEqual([...cs.map((c) => c.start)].sort((a, b) => a - b));
  });

  test('an article with no figure gives no claims', () => {
    expect(run('North Korean troops are fighting in Kursk, Ukraine says. Their number is unknown.')).toEqual([]);
  });
});

describe('stopAfter (the bench’s split of a run by stage)', () => {
  const text = 'Seoul said about 300 North Korean soldiers had been killed and 2,700 wounded.';
  test('a run cut before the claim stage keeps no claims; cut after it, the whole run', () => {
    const whole = extractClaims(text, { published: '2025-01-13' });
    expect(whole.length).toBe(2);
    for (const stage of EXTRACT_STAGES.slice(0, -1))
      expect(extractClaims(text, { published: '2025-01-13', stopAfter: stage }), stage).toEqual([]);
    expect(extractClaims(text, { published: '2025-01-13', stopAfter: 'claim' })).toEqual(whole);
  });
});

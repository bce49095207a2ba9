import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';

// Our own one-sentence cases for the third round of general rules.
const run = (text: string, published = '2025-01-20') => extractClaims(text, { published });
const triples = (text: string, published?: string) => run(text, published).map((c) => [c.metric, c.low, c.high]);
const LEAD = 'For the first time Kyiv has reported losses among North Korean soldiers who fight for Russia in Kursk. ';

describe('every quote form is a quote', () => {
  test.each([
    ['straight', '"At least 30 soldiers were killed and wounded," wrote the Ukrainian intelligence agency HUR.'],
    ['low-high', '\u201eAt least 30 soldiers were killed and wounded,\u201c wrote the Ukrainian intelligence agency HUR.'],
    ['guillemets', '\u00abAt least 30 soldiers were killed and wounded,\u00bb wrote the Ukrainian intelligence agency HUR.'],
    ['reversed guillemets', '\u00bbAt least 30 soldiers were killed and wounded,\u00ab wrote the Ukrainian intelligence agency HUR.'],
    ['single low', '\u201aAt least 30 soldiers were killed and wounded,\u2018 wrote the Ukrainian intelligence agency HUR.'],
  ])('%s', (_name, quote) => {
    const cs = run(LEAD + quote);
    expect(cs.map((c) => [c.metric, c.low, c.high])).toEqual([['casualties', 30, null]]);
    expect(cs[0]!.attribution?.side).toBe('ua');
    expect(cs[0]!.attribution?.text).toBe('the Ukrainian intelligence agency HUR');
  });
});

describe('missing', () => {
  test.each([
    ['About 20 North Korean soldiers are listed as missing, Kyiv said.'],
    ['Kyiv said 20 North Korean soldiers were reported missing.'],
    ['Some 20 North Korean soldiers remain unaccounted for, Kyiv said.'],
    ['Kyiv says 20 North Korean soldiers went missing near Sudzha.'],
    ['Kyiv says 20 North Korean soldiers are considered missing.'],
    ['Kyiv says 20 North Korean soldiers have been declared missing.'],
  ])('%s', (text) => {
    expect(triples(text)).toEqual([['missing', 20, 20]]);
  });
  test('declared dead is killed; went home is nothing', () => {
    expect(triples('Kyiv says 20 North Korean soldiers were declared dead.')).toEqual([['killed', 20, 20]]);
    expect(triples('Kyiv says 20 North Korean soldiers went home.')).toEqual([]);
  });
  test('a list of names is not a status', () => {
    expect(triples('About 20 North Korean soldiers are listed as heroes, state media said.')).toEqual([]);
  });
});

describe('timeline labels date their items', () => {
  const periods = (text: string) => run(text).map((c) => [c.low, c.period]);
  test.each([
    ['November 2024: Seoul says 11,000 North Korean soldiers are in Kursk.', '2024-11'],
    ['- **Dec 2024** – Seoul says 11,000 North Korean soldiers are in Kursk.', '2024-12'],
    ['12 January 2025: Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-01-12'],
    ['• Jan. 12, 2025 — Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-01-12'],
    ['3. March 2025: Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-03'],
    ['Jan 12: Seoul says 11,000 North Korean soldiers are in Kursk.', '2025-01-12'],
    ['- 9 December – Seoul says 11,000 North Korean soldiers are in Kursk.', '2024-12-09'],
  ])('%s', (text, period) => {
    expect(periods(text)).toEqual([[11000, period]]);
  });
  test('every sentence of the item takes the label; a time in the sentence wins', () => {
    const text =
      'January 2025: Ukraine says it captured two North Korean soldiers. In December, Seoul said 100 North Korean soldiers were killed.';
    expect(periods(text)).toEqual([
      [2, '2025-01'],
      [100, '2024-12'],
    ]);
  });
  test('a date alone on the line above heads the item', () => {
    expect(periods('Timeline\nNovember 2024\nSeoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, '2024-11']]);
    expect(periods('**12 January 2025**\nSeoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, '2025-01-12']]);
    expect(periods('November\nSeoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
    expect(periods('Seoul, November 2024 and after\nSeoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
  });
  test('a year-less month or a month in running text is no label', () => {
    expect(periods('May 2024 saw talks. Seoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
    expect(periods('November: Seoul says 11,000 North Korean soldiers are in Kursk.')).toEqual([[11000, null]]);
  });
});

describe('fact box lines', () => {
  const box = [
    'BY THE NUMBERS: North Korea in the war',
    'Troops sent: about 11,000 in Russia by December 2024 (South Korean intelligence)',
    'Killed in action: about 2,000 (NIS estimate, September 2025)',
    "Taken prisoner: two, by Ukraine's forces (Ukrainian officials, January 2025)",
    'Engineers and builders pledged: 6,000 (Sergei Shoigu, June 2025)',
    '- Missing: 20 (HUR, 12 January 2025)',
    '- **Wounded**: 2,700',
    'Treaty: signed in June 2024',
  ].join('\n');
  test('the label names the metric, the parenthesis the source and the time', () => {
    const cs = run(box, '2025-12-01');
    expect(cs.map((c) => [c.metric, c.low, c.high, c.attribution?.side ?? null, c.period])).toEqual([
      ['deployed', 11000, 11000, 'kr', '2024-12'],
      ['killed', 2000, 2000, 'kr', '2025-09'],
      ['captured', 2, 2, 'ua', '2025-01'],
      ['deployed', 6000, 6000, 'ru', '2025-06'],
      ['missing', 20, 20, 'ua', '2025-01-12'],
      ['wounded', 2700, 2700, null, null],
    ]);
  });
  const PARA =
    'Kyiv hit a refinery on Monday, and North Korean troops were said to remain in Kursk, in a statement that ran on at length about the treaty, the border, the war and many other matters besides.';
  test.each([
    ['a box headed by another country', `Refinery hit\n${PARA}\nKEY FIGURES: Ukraine's war in 2024\nKilled: 300 (UN, March 2024)`],
    [
      'a neutral box in an article about something else',
      `Refinery hit\n${'Kyiv hit a refinery on Monday, and fuel prices rose across the region. '.repeat(6)}North Korean troops remain in Kursk.\nKEY FIGURES\nKilled: 300 (UN, March 2024)`,
    ],
    ['another side in the label', `North Korea in the war\nUkrainian losses: 3,000 (Kyiv)`],
    ['a label of things', `North Korea in the war\nTanks sent: 200 (Pentagon)`],
    ['another noun after the figure', `North Korea in the war\nKilled: 300 civilians (UN)`],
  ])('not a claim: %s', (_name, text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('numbers that name a provision are not figures', () => {
  test.each([
    ['North Korea said its troops were sent under Article 4 of the treaty.'],
    ['North Korea sent troops despite Resolution 2397, Seoul says.'],
    ['North Korean troops were deployed under Section 3 of a secret annex.'],
    ['North Korea sent its troops to Kursk under Clause 9, Seoul says.'],
    ['North Korean troops were sent, Order No. 9 says.'],
  ])('%s', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

describe('losses of the other side, and rates, are not counts of North Korean troops', () => {
  test.each([
    ['North Korean units fought in Kursk. Moscow says the enemy lost more than 70,000 servicemen there.'],
    ['North Korea could send more troops. For Russia, which has been losing more than 1,000 men a day, that matters.'],
    ['Ukraine lost 200 soldiers as North Korean troops attacked, Kyiv says.'],
    ['North Korean units have been losing 100 soldiers a day, Kyiv says.'],
    ['North Korea sends 500 troops per month to Russia, Seoul says.'],
    ['North Korea is sending 300 troops weekly, Seoul says.'],
    ['North Korean units fought in Kursk. The AFU lost more than 70,000 servicemen there, Moscow says.'],
    ['North Korean units fought in Kursk. The Kyiv regime has lost over 70,000 soldiers, Moscow says.'],
  ])('%s', (text) => {
    expect(triples(text)).toEqual([]);
  });
  test.each([
    ['Kyiv says North Korean troops have lost 1,000 men.', 1000],
    ['North Korea, which has lost 4,000 soldiers, sent more, Seoul says.', 4000],
    ['North Korean troops lost 300 men in a week, Seoul said.', 300],
    ['Zelensky said the enemy lost 300 North Korean soldiers near Sudzha.', 300],
    ['Seoul says the Pyongyang regime has lost 4,000 soldiers in Kursk.', 4000],
  ])('their own: %s', (text, n) => {
    expect(triples(text)).toEqual([['casualties', n, n]]);
  });
});

describe('parts of a figure', () => {
  test.each([
    [
      'Seoul says North Korean forces have suffered around 4,700 casualties, some 600 of them fatal.',
      [
        ['casualties', 4700, 4700],
        ['killed', 600, 600],
      ],
    ],
    [
      'Seoul says North Korean forces have suffered 4,700 casualties, 600 of them — by its count — fatal.',
      [
        ['casualties', 4700, 4700],
        ['killed', 600, 600],
      ],
    ],
    ['Seoul counts 500 fatal casualties among North Korean troops.', [['killed', 500, 500]]],
    [
      'North Korea has sent 11,000 troops, 3,000 of whom are special forces, Seoul says.',
      [
        ['deployed', 11000, 11000],
        ['deployed', 3000, 3000],
      ],
    ],
    [
      'North Korea sent 11,000 troops, 3,000 of them special forces, Seoul says.',
      [
        ['deployed', 11000, 11000],
        ['deployed', 3000, 3000],
      ],
    ],
    [
      'North Korea sent 11,000 troops, of whom 3,000 were special forces, Seoul says.',
      [
        ['deployed', 11000, 11000],
        ['deployed', 3000, 3000],
      ],
    ],
    [
      'North Korea sent 11,000 troops, of whom 3,000 were killed, Seoul says.',
      [
        ['deployed', 11000, 11000],
        ['killed', 3000, 3000],
      ],
    ],
    ['North Korea sent 11,000 troops, 3,000 of them elite, Seoul says.', [['deployed', 11000, 11000]]],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('workers are not troops', () => {
  test.each([
    ['About 15,000 North Korean laborers are working in Russia, Seoul says.', []],
    ['Some 2,000 North Korean construction workers arrived in Russia, Seoul says.', []],
    ['Seoul says 5,000 North Korean military construction workers were sent to Kursk.', [['deployed', 5000, 5000]]],
    [
      'Moscow says 1,000 North Korean sappers and 5,000 military builders will be sent to Kursk.',
      [
        ['deployed', 1000, 1000],
        ['deployed', 5000, 5000],
      ],
    ],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('North Korean speakers', () => {
  test.each([
    ['Kim Jong Un said nine of the engineers had died in Kursk.'],
    ['KCNA said nine North Korean soldiers had died in Kursk.'],
    ['Nine North Korean soldiers died in Kursk, state media KCNA reported.'],
    ['Nine North Korean soldiers died in Kursk, the Korean Central News Agency said.'],
    ['Rodong Sinmun said nine North Korean soldiers had died in Kursk.'],
  ])('%s', (text) => {
    const cs = run(text);
    expect(cs.map((c) => [c.metric, c.low, c.attribution?.side])).toEqual([['killed', 9, 'kp']]);
  });
});

describe('more fact box labels and timeline markers', () => {
  test('abbreviated labels', () => {
    const text =
      'North Korea in the war\nStrength: 11,000\nPOWs: 2 (Kyiv)\nMIA: 20\nDead: 300 (NIS, Jan 2025)\nFatalities: 600\nCasualties / losses: 4,700 (JCS, March 2025)';
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side ?? null, c.period])).toEqual([
      ['deployed', 11000, null, null],
      ['captured', 2, 'ua', null],
      ['missing', 20, null, null],
      ['killed', 300, 'kr', '2025-01'],
      ['killed', 600, null, null],
      ['casualties', 4700, 'kr', '2025-03'],
    ]);
  });
  test('a list marker or bold label is no part of the speaker', () => {
    const cs = run(
      'North Korean troops in Kursk: timeline\n**December 2024** - Zelensky says 3,000 North Korean soldiers were killed or wounded.',
    );
    expect(cs.map((c) => [c.metric, c.low, c.attribution?.text, c.period])).toEqual([['casualties', 3000, 'Zelensky', '2024-12']]);
  });
});

describe('an opening time after Q&A markers', () => {
  test.each([
    ['A. No. In late December, one North Korean soldier was captured by Ukrainian troops, Seoul said.', '2024-12'],
    ['Q. And in December, were 100 North Korean soldiers killed, as Seoul said?', '2024-12'],
  ])('%s', (text, period) => {
    expect(run(text).map((c) => c.period)).toEqual([period]);
  });
});

describe('quoted objects and speakers in every quote form', () => {
  test.each([
    ['Budanov told reporters that North Korea had lost \u201eat least 1,000 soldiers\u201c in Kursk.', ['casualties', 1000, null, 'ua']],
    ['Budanov told reporters that North Korea had lost "at least 1,000 soldiers" in Kursk.', ['casualties', 1000, null, 'ua']],
    ['Budanov said North Korea had sent \u00ababout 12,000 troops\u00bb to Kursk.', ['deployed', 12000, 12000, 'ua']],
    ['\u00abAbout 3,000 North Korean soldiers have been killed or wounded\u00bb, Zelensky said.', ['casualties', 3000, 3000, 'ua']],
    ['Zelensky said: \u201eAbout 3,000 North Korean soldiers have been killed or wounded.\u201c', ['casualties', 3000, 3000, 'ua']],
  ])('%s', (text, want) => {
    expect(run(text).map((c) => [c.metric, c.low, c.high, c.attribution?.side])).toEqual([want]);
  });
});

describe('"of those" and "per X"', () => {
  test('a part "of those" takes its own verb', () => {
    expect(triples('Pyongyang deployed 11,000 soldiers; 4,000 of those were killed or wounded, Seoul says.')).toEqual([
      ['deployed', 11000, 11000],
      ['casualties', 4000, 4000],
    ]);
  });
  test.each([
    ['North Korean losses: at least 4,000 killed or wounded, per Seoul.', 'kr', 'Seoul'],
    ['North Korea sent 11,000 troops to Kursk, per the Pentagon.', 'us', 'the Pentagon'],
  ])('%s', (text, side, source) => {
    const cs = run(text);
    expect(cs.map((c) => [c.attribution?.side, c.attribution?.text])).toEqual([[side, source]]);
  });
});

describe('fact box look-alikes', () => {
  test('a neutral heading in an article about the troops: its labels of troops count, other labels do not', () => {
    const text =
      'North Korean troops in Kursk: what we know\nSeoul says North Korea sent 11,000 troops.\nKey facts\nDistance: 500 km (Kyiv to Kursk)\nDeaths: 12 civilians (UN, March 2025)\nLosses: 4,000 (JCS, Jan 2025)\nTanks lost: 400\nUkrainian troops killed: 300\nRussian casualties: 1,000 per day\nPrisoners exchanged: 150 (both sides)\nDrones launched: 200';
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side ?? null, c.period])).toEqual([
      ['deployed', 11000, 'kr', null],
      ['casualties', 4000, 'kr', '2025-01'],
    ]);
  });
  test('a year, a zero, or a label line far from North Korea that is no fact box give nothing', () => {
    expect(triples('North Korea in the war\nDeployed: 2024 (Pentagon)\nKilled: 0\nCaptured: 2')).toEqual([['captured', 2, 2]]);
    const far =
      'North Korea is a separate story.\nMarkets\nShares rose on Monday. Traders waited for the bank. Bonds were flat. Oil fell.\nOpening: 300 sent back';
    expect(triples(far)).toEqual([]);
  });
});

describe('an apposition between a count and its verb', () => {
  test.each([
    [
      'About 4,000 North Korean troops, or roughly a third of the 12,000 sent, have been killed or wounded.',
      [
        ['casualties', 4000, 4000],
        ['deployed', 12000, 12000],
      ],
    ],
    ['About 4,000 North Korean troops, or one in three, were killed, Kyiv says.', [['killed', 4000, 4000]]],
    ['About 4,000 North Korean troops, or a third of the force, arrived in Kursk, Kyiv says.', [['deployed', 4000, 4000]]],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('North Korean troops as agents: their victims are not their losses', () => {
  test.each([
    ['North Korean troops inflicted 1,000 casualties on Ukrainian forces, Moscow says.', []],
    ['North Korean gunners killed more than 200 enemy troops, KCNA said.', []],
    ['North Korean troops caused heavy losses, killing 500, Moscow says.', []],
    ['Ukrainian drones inflicted 1,000 casualties on North Korean units, Kyiv says.', [['casualties', 1000, 1000]]],
    ['Ukraine killed 300 North Korean soldiers, Kyiv says.', [['killed', 300, 300]]],
    ['North Korea says Ukraine killed 300 of its soldiers.', [['killed', 300, 300]]],
    ['Seoul says North Korea lost 300 soldiers.', [['casualties', 300, 300]]],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('a time before the source is no part of it', () => {
  test.each([
    ['In early January Seoul said 300 North Korean soldiers had been killed.', 'Seoul', '2025-01'],
    ['Last December the NIS said 100 North Korean soldiers had been killed.', 'the NIS', '2024-12'],
  ])('%s', (text, source, period) => {
    expect(run(text).map((c) => [c.attribution?.text, c.period])).toEqual([[source, period]]);
  });
});

describe('degree adverbs before a casualty word', () => {
  test.each([
    [
      'Seoul says 4,700 North Korean soldiers were casualties, 1,000 of them severely wounded.',
      [
        ['casualties', 4700, 4700],
        ['wounded', 1000, 1000],
      ],
    ],
    [
      'Seoul says 4,700 North Korean soldiers were casualties, 600 of them fatally.',
      [
        ['casualties', 4700, 4700],
        ['killed', 600, 600],
      ],
    ],
    ['Kyiv says 3,000 North Korean soldiers were killed or badly wounded.', [['casualties', 3000, 3000]]],
    ['Kyiv says 30 North Korean soldiers were fatally wounded.', [['killed', 30, 30]]],
    ['Kyiv says 30 North Korean soldiers were seriously injured.', [['wounded', 30, 30]]],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('North Koreans sent to work are civilians', () => {
  test.each([
    ['North Korea has sent about 15,000 people to work at Russian factories, Seoul says.', []],
    ['About 15,000 North Koreans are working in Russia on building sites, Seoul says.', []],
    ['North Korea sent 15,000 North Koreans to Russian construction sites, Seoul says.', []],
    ['About 15,000 North Koreans are fighting in Russia, Seoul says.', [['deployed', 15000, 15000]]],
    ['North Korea sent 1,000 soldiers to work as deminers in Kursk, Seoul says.', [['deployed', 1000, 1000]]],
    ['North Korea has sent about 3,000 more, and workers are also in Russia, Seoul says.', [['deployed', 3000, 3000]]],
    ['About 12,000 North Koreans are in Kursk, where they work alongside Russian units, Seoul says.', [['deployed', 12000, 12000]]],
  ])('%s', (text, want) => {
    expect(triples(text)).toEqual(want);
  });
});

describe('a part in the next sentence keeps its source', () => {
  test('"Of those, ..." takes the speaker before', () => {
    const cs = run('Seoul says 4,700 North Korean soldiers were killed or wounded. Of those, about 600 died.');
    expect(cs.map((c) => [c.metric, c.low, c.attribution?.side])).toEqual([
      ['casualties', 4700, 'kr'],
      ['killed', 600, 'kr'],
    ]);
  });
  test('an unrelated next sentence does not', () => {
    const cs = run('Seoul says 4,700 North Korean soldiers were killed or wounded. About 600 North Korean soldiers died in December.');
    expect(cs.map((c) => c.attribution?.side ?? null)).toEqual(['kr', null]);
  });
});

describe('table and definition-list boxes: the label on the line above', () => {
  test('label line, then value line', () => {
    const text =
      'North Korean troops in Russia\nNorth Korea has sent troops to Russia, officials say, in a long paragraph about the war that goes on.\nKilled in action\nabout 2,000 (NIS, September 2025)\nCaptured\n2\nDeployed\n11,000 (Pentagon, Nov 2024)\nTanks lost\n400';
    expect(run(text, '2025-12-01').map((c) => [c.metric, c.low, c.attribution?.side ?? null, c.period])).toEqual([
      ['killed', 2000, 'kr', '2025-09'],
      ['captured', 2, null, null],
      ['deployed', 11000, 'us', '2024-11'],
    ]);
  });
  test('a heading above a sentence is no label', () => {
    const text =
      'Kyiv hit a refinery on Monday, and fuel prices rose. Analysts expect more strikes soon, they said.\nKilled\n300 people died in the strike.\nNorth Korea was not involved.';
    expect(triples(text)).toEqual([]);
  });
});

describe('a part of the figure in the sentence before', () => {
  const rows = (text: string) => run(text).map((c) => [c.metric, c.low, c.attribution?.side ?? null]);
  test.each([
    [
      'Seoul says 11,000 North Korean troops were sent. Some 3,000 of them have been killed or wounded.',
      [
        ['deployed', 11000, 'kr'],
        ['casualties', 3000, 'kr'],
      ],
    ],
    [
      'North Korea sent 11,000 troops to Kursk, Seoul says. About 3,000 of those troops were killed or wounded, Kyiv says.',
      [
        ['deployed', 11000, 'kr'],
        ['casualties', 3000, 'ua'],
      ],
    ],
    [
      'North Korea sent 11,000 troops to Kursk. About 3,000 of those soldiers were killed.',
      [
        ['deployed', 11000, null],
        ['killed', 3000, null],
      ],
    ],
  ])('%s', (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('a source in the label', () => {
  test('"Killed (NIS est.): 2,000"; the value\'s parenthesis gives what the label\'s does not', () => {
    const text =
      'North Korea in the war\nKilled (NIS est.): 2,000\nWounded (JCS, Jan 2025): 2,700\nDeployed (Pentagon): 11,000 (as of Nov 2024)';
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side ?? null, c.period])).toEqual([
      ['killed', 2000, 'kr', null],
      ['wounded', 2700, 'kr', '2025-01'],
      ['deployed', 11000, 'us', '2024-11'],
    ]);
  });
});

describe('a fact box label is no source', () => {
  test('"Casualties:" names what is counted', () => {
    const cs = run('North Korea in the war\nCasualties: 4,700, including 600 deaths (JCS)');
    expect(cs.map((c) => [c.metric, c.low, c.attribution?.side ?? null])).toEqual([
      ['casualties', 4700, 'kr'],
      // (The parenthesis right after "600 deaths" gives them its source.)
      ['killed', 600, 'kr'],
    ]);
  });
  test('a source label still is one', () => {
    expect(run('HUR: about a dozen North Korean soldiers were captured').map((c) => c.attribution?.side)).toEqual(['ua']);
  });
});

describe('a spaced dash after a label is a colon', () => {
  test('"Killed in action — about 2,000 (NIS, Sept 2025)"', () => {
    const text =
      'Kyiv hit a refinery on Monday, and fuel prices rose across the region for days on end, officials said. Analysts expect more.\nNorth Korea in the war\nKilled in action — about 2,000 (NIS, Sept 2025)\nDeployed – 11,000 (Pentagon)\nKilled — 300 civilians (UN)';
    expect(run(text).map((c) => [c.metric, c.low, c.attribution?.side ?? null, c.period])).toEqual([
      ['killed', 2000, 'kr', '2025-09'],
      ['deployed', 11000, 'us', null],
    ]);
  });
});

describe('a quoted source name', () => {
  test.each([
    ['According to \u201eUkrainska Pravda\u201c, 30 North Korean soldiers were killed.', 'ua', 'Ukrainska Pravda'],
    ['According to "Ukrainska Pravda", 30 North Korean soldiers were killed.', 'ua', 'Ukrainska Pravda'],
    ['According to \u00abKommersant\u00bb, 30 North Korean soldiers were killed.', 'ru', 'Kommersant'],
  ])('%s', (text, side, source) => {
    expect(run(text).map((c) => [c.attribution?.side, c.attribution?.text])).toEqual([[side, source]]);
  });
});

import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../../lib/extract/extract-claims';

// Our own sentences, in the shapes real reporting takes (issue 11's classes of misses).
const LEAD = 'North Korea has sent soldiers to fight for Russia in Kursk. ';
const run = (text: string, published = '2025-03-20') => extractClaims(LEAD + text, { published });
const triples = (text: string) => run(text).map((c) => [c.metric, c.low, c.high]);

describe('a nationality that owns nothing', () => {
  test.each([
    [
      'on a thing ("the Russian Baltic Fleet", "Russian naval vessels")',
      'Ships of the Russian Baltic Fleet carried some 2,000 North Korean soldiers to Vladivostok.',
      [['deployed', 2000, 2000]],
    ],
    [
      'after "by" ("occupied by Russia")',
      'Kyiv says Pyongyang has sent troops to land held by Russia and is getting ready to send twelve-thousand soldiers more.',
      [['deployed', 12000, 12000]],
    ],
    [
      'the object of a verb ("soldiers supporting Russia")',
      'The number of North Korean soldiers supporting Russia could double after an estimated 11,000 were sent last year.',
      [['deployed', 11000, 11000]],
    ],
    [
      'a possessive on a thing ("Russia\u2019s war against Ukraine")',
      'North Korean units are taking heavy losses in Russia\u2019s war against Ukraine, with a thousand of their soldiers killed or wounded this month.',
      [['casualties', 1000, 1000]],
    ],
    [
      'inside a source phrase ("according to the head of the intelligence of Ukraine,")',
      'According to the head of the military intelligence of Ukraine, the first group of 2,400 soldiers will head to the front.',
      [['deployed', 2400, 2400]],
    ],
  ])('%s', (_name, text, want) => {
    expect(triples(text as string)).toEqual(want);
  });
  test('a country at war still owns its losses', () => {
    expect(triples('Russian forces lost 1,000 soldiers near Kursk in a week, Kyiv said.')).toEqual([]);
  });
});

describe('speakers whose country has no troops in this war', () => {
  test('South Korea\u2019s agency reporting, in a sentence that does not name the North', () => {
    expect(triples('South Korea\u2019s spy agency had earlier reported about 200 deaths and 2,000 injuries.')).toEqual([
      ['killed', 200, 200],
      ['wounded', 2000, 2000],
    ]);
  });
  test('a list of speakers, and a perfect tense ("have said")', () => {
    expect(triples('South Korean and Western officials have said the North sent more than 12,000 soldiers to Russia in 2024.')).toEqual([
      ['deployed', 12000, null],
    ]);
  });
});

describe('the troops named after the count', () => {
  test.each([
    [
      '"casualties among North Korean troops"',
      'The Joint Chiefs of Staff (JCS) said that sources point to roughly 1,200 casualties among North Korean troops near Kursk.',
      [['casualties', 1200, 1200]],
    ],
    [
      'a relative clause ("fighters, which are thought to number 12,000")',
      'Pyongyang hides how many of its fighters are there, which are thought to number 13,000.',
      [['deployed', 13000, 13000]],
    ],
    ['"comrades"', 'They were later joined by another 9,000 or so of their comrades from North Korea.', [['deployed', 9000, 9000]]],
    ['"fallen" and "deceased" soldiers', 'Pyongyang unveiled the portraits of 120 fallen North Korean soldiers.', [['killed', 120, 120]]],
    [
      'an aside between the subject and its verb ("troops, including a general, were killed")',
      'On March 2, about 400 North Korean troops, including a colonel, were killed in a strike.',
      [['killed', 400, 400]],
    ],
  ])('%s', (_name, text, want) => {
    expect(triples(text as string)).toEqual(want);
  });
});

describe('glued sentences ("training.Ukrainian") split after a long word too', () => {
  test('each figure keeps its own sentence and speaker', () => {
    const cs = run(
      'They will go to the front after the end of their training.Ukrainian President Volodymyr Zelensky said North Korea is preparing to send ten-thousand troops.',
    );
    expect(cs.map((c) => [c.metric, c.low, c.scope, c.attribution?.side])).toEqual([['deployed', 10000, 'plan', 'ua']]);
    expect(cs[0]!.sentence.startsWith('Ukrainian President')).toBe(true);
  });
});

describe('attribution on real text', () => {
  const side = (text: string, at = 0) => run(text).map((c) => c.attribution?.side ?? null)[at];
  test.each([
    [
      'a news agency is no official: "other"',
      'A South Korean news agency reported that 13,000 North Korean soldiers had been sent.',
      'other',
    ],
    [
      'a rights group is no official: "other"',
      'Three North Korean prisoners of war want to go to Seoul, according to the human rights group Free Voices Korea.',
      'other',
    ],
    [
      '"amid reports": the reports are the source',
      'More North Korean troops will be sent soon, Seoul said, amid reports the number could be as high as 14,000 North Korean soldiers.',
      null,
    ],
    [
      '"X said that ..." speaks for what follows only',
      'About 9,000 North Korean soldiers are now in Kursk, and on Monday a US official said that dozens had died.',
      null,
    ],
    [
      '", with X reporting ..." speaks for what follows only',
      'North Korea sent some 13,000 soldiers to Kursk, with Ukrainian sources reporting over 5,000 killed.',
      null,
    ],
    ['"estimates from X"', 'Estimates from Ukraine and South Korea suggest that 12,000 North Korean soldiers are in Russia.', 'ua'],
    [
      '"X\u2019s words that ..."',
      'This came after the Ukrainian envoy\u2019s words that Pyongyang is planning to send 12,000 troops.',
      'ua',
    ],
    [
      'a participle and its agent ("disclosed last month by X")',
      'Based on figures disclosed last month by South Korean intelligence, at least 200 North Koreans have died.',
      'kr',
    ],
    [
      'a progressive speech verb ("has been reporting")',
      'Seoul\u2019s spy agency has been reporting their moves since October, when about 1,800 North Korean troops arrived in Vladivostok.',
      'kr',
    ],
    [
      'an adverbial between subject and verb ("for the first time")',
      'Pyongyang for the first time disclosed the names of 120 North Korean soldiers killed in Kursk.',
      'kp',
    ],
    [
      '", recognizing ...": the sentence\u2019s subject speaks',
      'North Korea held a ceremony for its engineers, with its leader Kim Jong Un, recognizing the sacrifice of seven soldiers who were killed there.',
      'kp',
    ],
    [
      'a pronoun with a named possessor in its sentence',
      'Zelensky\u2019s remarks came days after he said that 3,500 North Korean soldiers had been killed or wounded.',
      'ua',
    ],
  ])('%s', (_name, text, want) => {
    expect(side(text as string)).toBe(want);
  });
  test('the next sentence names the source: "This was stated by ..."', () => {
    expect(
      side(
        'North Korea has lost 4,500 soldiers in Russia\u2019s war. This was stated by President Volodymyr Zelensky at a meeting in Germany.',
      ),
    ).toBe('ua');
  });
  test('"the post added": the post of the last named speaker', () => {
    expect(
      side(
        'Ukraine\u2019s military intelligence (HUR) posted a video on Sunday. At least four North Korean soldiers went missing near the village, the post added.',
      ),
    ).toBe('ua');
  });
  test('a sentence broken over lines finds its source on a later line', () => {
    expect(
      side(
        'Under a pact with Russia, North Korea sent some 15,000 soldiers to fight alongside\n\nRussian troops in 2024,\n\nwhere many of them died, according to South Korean sources.',
      ),
    ).toBe('kr');
  });
});

describe('a month named without its year', () => {
  const period = (text: string, published: string) => extractClaims(LEAD + text, { published }).map((c) => c.period)[0];
  test('a deadline still to come is not the figure\u2019s time, and never last year\u2019s month', () => {
    expect(period('About 9,000 North Korean soldiers are expected to be deployed by December, Seoul said.', '2024-10-23')).toBeNull();
  });
  test('a month already past resolves to its latest occurrence', () => {
    expect(period('By December, about 1,000 North Korean soldiers had been killed, Seoul said.', '2025-01-20')).toBe('2024-12');
    expect(period('In October, about 1,500 North Korean soldiers arrived in Vladivostok, Seoul said.', '2025-02-05')).toBe('2024-10');
  });
});

describe('more shapes of real text', () => {
  test('a participle of a bare figure ("with 3,000 having been deployed already")', () => {
    expect(triples('The total is expected to reach 14,000, he said, with 4,000 having been deployed already.')).toContainEqual([
      'deployed',
      4000,
      4000,
    ]);
  });
  test('losses of mixed units are no count of North Korea\u2019s', () => {
    expect(triples('Kyiv said that units made up of Russian and North Korean troops had suffered around 300 casualties.')).toEqual([]);
  });
});

describe('an article about North Korea\u2019s troops: soldiers no one else owns are theirs', () => {
  const article = (para: string) =>
    `Pyongyang readies 12,000 soldiers for Russia\n\nNorth Korea is training about 12,000 North Korean soldiers in Russia's Far East, Kyiv says.\n\nThe men were seen at five bases.\n\nThey carry new rifles.\n\nThe units left by train.\n\n${para}\n`;
  const got = (para: string) => extractClaims(article(para), { published: '2024-10-20' }).map((c) => [c.metric, c.low, c.high, c.scope]);
  test('a paragraph that names no one but its source', () => {
    expect(
      got('According to the head of the intelligence of Ukraine, the first group of 2,400 soldiers will go to the front.'),
    ).toContainEqual(['deployed', 2400, 2400, 'part']);
  });
  test('a headline of another story is not theirs', () => {
    expect(got('Poland and NATO gather about 30,000 troops for drills')).not.toContainEqual(['deployed', 30000, 30000, 'total']);
  });
  test('soldiers another country is named with are not theirs', () => {
    expect(got('Poland has moved 30,000 soldiers to its border.').map((c) => c[1])).not.toContain(30000);
  });
});

describe('builders and deminers sent by the state are a deployment; labourers are not', () => {
  test.each([
    [
      'Kim Jong Un ordered 1,000 deminers and 5,000 military builders to Kursk, Moscow said.',
      [
        ['deployed', 1000, 1000, 'plan'],
        ['deployed', 5000, 5000, 'plan'],
      ],
    ],
    ['North Korea has sent 1,200 sappers to clear mines in Kursk, Seoul said.', [['deployed', 1200, 1200, 'increment']]],
    ['North Korea is also believed to have sent about 12,000 workers to Russia, Seoul said.', []],
  ])('%s', (text, want) => {
    expect(run(text as string).map((c) => [c.metric, c.low, c.high, c.scope])).toEqual(want);
  });
});

describe('a phrasal verb\u2019s "over" is no qualifier', () => {
  test.each([
    ['Kyiv is ready to hand over 2 North Korean prisoners of war to Seoul.', [['captured', 2, 2, '2']]],
    ['Kyiv said over 300 North Korean soldiers were killed.', [['killed', 300, null, 'over 300']]],
  ])('%s', (text, want) => {
    expect(run(text as string).map((c) => [c.metric, c.low, c.high, c.figure])).toEqual(want);
  });
});

describe('periods of real text', () => {
  const period = (text: string, published = '2025-03-20') => extractClaims(LEAD + text, { published }).map((c) => c.period);
  test.each([
    [
      'a statement dated by "said in <month>"',
      'Seoul\u2019s spy agency said in January that about 400 North Korean soldiers had been killed.',
      ['2025-01'],
    ],
    [
      'figures "disclosed last <month>"',
      'Based on figures disclosed last December by Seoul, at least 200 North Koreans have died.',
      ['2024-12'],
    ],
    [
      '"since <month>, when ..." dates the when-clause',
      'Seoul has followed them since October, when about 1,800 North Korean troops arrived in Vladivostok.',
      ['2024-10'],
    ],
    [
      'a span of months is dated by its later month',
      'Reports say about 2,000 North Korean soldiers were sent to Kursk in January and February.',
      ['2025-02'],
    ],
  ])('%s', (_name, text, want) => {
    expect(period(text as string)).toEqual(want);
  });
});

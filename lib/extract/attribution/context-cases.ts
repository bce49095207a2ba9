// The cases of the attribution rules that read beyond the cue (./attribute.ts,
// ./precedence.ts, the fact box reader): sentences of our own, the figure in
// [brackets].

import type { RuleCase } from '../rule';

export const CONTEXT_CASES: Readonly<Record<string, readonly RuleCase[]>> = {
  'possessive-clause-owner': [
    {
      text: 'A South Korean lawmaker spoke on Monday. Ukraine has captured only two North Koreans alive, although its forces say [40] more were taken and died.',
      want: { attribution: { side: 'ua', text: 'its forces' } },
    },
    {
      text: 'Zelensky spoke on Monday. South Korea’s spy agency raised its own count to [some 300] North Korean dead.',
      want: { attribution: { side: 'kr', text: 'its' } },
    },
    {
      text: 'Analyst John Smith said the war was far from over. For its part, the Pentagon has stuck to its figure of [about 1,000] North Korean casualties.',
      want: { attribution: { side: 'us', text: 'its' } },
    },
    {
      text: 'Kyiv said 4,000 North Korean troops had been hit, but the Pentagon kept its estimate of [1,000] North Korean casualties.',
      want: { attribution: { side: 'us', text: 'its' } },
    },
  ],
  'possessive-own-speaker': [
    {
      text: 'The NIS briefed lawmakers on Monday. A US official said the count was rising. The agency estimated in its February assessment that [200] more North Korean troops had been sent.',
      want: { attribution: { side: 'kr', text: 'its' } },
    },
  ],
  'introduced-speaker': [
    {
      text: 'Ukrainian commanders have cited 1,200 dead.\nJohn Everard, a former British diplomat, is sceptical of both counts.\nHe estimates that [between 1,000 and 1,500] North Koreans have been killed.',
      want: { attribution: { side: 'other', text: 'He' } },
    },
  ],
  'possessor-speaks-for': [
    {
      text: 'Zelensky spoke on Monday. His chief of staff said [3,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'His chief of staff' } },
    },
  ],
  'quoted-speaks-not': [
    {
      text: 'Seoul’s spy agency briefed lawmakers on Monday. “We count what we can verify,” a lawmaker said. “Kyiv counts what it can claim.”\nHe said [about 600] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'He' } },
    },
  ],
  'quote-continued-after': [
    {
      text: '“Some [3,000] North Korean soldiers have been killed in Kursk.” Zelensky said so in his nightly address.',
      want: { attribution: { side: 'ua', text: 'Zelensky' } },
    },
    // A word in scare quotes is no quote: the next sentence's speaker is not this figure's source.
    {
      text: 'The Kursk governor praised the [12,000] North Korean “comrades” in a speech. Kirby said the Pentagon had no new count.',
      want: { attribution: null },
    },
    // The next sentence's estimate names the source of its own figure, not who spoke the quote.
    {
      text: 'About [2,000] North Korean casualties is “the likeliest order of magnitude”. For its part, the Pentagon has stuck to its figure of 1,000.',
      want: { attribution: null },
    },
  ],
  'next-names-source': [
    {
      text: 'About [600] North Korean soldiers have been killed. That’s according to the Pentagon.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
    {
      text: 'Some [11,000] North Korean troops are in Russia. The estimate comes from Ukraine’s military intelligence.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
    },
    {
      text: 'About [11,000] North Korean troops are in Russia. This was stated by the Pentagon on Monday.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
    { text: 'Some [11,000] North Korean troops are in Russia. The cold comes from the north.', want: { attribution: null } },
  ],
  'broken-line': [
    {
      text: 'North Korea has sent [11,000] troops to fight alongside\nRussian forces in Kursk, according to the Pentagon.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
  ],
  'quote-introduced-before': [
    {
      text: '“The fighting is hard,” Budanov said. “About [3,000] North Korean soldiers have been killed.”',
      want: { attribution: { side: 'ua', text: 'Budanov' } },
    },
  ],
  'it-continues-report': [
    {
      text: 'Kyiv reported that each North Korean battalion joins a Russian brigade. It is made up of [2,000] North Korean nationals.',
      want: { attribution: { side: 'ua', text: 'Kyiv' } },
    },
  ],
  'passive-report-continues': [
    {
      text: 'According to the South Korean intelligence service, about 600 North Korean soldiers have been killed. The number of wounded is given as [about 4,100].',
      want: { attribution: { side: 'kr', text: 'the South Korean intelligence service' } },
    },
    // No report before: no one to go on with.
    {
      text: 'North Korean troops fought in Kursk. The number of North Korean wounded is given as [about 4,100].',
      want: { attribution: null },
    },
  ],
  'part-keeps-source': [
    {
      text: 'Seoul says 11,000 North Korean troops were sent to Russia. Of those, about [600] have died.',
      want: { attribution: { side: 'kr', text: 'Seoul' } },
    },
  ],
  'partitive-keeps-source': [
    {
      text: 'Seoul says 11,000 North Korean troops were sent to Russia. Some [600] of them have died.',
      want: { attribution: { side: 'kr', text: 'Seoul' } },
    },
  ],
  'captor-reports': [
    { text: 'Ukraine captures [two] North Korean soldiers in Kursk.', want: { attribution: { side: 'ua', text: 'Ukraine' } } },
  ],
  'pronoun-reported-speaker': [
    {
      text: 'A US official put the toll in the low thousands. In a statement, the SBU said it had identified [47] North Korean soldiers who died near Sudzha.',
      want: { attribution: { side: 'ua', text: 'it' } },
    },
    {
      text: 'Kyiv briefed reporters on Monday. Seoul said that it had counted [300] North Korean soldiers killed.',
      want: { attribution: { side: 'kr', text: 'it' } },
    },
  ],
  'pronoun-possessor': [
    {
      text: 'Zelensky’s remarks come days after he said [3,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'he' } },
    },
  ],
  'pronoun-main-subject': [
    {
      text: 'South Korea’s spy agency said on Monday that North Korea’s KCNA had confirmed the deployment.\nIt claimed Pyongyang had lost [2,000] troops in the Kursk region.',
      want: { attribution: { side: 'kr', text: 'It' } },
    },
    {
      text: 'In a closed-door briefing on Tuesday, Zelensky said Russian commanders had told Putin the North Koreans were holding. He added that [3,000] of them had been killed.',
      want: { attribution: { side: 'ua', text: 'He' } },
    },
  ],
  'pronoun-last-speaker': [
    {
      text: 'Zelensky said the front was holding. He added that [3,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'He' } },
    },
    // (A person's pronoun is no country: "He" is not North Korea.)
    {
      text: 'North Korea has sent troops to fight for Russia. He confirmed that [10,000] North Korean troops were in Russia.',
      want: { attribution: null },
    },
  ],
  'speaker-as-subject': [
    {
      text: 'Zelensky has spoken often about the war. He said [3,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'He' } },
    },
  ],
  'subject-after-opening': [
    {
      text: 'In a closed-door briefing on Monday, South Korea’s spy agency gave new details of the deployment.\nIt claimed Pyongyang had lost [2,000] troops in Kursk.',
      want: { attribution: { side: 'kr', text: 'It' } },
    },
  ],
  'speaker-with-place': [
    {
      text: 'Officials in Kyiv met foreign reporters on Monday. They said [1,200] North Korean soldiers had been wounded.',
      want: { attribution: { side: 'ua', text: 'They' } },
    },
    {
      text: 'Officials at the Pentagon spoke on Friday. They said [about 600] North Korean soldiers had died.',
      want: { attribution: { side: 'us', text: 'They' } },
    },
    // Not a role: analysts in a capital are not its officials.
    {
      text: 'Analysts in Kyiv doubt the count. They said [1,200] North Korean soldiers had been wounded.',
      want: { attribution: null },
    },
  ],
  'document-of-speaker': [
    {
      text: 'The Pentagon posted an update on Friday. The statement said [11,000] North Korean troops were in Kursk.',
      want: { attribution: { side: 'us', text: 'The statement' } },
    },
  ],
  'state-media': [
    {
      text: 'Kim Jong Un met the families of [2,000] North Korean soldiers killed in Kursk, state media reported.',
      want: { attribution: { side: 'kp', text: 'state media' } },
    },
  ],
  'fact-box-source': [
    {
      text: 'North Korean troops in Russia\nDeployed: [11,000] (NIS estimate)\nKilled: 600',
      want: { attribution: { side: 'kr', text: 'NIS estimate' } },
    },
  ],
  'fact-box-list': [
    {
      text: 'North Korean troops in Russia\nCasualties: 3,000+ (Ukraine), [1,100] (South Korea)\nDeployed: 11,000',
      want: { attribution: { side: 'kr', text: 'South Korea' } },
    },
    {
      // (A parenthesis with a note besides its source: only the fact box list reads it.)
      text: 'North Korean troops in Russia\nCasualties: 3,000+ (Ukraine), [1,100] (South Korea, est.)\nDeployed: 11,000',
      want: { metric: 'casualties', attribution: { side: 'kr', text: 'South Korea' } },
    },
  ],
  'fact-line-cue': [
    {
      text: 'North Korean troops in Russia\nDeployed: [11,000], according to the NIS\nKilled: 600',
      want: { attribution: { side: 'kr', text: 'the NIS' } },
    },
  ],
  'fact-box-source-line': [
    {
      text: 'North Korean troops in Russia\nDeployed: [11,000]\nKilled: 600\nSource: South Korea’s NIS',
      want: { attribution: { side: 'kr', text: 'South Korea’s NIS' } },
    },
    {
      text: 'North Korean troops in Russia\nDeployed: [11,000]\nKilled: 600\n\nSource: a Pentagon briefing on another matter',
      want: { attribution: null },
    },
  ],
  'forward-only': [
    {
      text: '[300] North Korean troops were killed, and a US official said that 1,000 more were wounded.',
      want: { attribution: null },
    },
  ],
  'amid-reports': [
    {
      text: 'The NIS spoke on Monday, amid reports that [15,000] North Korean troops had been sent to Russia.',
      want: { attribution: null },
    },
  ],
  'unconfirmed-speaks-not': [
    {
      text: 'North Korean troops are fighting in Kursk. The Pentagon said it could not independently verify reports that [500] North Korean soldiers were killed.',
      want: { attribution: null },
    },
    {
      text: 'Pentagon spokesman Pat Ryder said he was unable to confirm that [500] North Korean soldiers had died in the assault.',
      want: { attribution: null },
    },
    // Who reported it is its source.
    {
      text: 'A US official could not confirm the deaths of [500] North Korean soldiers that Kyiv reported on Sunday.',
      want: { attribution: { side: 'ua', text: 'Kyiv' } },
    },
    // A figure the speaker gives after a contrast is its own.
    {
      text: 'The Pentagon said it could not confirm reports of mass casualties but believed [about 100] North Korean soldiers had died.',
      want: { attribution: { side: 'us', text: 'The Pentagon' } },
    },
  ],
  'contrast-between': [
    {
      text: 'Seoul says the toll is lower, but [3,000] North Korean troops have died, Kyiv’s military intelligence estimated in a report on Monday.',
      want: { attribution: { side: 'ua', text: 'Kyiv’s military intelligence' } },
    },
  ],
  'own-sources': [
    {
      text: 'Zelensky said that, according to reports from his Ukrainian commanders, [3,000] North Korean troops had been killed.',
      want: { attribution: { side: 'ua', text: 'Zelensky' } },
    },
  ],
  'media-pass-on': [
    {
      text: 'Reuters reported [1,000] North Korean troops had been killed, citing Seoul’s spy agency.',
      want: { attribution: { side: 'kr', text: 'Seoul’s spy agency' } },
    },
  ],
  'weak-label': [
    {
      text: 'Kursk front: [1,000] North Korean soldiers killed, the Pentagon says',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
  ],
};

// The cases of the cue rules (./cue-rules.ts): sentences of our own, the
// figure in [brackets].

import type { RuleCase } from '../rule';

export const CUE_CASES: Readonly<Record<string, readonly RuleCase[]>> = {
  'per-source': [
    { text: 'About [12,000] North Korean troops are now in Russia, per Seoul.', want: { attribution: { side: 'kr', text: 'Seoul' } } },
    {
      text: 'Some [2,000] North Korean troops are in Kursk, per the Pentagon.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
  ],
  'according-to': [
    // A long proper name runs past the usual nine words.
    {
      text: 'According to the Main Intelligence Directorate of the Ministry of Defense of Ukraine, [about 1,000] North Korean soldiers were killed.',
      want: { attribution: { side: 'ua', text: 'the Main Intelligence Directorate of the Ministry of Defense of Ukraine' } },
    },
    {
      text: 'About [300] North Korean soldiers have been killed, according to the Pentagon.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
    { text: 'According to Kyiv, [4,000] North Korean troops were killed or wounded.', want: { attribution: { side: 'ua', text: 'Kyiv' } } },
    // A list of names runs past its commas to its "and"; a comma with no list after it ends the phrase.
    {
      text: '[More than 6,000] North Korean soldiers were killed, according to South Korean, Ukrainian and Western sources.',
      want: { attribution: { side: 'kr', text: 'South Korean, Ukrainian and Western sources' } },
    },
    {
      text: 'According to estimates from the US, Ukraine, and South Korea, [11,000 to 12,000] North Korean troops were sent.',
      want: { attribution: { side: 'us', text: 'the US, Ukraine, and South Korea' } },
    },
    {
      text: 'According to Seoul, Kyiv and its allies had [600] North Korean prisoners to question.',
      want: { attribution: { side: 'kr', text: 'Seoul' } },
    },
    // The maker of the data, and its short name in parentheses.
    {
      text: 'According to the data of the Main Intelligence Directorate (HUR) of the Ministry of Defence, [about 5,000] North Korean soldiers were killed or wounded.',
      want: { attribution: { side: 'ua', text: 'the Main Intelligence Directorate (HUR)' } },
    },
  ],
  'citing-or-by': [
    // The phrase after "by" ends before the verb of the clause it stands in.
    {
      text: 'South Korea’s spy agency briefed lawmakers on Monday.\n[Some 600] North Korean soldiers have died, lawmakers briefed by the spy agency told reporters.',
      want: { attribution: { side: 'kr', text: 'the spy agency' } },
    },
    {
      text: "Japan's Kyodo news agency, quoting a source in Seoul, said [roughly 3,000] North Korean soldiers had been wounded.",
      want: { attribution: { side: 'kr', text: 'a source in Seoul' } },
    },
    {
      text: 'The newspaper, citing officials in Kyiv, said [500] North Korean soldiers had been captured.',
      want: { attribution: { side: 'ua', text: 'officials in Kyiv' } },
    },
    {
      text: 'Around [4,000] North Korean soldiers have been killed or wounded, CNN reported, citing two US officials.',
      want: { attribution: { side: 'us', text: 'US officials' } },
    },
    {
      text: 'Newsweek put North Korean losses at [4,000], citing Ukraine’s military intelligence.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
    },
    {
      text: 'The figure of [3,000] North Korean casualties was given by Zelensky in his nightly address.',
      want: { attribution: { side: 'ua', text: 'Zelensky' } },
    },
    {
      text: 'A count of [1,100] North Korean casualties was cited by the NIS on Thursday.',
      want: { attribution: { side: 'kr', text: 'the NIS' } },
    },
    {
      text: 'North Korean troops have suffered [some 1,000] casualties, the newspaper reported, quoting an American official.',
      want: { attribution: { side: 'us', text: 'an American official' } },
    },
  ],
  'passive-speech-by': [
    {
      text: 'A total of [11,000] North Korean troops in Kursk was disclosed last week by the South Korean military.',
      want: { attribution: { side: 'kr', text: 'the South Korean military' } },
    },
    { text: 'North Korea sent [3,000] more troops, a rise disclosed by March.', want: { attribution: null } },
  ],
  'comes-from': [
    { text: 'The estimate of [12,000] North Korean troops comes from Ukraine.', want: { attribution: { side: 'ua', text: 'Ukraine' } } },
    {
      text: 'The figure of [about 600] North Korean dead came originally from the NIS.',
      want: { attribution: { side: 'kr', text: 'the NIS' } },
    },
  ],
  'estimate-from': [
    {
      text: 'Estimates from the Pentagon put the North Korean dead at [1,000].',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
    {
      text: 'The military’s assessment follows a report by the NIS last month that [about 300] North Korean soldiers had died.',
      want: { attribution: { side: 'kr', text: 'the NIS' } },
    },
    {
      text: 'Figures gathered by the Pentagon show [1,000] North Korean soldiers killed.',
      want: { attribution: { side: 'us', text: 'the Pentagon' } },
    },
    {
      text: 'Data compiled by the open-source group Oryx show [at least 250] North Korean soldiers captured or killed.',
      want: { attribution: { side: 'other', text: 'the open-source group Oryx' } },
    },
    {
      text: 'At a briefing by the NIS, lawmakers heard that [2,000] North Korean troops had been wounded.',
      want: { attribution: { side: 'kr', text: 'the NIS' } },
    },
  ],
  'headline-label': [
    { text: 'HUR: about [a dozen] North Korean soldiers captured near Kursk', want: { attribution: { side: 'ua', text: 'HUR' } } },
    { text: 'Casualties: [4,700] North Korean troops killed or wounded, says Kyiv', want: { attribution: { side: 'ua', text: 'Kyiv' } } },
    // A possessive on a thing is no source; the speaker at the end is.
    { text: 'Pyongyang’s war: [2,000] North Korean dead, says Seoul', want: { attribution: { side: 'kr', text: 'Seoul' } } },
    { text: 'Ukraine’s HUR: [about a dozen] North Korean soldiers captured', want: { attribution: { side: 'ua', text: 'Ukraine’s HUR' } } },
    // A live blog's entry: its clock time is no part of the label.
    { text: '09:20 HUR: about [a dozen] North Korean soldiers captured near Kursk', want: { attribution: { side: 'ua', text: 'HUR' } } },
    {
      text: '13:40 — HUR: North Korean units in Kursk have lost [about 200] men in the past week alone.',
      want: { attribution: { side: 'ua', text: 'HUR' } },
    },
    // A timeline's entry: its date is no part of the label either.
    { text: 'Dec 2024 — NIS: [at least 100] North Korean soldiers killed', want: { attribution: { side: 'kr', text: 'NIS' } } },
    // Before a quote the label speaks it, over the speaker the sentences before named.
    {
      text: 'The US official said 11,000 troops remain. 09:20 Zelensky: "Our soldiers captured [two] more North Koreans.',
      want: { attribution: { side: 'ua', text: 'Zelensky' } },
    },
  ],
  'subject-participle': [
    {
      text: "North Korean troops have suffered heavy losses, with Ukraine's military estimating that [roughly 1,000] were killed in January alone.",
      want: { attribution: { side: 'ua', text: "Ukraine's military" } },
    },
    // What is counted is no speaker: the "it" after it is the agency's.
    {
      text: "Pyongyang's casualties are estimated at about 4,700, South Korea's spy agency told lawmakers, adding that more may come. Some [200] wounded North Korean soldiers were flown home in April, it said.",
      want: { attribution: { side: 'kr', text: 'it' } },
    },
    {
      text: 'The Pentagon updated its count on Friday, saying [8,000] North Korean troops had reached Kursk.',
      want: { attribution: { side: 'us', text: 'The Pentagon' } },
    },
    {
      text: "South Korea's spy agency offered a lower tally, telling legislators that [around 300] North Korean troops had died.",
      want: { attribution: { side: 'kr', text: "South Korea's spy agency" } },
    },
  ],
  'headline-dash-source': [
    { text: 'North Korea has lost [1,000] troops in a week – Kirby', want: { attribution: { side: 'us', text: 'Kirby' } } },
  ],
  'headline-colon-source': [
    { text: 'North Korea sent another [3,000] troops to Russia: Seoul', want: { attribution: { side: 'kr', text: 'Seoul' } } },
    // A figure right before the colon is read (a colon before a digit is a time: "10:30").
    { text: 'N. Korean casualties near [5,000]: NIS', want: { attribution: { side: 'kr', text: 'NIS' } } },
  ],
  'possessive-estimate': [
    // A role noun's, as the text gives the role a side; a month between is a modifier.
    {
      text: "South Korea's spy agency briefed lawmakers. By mid-January the agency's count had risen to [300] North Korean dead.",
      want: { attribution: { side: 'kr', text: "the agency's" } },
    },
    {
      text: "South Korea's spy agency briefed lawmakers. The agency's January figure of [300] North Korean soldiers killed was widely reported.",
      want: { attribution: { side: 'kr', text: "The agency's" } },
    },
    {
      text: 'By the Pentagon’s reckoning, [about 1,000] North Korean soldiers have been killed.',
      want: { attribution: { side: 'us', text: 'Pentagon’s' } },
    },
    {
      text: 'Kyiv’s tally of [3,800] North Korean casualties is higher than others.',
      want: { attribution: { side: 'ua', text: 'Kyiv’s' } },
    },
    // Modifiers between the possessor and its estimate.
    { text: 'Seoul’s more cautious tally is [1,100] North Korean casualties.', want: { attribution: { side: 'kr', text: 'Seoul’s' } } },
    {
      text: 'Seoul’s spy agency raised its own count to [some 300] North Korean dead.',
      want: { attribution: { side: 'kr', text: 'its' } },
    },
    // A possessive pronoun's estimate is the last speaker's ("estimate" is no verb of speech after it).
    {
      text: 'Seoul said 1,500 North Korean troops had moved to Russia’s Far East. Within weeks it raised its estimate to [more than 10,000].',
      want: { attribution: { side: 'kr', text: 'its' } },
    },
  ],
  'attributive-estimate': [
    {
      text: 'The Pentagon estimate of [11,000] North Korean troops has not changed.',
      want: { attribution: { side: 'us', text: 'The Pentagon' } },
    },
    {
      text: 'Our Moscow correspondent notes that the NIS count of [12,000] North Korean troops has not changed.',
      want: { attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'The NIS figure of [300] North Korean dead was the first official count.',
      want: { attribution: { side: 'kr', text: 'The NIS' } },
    },
  ],
  'state-is-a-noun': [
    {
      text: 'Pyongyang’s state media rarely mention the [11,000] North Korean troops sent to Russia, Seoul says.',
      want: { attribution: { side: 'kr', text: 'Seoul' } },
    },
    {
      text: 'Kim awarded state honours to [101] North Korean soldiers who died abroad, the KCNA news agency reported.',
      want: { attribution: { side: 'kp', text: 'the KCNA news agency' } },
    },
  ],
  'speech-noun-object': [
    {
      text: 'Russia’s foreign ministry spokeswoman dismissed reports that [2,500] North Korean soldiers had died.',
      want: { attribution: null },
    },
    { text: 'Reuters could not independently verify claims that [30] North Korean soldiers surrendered.', want: { attribution: null } },
    // A name between the article and the noun made the claim.
    {
      text: 'Russia did not dispute a Ukrainian claim that [2,500] North Korean soldiers had died.',
      want: { attribution: { side: 'ua', text: 'Ukrainian' } },
    },
    // A possessor made it; the one who could not confirm it does not speak.
    {
      text: 'The Pentagon said it could not confirm Kyiv’s claim that [500] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'Kyiv’s' } },
    },
    // A verb of speech after its subject still speaks.
    {
      text: 'Ukraine’s military intelligence reports that [about 1,000] North Korean soldiers were killed.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
    },
  ],
  'passive-speaks-not': [
    {
      text: 'Ukraine is said to hold [two] North Korean soldiers captured in Kursk.',
      want: { attribution: null },
    },
    { text: 'North Korean casualties in Russia estimated at [4,700]', want: { attribution: null } },
    {
      text: 'North Korean casualties in Russia estimated at [4,700], including 600 deaths: NIS',
      want: { attribution: { side: 'kr', text: 'NIS' } },
    },
  ],
  'inverted-speech': [
    {
      text: '“About [3,000] North Korean soldiers have been killed,” said Zelensky.',
      want: { attribution: { side: 'ua', text: 'Zelensky' } },
    },
    {
      text: 'North Korea has lost [1,000] soldiers, said a spokesman for the Pentagon.',
      want: { attribution: { side: 'us', text: 'a spokesman for the Pentagon' } },
    },
    // A short name in parentheses goes with the name before it.
    {
      text: 'South Korea’s NIS briefed lawmakers. [About 3,000] North Korean soldiers were wounded, said the Main Directorate of Intelligence (GUR).',
      want: { attribution: { side: 'ua', text: 'the Main Directorate of Intelligence (GUR)' } },
    },
    // "..., put the number of X at N": an object, not a speaker.
    {
      text: 'Kyiv’s HUR, in comments carried by Ukrinform, put the number of North Korean troops in Kursk at [11,000].',
      want: { attribution: { side: 'ua', text: 'Kyiv’s HUR' } },
    },
    {
      text: 'The agency, known as HUR, said the North Korean contingent numbered [12,000] men when it arrived.',
      want: { attribution: { side: 'ua', text: 'HUR' } },
    },
    // "..., told the newspaper": after "told" stands who heard it, not who spoke.
    {
      text: 'Budanov, the head of Ukraine’s HUR, told the newspaper that [about 12,000] North Korean troops were in Russia, while a US official put the number at 11,000.',
      want: { attribution: { side: 'ua', text: 'Budanov' } },
    },
  ],
  'speech-subject': [
    // A side's adjective in the phrase is its side, whoever was named officials before ("Ukrainian officials ...").
    {
      text: 'Ukrainian officials claimed the North had sent a brigade. Since October, [at least 2,000] North Korean soldiers have been killed, a Western official told reporters.',
      want: { attribution: { side: 'other', text: 'a Western official' } },
    },
    // A time between the subject and its verb is no subject.
    {
      text: 'Seoul had in October first reported that [1,500] North Korean soldiers were in Russia.',
      want: { attribution: { side: 'kr', text: 'Seoul' } },
    },
    // A noun after its article is no verb: the source is the sentence's subject, not the words up to the noun.
    {
      text: "South Korea's intelligence service has given a lower estimate of [about 3,000] North Korean casualties.",
      want: { attribution: { side: 'kr', text: "South Korea's intelligence service" } },
    },
    {
      text: 'Kyiv argues that [4,000] North Korean soldiers have been killed or wounded.',
      want: { attribution: { side: 'ua', text: 'Kyiv' } },
    },
    {
      text: 'The Center for Countering Disinformation said [200] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'The Center for Countering Disinformation' } },
    },
    { text: 'Seoul said [300] North Korean soldiers had been killed.', want: { attribution: { side: 'kr', text: 'Seoul' } } },
    {
      text: 'Lee Seong-kweun of the ruling party said [two] North Korean soldiers were in Ukrainian custody.',
      want: { attribution: { side: 'kr', text: 'Lee Seong-kweun of the ruling party' } },
    },
    {
      text: 'South Korean lawmakers, briefed by the spy agency, said [about 300] North Korean soldiers had been killed.',
      want: { attribution: { side: 'kr', text: 'South Korean lawmakers' } },
    },
    {
      text: 'Ukraine’s military intelligence estimated that [1,200] North Korean troops were wounded.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
    },
    {
      text: 'Kyiv’s military intelligence (HUR) estimates that [4,000] North Korean troops were killed or wounded.',
      want: { attribution: { side: 'ua', text: 'Kyiv’s military intelligence (HUR)' } },
    },
    // An aside between the source and its verb: a prepositional phrase, "as reported by", a participle, a dashed clause.
    {
      text: 'The NIS, in a report to parliament seen by Yonhap, said [about 2,000] North Korean soldiers had been wounded.',
      want: { attribution: { side: 'kr', text: 'The NIS' } },
    },
    {
      text: 'Ukraine’s military intelligence, as reported by Reuters, estimated that [4,500] North Korean soldiers had been killed or wounded.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s military intelligence' } },
    },
    {
      text: 'The Pentagon, responding to questions from reporters, said [some 1,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'us', text: 'The Pentagon' } },
    },
    {
      text: 'The NIS, by contrast, told lawmakers that [3,000] North Korean soldiers had been killed or wounded.',
      want: { attribution: { side: 'kr', text: 'The NIS' } },
    },
    // A refusal turned by "but": the sentence's subject speaks.
    {
      text: 'The NIS declined to give a figure for the wounded but said North Korea had sent [about 15,000] troops in all.',
      want: { attribution: { side: 'kr', text: 'The NIS' } },
    },
    {
      text: 'Seoul’s spy agency - which has tracked the deployment since October - believes [around 3,000] North Korean troops were sent.',
      want: { attribution: { side: 'kr', text: 'Seoul’s spy agency' } },
    },
    // A proper name with "for the" or "of the" inside it.
    {
      text: 'Analysts at the Institute for the Study of War said [as many as 3,000] North Korean soldiers may have been killed.',
      want: { attribution: { side: 'other', text: 'the Institute for the Study of War' } },
    },
    // The verb of the clause before is no part of the subject.
    {
      text: 'A person familiar with the assessment said Pentagon analysts put the toll at [about 1,500] North Korean dead.',
      want: { attribution: { side: 'us', text: 'Pentagon analysts' } },
    },
    {
      text: 'Zelensky’s office issued a statement. The statement, signed by its chief, put North Korean losses at [5,000].',
      want: { attribution: { side: 'ua', text: 'The statement' } },
    },
    // A name in apposition after who they are.
    {
      text: 'The head of Ukraine’s military intelligence, Kyrylo Budanov, said that North Korean losses exceeded [4,000].',
      want: { attribution: { side: 'ua', text: 'Kyrylo Budanov' } },
    },
    {
      text: "The Pentagon's spokesman, Maj. Gen. Pat Ryder, told reporters that [10,000 to 12,000] North Korean troops were in Kursk.",
      want: { attribution: { side: 'us', text: 'Maj. Gen. Pat Ryder' } },
    },
    {
      text: 'A spokesman for the South Korean military, Col. Lee Sung-jun, said [some 2,000] North Korean soldiers had been wounded.',
      want: { attribution: { side: 'kr', text: 'Col. Lee Sung-jun' } },
    },
    // An envoy's posting is no part of their side.
    {
      text: 'Ukraine’s ambassador to South Korea said [3,000] North Korean soldiers had been killed.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s ambassador to South Korea' } },
    },
    // Who was asked speaks, not who asked.
    {
      text: 'A Ukrainian drone operator interviewed by the BBC said his unit had killed [15] North Korean soldiers.',
      want: { attribution: { side: 'ua', text: 'A Ukrainian drone operator' } },
    },
    // A pronoun is the whole subject: the time before it is no part of it.
    {
      text: 'Zelensky has put the toll higher. In a post on X last month he said that [nearly 4,000] North Korean soldiers were killed.',
      want: { attribution: { side: 'ua', text: 'he' } },
    },
    // A live blog's clock time is no part of the speaker.
    {
      text: '10:42 Ukraine’s special forces say a drone strike killed [17] North Korean soldiers.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s special forces' } },
    },
    {
      text: '10.42 Ukraine’s special forces say a drone strike killed [17] North Korean soldiers.',
      want: { attribution: { side: 'ua', text: 'Ukraine’s special forces' } },
    },
  ],
  'genre-label': [
    { text: 'Opinion: If Pyongyang sends [30,000] more troops, Ukraine’s allies must respond', want: { attribution: null } },
    { text: 'Analysis: North Korea has lost [1,000] soldiers in Kursk', want: { attribution: null } },
    // Who asks, in a transcript or an interview, is no source.
    { text: 'REPORTER: Is it true that [4,000] North Korean soldiers have died?', want: { attribution: null } },
    { text: 'Answer: [About 11,000] North Korean troops are in Kursk.', want: { attribution: null } },
    { text: 'Russia-Ukraine war live: North Korea has lost [1,000] soldiers in Kursk', want: { attribution: null } },
    { text: 'Live updates: Ukraine captures [two] North Korean soldiers', want: { attribution: { side: 'ua', text: 'Ukraine' } } },
    { text: 'Key takeaway: Russia is likely to deploy an additional [1,500] North Korean troops', want: { attribution: null } },
    { text: 'Photo caption: [About 300] North Korean soldiers have been killed in Kursk', want: { attribution: null } },
  ],
  'negated-speech': [
    {
      text: 'According to Western estimates, which Moscow has not confirmed, [more than 14,000] North Korean servicemen have served in Kursk.',
      want: { attribution: { side: 'other', text: 'Western' } },
    },
    {
      text: 'Moscow has never confirmed that [about 11,000] North Korean troops are in Kursk.',
      want: { attribution: null },
    },
  ],
  'troops-speak-not': [
    {
      text: 'Captured North Korean soldiers told interrogators that [3,000] North Korean troops had been killed.',
      want: { attribution: null },
    },
  ],
};

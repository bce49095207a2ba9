// Attribution stage: the rules that read beyond a cue's own phrase (their
// logic in ./attribute.ts and the fact box reader of ../extract-claims.ts;
// their cases in ./context-cases.ts).

import type { RuleInfo } from '../rule';
import { CONTEXT_CASES } from './context-cases';

const rule = (id: string, summary: string): RuleInfo => ({ id, stage: 'attribution', summary, cases: CONTEXT_CASES[id] ?? [] });

/** The ways a source is read for a figure, in the order they are tried. */
export const CONTEXT_RULES: readonly RuleInfo[] = [
  rule(
    'pronoun-reported-speaker',
    '"The SBU said it had identified 47 ...": a pronoun right after a speaker\'s verb is that speaker (not the one of the sentences before)',
  ),
  rule('pronoun-possessor', '"Zelensky’s remarks come after he said ...": "he" is the possessor named in the same sentence'),
  rule(
    'possessive-clause-owner',
    '"the Pentagon has stuck to its figure of 1,000": a possessive before an estimate is the side its own clause names first',
  ),
  rule(
    'possessive-own-speaker',
    '"The agency estimated in its February assessment that ...": a possessive whose clause names no side is the speaker of its own clause (not the last speaker before)',
  ),
  rule(
    'pronoun-main-subject',
    '"X said that North Korea’s KCNA had confirmed it. It claimed ...": a pronoun opening its sentence is the speaker that is the main subject of the sentence before, not a speaker inside what it reported',
  ),
  rule('pronoun-last-speaker', '"He added that ...": "he" is the last named speaker of the six sentences before'),
  rule(
    'quoted-speaks-not',
    'for "he": a cue inside a quotation before is what was said, not a speaker (\'"Kyiv counts what it can claim."\')',
  ),
  rule(
    'speaker-as-subject',
    'for "he": a sentence before where no one speaks names the speaker as its subject ("Zelensky has spoken often ...")',
  ),
  rule(
    'subject-after-opening',
    'for "it": a sentence before that opens on an adverbial ("In a briefing on Monday, South Korea’s spy agency gave new details") names the speaker as the subject after its comma',
  ),
  rule(
    'speaker-with-place',
    'for "they": a sentence before whose subject is a group named by role and place ("Officials in Kyiv met reporters") names the speakers by the place',
  ),
  rule(
    'introduced-speaker',
    'for "he": a person a sentence before introduces by name and apposition ("Kim Min-seok, a researcher at ..., is sceptical") is the speaker, whatever their side',
  ),
  rule('possessor-speaks-for', '"His chief of staff said", "its spokesman said": the side of the one "his" or "its" stands for'),
  rule('state-media', '"..., state media reported": the state whose leader or capital acts in the sentence (North Korea or Russia)'),
  rule('document-of-speaker', '"The statement said ...": the document of the last named speaker'),
  rule('quote-continued-after', 'a quote with no speaker: the speaker named early in the short sentence after it'),
  rule(
    'next-names-source',
    '"This was stated by X.", "That’s according to X.", "The estimate comes from X.": a next sentence that only names the source',
  ),
  rule('broken-line', 'a line that stops mid-sentence: its source may stand on one of the next three lines'),
  rule('quote-introduced-before', 'a quote going on from the sentence before, or introduced by "X said:": that sentence’s speaker'),
  rule(
    'it-continues-report',
    '"X reported that a battalion joins the brigade. It is made up of 2,000 ...": a sentence opening on "It" goes on with the report before',
  ),
  rule(
    'passive-report-continues',
    '"Seoul put the dead at 600. The number of wounded is given as 4,100.": a count given in the passive, no one named, goes on with the report before',
  ),
  rule('part-keeps-source', '"Of those, about 600 ...": a part of the figure before keeps its source'),
  rule('partitive-keeps-source', '"Some 600 of them ...": the figure that counted "them" lends its source'),
  rule('captor-reports', 'no one speaks: the side that captured or killed them reports it ("Ukraine captures two ...")'),
  rule('fact-box-source', '"Deployed: 11,000 (NIS estimate)": the source in a fact box line’s parenthesis'),
  rule(
    'fact-box-list',
    '"Casualties: 3,000+ (Ukraine), 1,100 (South Korea)": each figure of a fact box line’s list, with its own source, under the one label',
  ),
  rule(
    'fact-line-cue',
    '"Deployed: 11,000, according to the NIS": a fact box line with no parenthesised source is read for cues like a sentence',
  ),
  rule(
    'fact-box-source-line',
    '"Source: South Korea’s NIS" below a fact box line, in the same box (no blank line between): the source of its figures',
  ),
];

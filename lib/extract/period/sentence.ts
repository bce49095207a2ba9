// Period stage: when a figure applies, from the time words of its sentence,
// resolved against the article's publication date.

import { MONTHS } from '../lexicon';
import { DATED_SPEECH_VERBS, DATED_SPEECH_WITH_OBJECT } from '../lexicon/speech';
import { noteRule } from '../notes';
import { type DisabledRules, ruleOn } from '../rule';
import { pad, parsePublished, shiftDays } from './dates';

/** Cheap pre-check: does the sentence hold a word that could name a time? */
export const TIME_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b[Ll]ast (?:week|month)\b|\b(?:[Tt]his|[Ee]arlier this) month\b|\b[Yy]esterday\b/;

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
let timeRe: RegExp | undefined;

const EXCLUDING =
  /\b(?:since|until|till)\b[^,;.]{0,30}$|\b(?:from|after|before|arriving|arrived|ratified|signed|launched|began|started|born)\s+(?:in\s+|on\s+)?(?:(?:early|late|mid|last|the end of|the start of)[\s-]+)?$/i;
/** "since they entered combat in December", "since entering combat in December": a since-clause's time opens a span. */
const SINCE_CLAUSE = /\bsince\s+(?:they|it|the\s+\w+|north\s+korean?\s+\w+|\w+ing)\s+(?:\w+\s+){0,3}(?:in|on)\s+$/i;
const GOVERNED = /(?:\b(?:in|by|as of|during|on|early|mid|late|end of|start of|of|through|throughout|last)\s*-?|['’]s\s+)$/i;

/** The verbs of a statement a time dates, one list for SPOKEN and SPEECH_BEFORE_FIGURE (../lexicon/speech.ts). */
const DATED_VERBS = DATED_SPEECH_VERBS.map((w) => (DATED_SPEECH_WITH_OBJECT.includes(w) ? `${w}(?: \\w+)?` : w)).join('|');
/** "said on Monday", "told reporters in": a verb of speech right before a time, which then dates the statement (built from the lexicon; exported for the ReDoS check). */
export function spokenPattern(): RegExp {
  return new RegExp(
    `\\b(?:${DATED_VERBS})\\s+(?:(?:in (?:his|her|its|an?|the) [\\w ]{1,24}\\s)?on\\s+|in\\s+(?:(?:early|mid|late)[\\s-]+)?|last\\s+)?$`,
  );
}
const SPOKEN = spokenPattern();
/** "in January and February": the months of a span, the later one dates it. */
const MONTH_AND =
  /^\s+(?:and|to|through|until)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const AFTER_MONTH_AND =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|to|through|until)\s+$/;

/** A break between clauses: a comma (not one between digits, "2,700"), a semicolon, a colon or a dash. */
const CLAUSE_BREAK = /[;:—–]|(?<!\d),|,(?!\d)/;

/** Between a figure and a later time: another figure, and its own statement with no comma before it ("... up from the 300 it reported in"). */
function nearerFigureStatement(between: string): boolean {
  const clause = between.slice(Math.max(between.lastIndexOf(','), between.lastIndexOf(';')) + 1);
  return /\d/.test(clause);
}

/** A sentence's opening phrase and a time after its comma: "In its latest briefing, on ". */
const OPENING_TWO_PARTS = /^[\s"“„«»'‘‚(•*·–—-]*(?:In|At|During|After|Following)\s(?:[A-Za-z]+[\s-]+){0,5}[A-Za-z]+,\s+(?:on|in|at)\s+$/;

/** "a December estimate", "the January report", "its February briefing": a month as a report's attribute is governed by its determiner. */
const DETERMINER_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:(?:early|mid|late)[\s-]+)?$/;
const REPORT_NOUN_AFTER =
  /^\s+(?:intelligence\s+)?(?:estimates?|assessments?|reports?|briefings?|figures?|counts?|tally|tallies|statements?|updates?|analysis|surveys?|numbers?)\b/;

/** A clause's verb of speech, up to the first figure ("the NIS announced that 300 ..."). */
/** Built from the lexicon; exported for the ReDoS check. */
export function speechBeforeFigurePattern(): RegExp {
  return new RegExp(`^[^\\d;:]{0,80}?\\b(?:${DATED_SPEECH_VERBS.join('|')})\\b`);
}
const SPEECH_BEFORE_FIGURE = speechBeforeFigurePattern();

/**
 * "Last month, the NIS announced that ...", "Yesterday, Zelensky said ...": a
 * relative time opening the sentence before a clause of speech dates the
 * statement, not what it reports.
 */
function openingStatement(sentence: string, index: number, end: number): boolean {
  return (
    /^[\s"“„«»'‘‚(•*·–—-]*(?:[Ee]arlier |[Ll]ate |[Ee]arly )?$/.test(sentence.slice(0, index)) &&
    /^\s*,/.test(sentence.slice(end)) &&
    SPEECH_BEFORE_FIGURE.test(sentence.slice(end + 1))
  );
}

/** Words that put a sentence in the future ("will", "expected to", "plans"). */
const FUTURE_RE =
  /\b(?:will|would|shall|expected|expects|expect|plans?|planned|planning|due|scheduled|set to|intends?|going to|could)\b|['’]ll\b/i;

/** The time expressions `periodOf` reads (built once; exported for the ReDoS check). */
export function timePattern(): RegExp {
  return (timeRe ??= new RegExp(
    `\\b(?:(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4})\\b)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})(?:,?\\s+(\\d{4})\\b)?|([Ll]ast|[Tt]his|[Ee]arlier this|[Pp]ast)\\s+(week|month)\\b|([Yy]esterday)\\b)`,
    'g',
  ));
}

/**
 * The period a sentence gives its figure at [`at`, `atEnd`) (offsets within the
 * sentence): "YYYY-MM" or "YYYY-MM-DD", or null when it names no time that
 * governs the figure (a weekday dates the statement, not the figure: the
 * publication date stands for it). Months without a year resolve to their
 * latest occurrence not after `published`. Rules in `disabled` are skipped.
 */
export function periodOf(
  sentence: string,
  at: number,
  published: string | null | undefined,
  atEnd = at,
  hinted?: boolean,
  disabled?: DisabledRules,
): string | null {
  if (!(hinted ?? TIME_HINT.test(sentence))) return null;
  return periodAmong(timesOf(sentence, published, disabled), at, atEnd, disabled);
}

/** A time a sentence names that may date its figures (`timesOf`): where it stands, and what no figure's place changes. */
interface TimeMention {
  /** Its offsets in the sentence. */
  index: number;
  end: number;
  /** The period it gives ("YYYY-MM", "YYYY-MM-DD"). */
  value: string;
  /** The rule that made the value, for a trace (null: a month read as written). */
  rule: string | null;
  /** It stands in the sentence's opening adverbial (or that of a clause "that" opens): it governs across a comma. */
  opening: boolean;
  /** A verb of speech stands right before it ("said on Monday"): the time of a statement (rule 'spoken-time' on). */
  spokenBefore: boolean;
}

/** The times a sentence names, read once for all its figures (`periodAmong` weighs them for each). */
export interface SentenceTimes {
  sentence: string;
  mentions: readonly TimeMention[];
}

/** The times `sentence` names that may date its figures, each resolved against `published`. */
export function timesOf(sentence: string, published: string | null | undefined, disabled?: DisabledRules): SentenceTimes {
  const pub = parsePublished(published);
  const re = timePattern();
  re.lastIndex = 0;
  const mentions: TimeMention[] = [];
  // Whether the sentence is in the future, read once (when a month ahead of publication asks).
  let future: boolean | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    // "since October, when about 1,500 arrived": the when-clause is dated by it.
    const whenAfter =
      ruleOn(disabled, 'when-clause') && /^\s*,\s*when\b/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (
      ruleOn(disabled, 'since-until-excluded') &&
      (EXCLUDING.test(before) || SINCE_CLAUSE.test(sentence.slice(Math.max(0, m.index - 48), m.index))) &&
      !whenAfter
    )
      continue;
    let value: string | null = null;
    let rule: string | null = null;
    const monthWord = m[1] ?? m[5];
    if (monthWord) {
      const month = MONTHS[monthWord.replace('.', '').toLowerCase()];
      const day = m[2] ?? m[4];
      const year = m[3] ?? m[6];
      if (month === undefined) continue;
      // A bare month needs a governing word ("in October", "by December"); "May" the verb has none.
      if (
        !day &&
        !year &&
        ruleOn(disabled, 'bare-month-governed') &&
        !GOVERNED.test(before) &&
        !(DETERMINER_BEFORE.test(before) && REPORT_NOUN_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 24))) &&
        !AFTER_MONTH_AND.test(before) &&
        !(whenAfter && /\bsince\s+$/.test(before))
      )
        continue;
      // "in January and February": the later month stands for the span.
      if (
        !day &&
        !year &&
        ruleOn(disabled, 'month-span-later') &&
        MONTH_AND.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 20))
      )
        continue;
      let y: number | null = year ? Number(year) : null;
      if (y === null && pub) {
        const d = day ? Number(day) : 1;
        const ahead = month > pub.m || (month === pub.m && d > pub.d);
        // "expected by December" in October: a deadline still to come is not when the figure applies
        // (the publication date stands for it), and never last year's December.
        if (ahead && ruleOn(disabled, 'deadline-ahead') && (future ??= FUTURE_RE.test(sentence))) continue;
        y = ahead && ruleOn(disabled, 'month-before-publication') ? pub.y - 1 : pub.y;
        if (y < pub.y) rule = 'month-before-publication';
      }
      if (y === null) continue;
      value = day ? `${y}-${pad(month)}-${pad(Number(day))}` : `${y}-${pad(month)}`;
    } else if (m[7] && m[8] && pub) {
      const rel = m[7].toLowerCase();
      if (m[8] === 'month') {
        if (!ruleOn(disabled, 'last-or-this-month')) value = null;
        else if (rel === 'last' || rel === 'past') {
          value = pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}`;
          // "in the past month": a span up to publication, which the publication date stands for.
          // ("in the last month" as well: a span, not the month before.)
          if ((rel === 'past' || /\bthe\s+$/i.test(before)) && ruleOn(disabled, 'past-month-is-a-span')) value = null;
        } else value = `${pub.y}-${pad(pub.m)}`;
        rule = 'last-or-this-month';
      } else if (rel === 'last' && ruleOn(disabled, 'last-week')) {
        // "in the last week": a span up to publication, as "in the past week" is.
        value = /\bthe\s+$/i.test(before) && ruleOn(disabled, 'past-month-is-a-span') ? null : shiftDays(pub, -7);
        rule = 'last-week';
      }
    } else if (m[9] && pub && ruleOn(disabled, 'yesterday')) {
      value = shiftDays(pub, -1);
      rule = 'yesterday';
    }
    if (!value) continue;
    // "intelligence reported last week that ...", "said yesterday": a relative time dates the statement,
    // days before publication, and the publication date stands for the figures it gives.
    // ("Last month, the NIS announced that ...": a relative time opening a sentence of speech, a month as well;
    // but "The NIS had said last month that ..." dates what it said then.)
    const endAt = m.index + m[0].length;
    if (
      (m[8] !== undefined || m[9] !== undefined) &&
      ruleOn(disabled, 'relative-statement-time') &&
      ((m[8] !== 'month' && SPOKEN.test(sentence.slice(Math.max(0, m.index - 40), m.index))) || openingStatement(sentence, m.index, endAt))
    )
      continue;
    // Only a time that governs the figure's clause: the sentence's opening
    // adverbial, or one with no comma between it and the figure (`periodAmong`).
    // ... or of the clause a source's "that" opens ("The agency said that, as of the end of March, ...").
    // (A clause after a semicolon opens as a sentence does: "...; by March, Kyiv said ...".)
    const opening =
      ruleOn(disabled, 'opening-adverbial') &&
      (/^[\s"“„«»'‘‚(•*·–—-]*(?:[A-Za-z]+\.?[\s-]+){0,5}$/.test(sentence.slice(sentence.lastIndexOf(';', m.index) + 1, m.index)) ||
        // ("In its latest briefing, on Sept. 4, ...": an opening phrase in two parts.)
        OPENING_TWO_PARTS.test(sentence.slice(0, m.index)) ||
        /\bthat\s*,\s*(?:[A-Za-z]+\.?[\s-]+){0,5}$/.test(sentence.slice(Math.max(0, m.index - 60), m.index))) &&
      // ("According to a December 2024 NIS estimate, ...": a source's name may stand between the time and the comma.)
      /^(?:\s+[a-z]+){0,2}\s*,|^\s+\p{Lu}[\p{L}.]*(?:\s+[a-z]+)?\s*,/u.test(sentence.slice(endAt, endAt + 40));
    // "X said (on) Monday", "told reporters on Friday": the time of the statement, for every figure it gives.
    const spokenBefore = ruleOn(disabled, 'spoken-time') && SPOKEN.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    mentions.push({ index: m.index, end: endAt, value, rule, opening, spokenBefore });
  }
  return { sentence, mentions };
}

/**
 * The period of the figure at [`at`, `atEnd`) of a sentence, among the times
 * it names (`timesOf`): the nearest that governs the figure's clause, or null.
 */
export function periodAmong(times: SentenceTimes, at: number, atEnd = at, disabled?: DisabledRules): string | null {
  const { sentence } = times;
  let best: { dist: number; value: string; rule: string | null; gov: string | null } | null = null;
  for (const t of times.mentions) {
    const between = t.index < at ? sentence.slice(t.end, at) : sentence.slice(atEnd, t.index);
    // ("some 600 deaths, up from the 300 it reported in January": a statement after another figure is that figure's.)
    // (Not across a semicolon: the clause after it has a statement of its own.)
    const spoken = t.spokenBefore && !between.includes(';') && !(t.index > at && nearerFigureStatement(between));
    // "in December, when the agency said about 100 ..." governs the when-clause.
    const whenClause = ruleOn(disabled, 'when-clause') && t.index < at && /^\s*,\s*when\b/.test(between);
    const bounded = CLAUSE_BREAK.test(between) || between.length > 160;
    if (ruleOn(disabled, 'comma-bounds-time') && !t.opening && !whenClause && !spoken && bounded) continue;
    const dist = Math.abs(t.index - at);
    if (!best || dist < best.dist) {
      // Across a comma: the exemption that let the time govern.
      const gov = !bounded ? null : t.opening ? 'opening-adverbial' : whenClause ? 'when-clause' : spoken ? 'spoken-time' : null;
      best = { dist, value: t.value, rule: t.rule, gov };
    }
  }
  if (best?.rule) noteRule(best.rule);
  if (best?.gov) noteRule(best.gov);
  return best?.value ?? null;
}

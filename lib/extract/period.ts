// When a figure applies, from the time words of its sentence, resolved
// against the article's publication date.

import type { LineStarts } from '../text/lines';
import { MONTHS } from './lexicon';

/** Cheap pre-check: does the sentence hold a word that could name a time? */
export const TIME_HINT =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\blast (?:week|month)\b|\b(?:this|earlier this) month\b|\byesterday\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
let timeRe: RegExp | undefined;

const EXCLUDING =
  /\b(?:since|until|till)\b[^,;.]{0,30}$|\b(?:from|after|before|arriving|arrived|ratified|signed|launched|began|started|born)\s+(?:in\s+|on\s+)?(?:(?:early|late|mid|last|the end of|the start of)[\s-]+)?$/i;
const GOVERNED = /\b(?:in|by|as of|during|on|early|mid|late|end of|start of|of|through|throughout|last)\s*-?$/i;

const SPOKEN =
  /\b(?:said|says|told(?: \w+)?|announced|estimated|stated|confirmed|reported|wrote|spoke|added|claimed|briefed(?: \w+)?|disclosed|released|published|revealed)\s+(?:(?:in (?:his|her|its|an?|the) [\w ]{1,24}\s)?on\s+|in\s+|last\s+)?$/;
/** "in January and February": the months of a span, the later one dates it. */
const MONTH_AND =
  /^\s+(?:and|to|through|until)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const AFTER_MONTH_AND =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|to|through|until)\s+$/;

/** Words that put a sentence in the future ("will", "expected to", "plans"). */
const FUTURE_RE =
  /\b(?:will|would|shall|expected|expects|expect|plans?|planned|planning|due|scheduled|set to|intends?|going to|could)\b|['’]ll\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

interface Pub {
  y: number;
  m: number;
  d: number;
}

function parsePublished(published: string | null | undefined): Pub | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function shiftDays(p: Pub, days: number): string {
  const t = Date.UTC(p.y, p.m - 1, p.d) + days * 86400000;
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The time expressions `periodOf` reads (built once; exported for the ReDoS check). */
export function timePattern(): RegExp {
  return (timeRe ??= new RegExp(
    `\\b(?:(${MONTH_NAMES})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4})\\b)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})(?:,?\\s+(\\d{4})\\b)?|(last|this|earlier this|past)\\s+(week|month)\\b|(yesterday)\\b|(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)`,
    'g',
  ));
}

/**
 * The period a sentence gives its figure at [`at`, `atEnd`) (offsets within the
 * sentence): "YYYY-MM" or "YYYY-MM-DD", or null when it names no time or
 * only a weekday / "since ..." expression. Months without a year resolve to
 * their latest occurrence not after `published`.
 */
export function periodOf(sentence: string, at: number, published: string | null | undefined, atEnd = at, hinted?: boolean): string | null {
  if (!(hinted ?? TIME_HINT.test(sentence))) return null;
  const pub = parsePublished(published);
  const re = timePattern();
  re.lastIndex = 0;
  let best: { dist: number; value: string } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    const before = sentence.slice(Math.max(0, m.index - 24), m.index);
    // "since October, when about 1,500 arrived": the when-clause is dated by it.
    const whenAfter = /^\s*,\s*when\b/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (EXCLUDING.test(before) && !whenAfter) continue;
    let value: string | null = null;
    const monthWord = m[1] ?? m[5];
    if (monthWord) {
      const month = MONTHS[monthWord.replace('.', '').toLowerCase()];
      const day = m[2] ?? m[4];
      const year = m[3] ?? m[6];
      if (month === undefined) continue;
      // A bare month needs a governing word ("in October", "by December"); "May" the verb has none.
      if (!day && !year && !GOVERNED.test(before) && !AFTER_MONTH_AND.test(before) && !(whenAfter && /\bsince\s+$/.test(before))) continue;
      // "in January and February": the later month stands for the span.
      if (!day && !year && MONTH_AND.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      let y: number | null = year ? Number(year) : null;
      if (y === null && pub) {
        const d = day ? Number(day) : 1;
        const ahead = month > pub.m || (month === pub.m && d > pub.d);
        // "expected by December" in October: a deadline still to come is not when the figure applies
        // (the publication date stands for it), and never last year's December.
        if (ahead && FUTURE_RE.test(sentence)) continue;
        y = ahead ? pub.y - 1 : pub.y;
      }
      if (y === null) continue;
      value = day ? `${y}-${pad(month)}-${pad(Number(day))}` : `${y}-${pad(month)}`;
    } else if (m[7] && m[8] && pub) {
      const rel = m[7];
      if (m[8] === 'month') {
        if (rel === 'last' || rel === 'past') {
          value = pub.m === 1 ? `${pub.y - 1}-12` : `${pub.y}-${pad(pub.m - 1)}`;
          if (rel === 'past') value = null;
        } else value = `${pub.y}-${pad(pub.m)}`;
      } else if (rel === 'last') value = shiftDays(pub, -7);
    } else if (m[9] && pub) {
      value = shiftDays(pub, -1);
    } else if (m[10]) {
      // A weekday ("said on Monday") dates the statement, days from publication:
      // the publication date stands for it, as the gold articles read it.
      continue;
    }
    if (!value) continue;
    // Only a time that governs the figure's clause: the sentence's opening
    // adverbial, or one with no comma between it and the figure.
    const endAt = m.index + m[0].length;
    const opening =
      /^[\s"“„«»'‘‚(•*·–—-]*(?:[A-Za-z]+\.?[\s-]+){0,5}$/.test(sentence.slice(0, m.index)) && /^\s*,/.test(sentence.slice(endAt));
    // "X said (on) Monday", "told reporters on Friday": the time of the statement, for every figure it gives.
    const spoken = SPOKEN.test(sentence.slice(Math.max(0, m.index - 40), m.index));
    const between = m.index < at ? sentence.slice(endAt, at) : sentence.slice(atEnd, m.index);
    // "in December, when the agency said about 100 ..." governs the when-clause.
    const whenClause = m.index < at && /^\s*,\s*when\b/.test(between);
    if (!opening && !whenClause && !spoken && (/[,;:—–]/.test(between) || between.length > 160)) continue;
    const dist = Math.abs(m.index - at);
    if (!best || dist < best.dist) best = { dist, value };
  }
  return best?.value ?? null;
}

let labelRe: RegExp | undefined;
let headRe: RegExp | undefined;

/**
 * A timeline item's date label at a line start (built once; exported for the
 * ReDoS check). Blanks and marks around the list number and the date are read
 * one way only: the marks after a number or from the first "_", then blanks.
 */
export function itemLabelPattern(): RegExp {
  return (labelRe ??=
    /^[\s>*•·–—-]*(?:\d{1,2}[.)]\s+(?:[*_]+\s*)?|_[*_]*\s*)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\s*(?:[*_]+\s*)?(?::|–|—|-(?=\s))/);
}

/** The same label alone on its line (a timeline heading). */
export function itemHeadPattern(): RegExp {
  return (headRe ??= new RegExp(`${itemLabelPattern().source.replace(/\(\?::\|–\|—\|-\(\?=\\s\)\)$/, '')}$`));
}

/**
 * A timeline item's date label at the start of the line holding `pos`
 * ("November 2024:", "**Dec 2024** –", "- 12 January 2025:"): the period of
 * every figure in that item, or null. The label needs its year.
 */
export function itemPeriod(text: string, pos: number, published?: string | null, lines?: LineStarts): string | null {
  // (A caller reading many sentences of one text passes its line starts: no scan back per sentence.)
  const ls = lines ? lines.of(pos) : text.lastIndexOf('\n', pos - 1) + 1;
  // Cheap gate: a label starts with a month, a day or a list marker.
  const c = text.charCodeAt(ls);
  if (
    !(c >= 65 && c <= 90) &&
    !(c >= 48 && c <= 57) &&
    c !== 42 &&
    c !== 45 &&
    c !== 0x2022 &&
    c !== 0x2013 &&
    c !== 0xb7 &&
    c !== 32 &&
    c !== 95
  )
    return null;
  let m = itemLabelPattern().exec(text.slice(ls, ls + 48));
  // A date alone on the line above ("November 2024" as a timeline heading) heads the item.
  if (!m && ls > 1) {
    // Only a short line above: scan back at most 26 characters.
    let ps = ls - 1;
    while (ps > 0 && ls - 1 - ps <= 25 && text.charCodeAt(ps - 1) !== 10) ps--;
    if (ls - 1 - ps <= 24 && (ps === 0 || text.charCodeAt(ps - 1) === 10)) {
      m = itemHeadPattern().exec(text.slice(ps, ls - 1));
      if (m && !m[4]) m = null;
    }
  }
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase()];
  if (month === undefined) return null;
  const day = m[1] ?? m[3];
  let year = m[4] ? Number(m[4]) : null;
  // "Jan 12:" without its year: the latest such day up to publication.
  if (year === null) {
    const pub = parsePublished(published);
    if (!day || !pub) return null;
    year = month < pub.m || (month === pub.m && Number(day) <= pub.d) ? pub.y : pub.y - 1;
  }
  return day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`;
}

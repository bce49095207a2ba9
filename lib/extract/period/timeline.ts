// Period stage: the date label of a timeline item ("November 2024:",
// "**Dec 2024** –", a date alone on the line above) dates every figure of it.

import type { LineStarts } from '../../text/lines';
import { MONTHS } from '../lexicon';
import { type DisabledRules, ruleOn } from '../rule';
import { pad, parsePublished } from './dates';

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
export function itemPeriod(
  text: string,
  pos: number,
  published?: string | null,
  lines?: LineStarts,
  disabled?: DisabledRules,
): string | null {
  if (!ruleOn(disabled, 'timeline-label')) return null;
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
  if (!m && ls > 1 && ruleOn(disabled, 'timeline-heading')) {
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
    if (!day || !pub || !ruleOn(disabled, 'timeline-day-without-year')) return null;
    year = month < pub.m || (month === pub.m && Number(day) <= pub.d) ? pub.y : pub.y - 1;
  }
  return day ? `${year}-${pad(month)}-${pad(Number(day))}` : `${year}-${pad(month)}`;
}

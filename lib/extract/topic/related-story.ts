// Topic stage: a link to another story ("READ MORE: North Korea sent 3,000
// more troops, Seoul says") is that story's headline, of another day: its
// figures are not this article's.

import { lineStartOf } from '../../text/sentences';
import type { RuleInfo } from '../rule';

export const RELATED_STORY: RuleInfo = {
  id: 'related-story',
  stage: 'topic',
  summary:
    'a line opening on "Read more:", "Related:", "See also:", or an item of a list under "Most read", is another story\'s headline: its figures are not the article\'s',
  cases: [
    {
      text: 'Kim visited wounded soldiers in Pyongyang, state media said.\nREAD MORE: North Korea sent [3,000] more troops to Russia, Seoul says\nSouth Korea says 4,700 North Korean soldiers were killed or wounded.',
      want: null,
    },
    {
      text: 'Related: Ukraine says [4,000] North Koreans killed or wounded\nSouth Korea says 4,700 North Korean soldiers were killed or wounded.',
      want: null,
    },
    {
      text: 'South Korea says 4,700 North Korean soldiers were killed or wounded.\nMost read\n1. Russia loses 1,500 troops in a day, Kyiv says\n2. [12,000] North Korean troops in Kursk: what we know',
      want: null,
    },
    {
      text: 'Kim visited wounded soldiers in Pyongyang.\nSouth Korea says [4,700] North Korean soldiers were killed or wounded.',
      want: { metric: 'casualties', low: 4700 },
    },
  ],
};

/** A heading over a list of links to other stories ("Most read", "Read also:"), alone on its line. */
const RELATED_HEADING_RE =
  /^(?:Most read(?: news)?|Most popular|Most viewed|Trending(?: now)?|Top stories|More stories|Latest news|Read more|Read also|Also read|See also|Related(?: stories| articles| news)?|Recommended(?: for you)?|More from \w+(?: \w+){0,3}):?$/i;
/** A line of such a list: short, and no full stop at its end (a headline). */
const LIST_LINE_MAX = 160;
/** What may stand before a list item's text on its line. */
const LIST_MARK_RE = /^(?:\d{1,2}[.)]|[-•*·–])?$/;
/** Lines looked back over for the heading. */
const LIST_LINES_BACK = 10;

/**
 * The line at `start` (to `end`) is an item of a list of other stories: a
 * heading such as "Most read" stands above it, with only such short lines between.
 */
export function listedUnderRelatedHeading(text: string, start: number, end: number): boolean {
  if (end - start > LIST_LINE_MAX || endsOnStop(text, Math.max(start, end - 3), end)) return false;
  // (The sentence opens its line, past a list mark: "2. ", "- ": a line break at most 6 characters before it,
  // looked for there only, not back through a paragraph.)
  let lineEnd = start - 1;
  while (lineEnd >= 0 && start - lineEnd <= 6 && text.charCodeAt(lineEnd) !== 10) lineEnd--;
  if (lineEnd < 0 || start - lineEnd > 6 || !LIST_MARK_RE.test(text.slice(lineEnd + 1, start).trim())) return false;
  for (let n = 0; n < LIST_LINES_BACK && lineEnd > 0; n++) {
    // (From the line breaks the sentence finder has already listed: the line above is mostly a paragraph,
    // which a search back for its start, lastIndexOf, would read through.)
    const lineStart = lineStartOf(text, lineEnd);
    const t = text.slice(lineStart, lineEnd).trim();
    if (RELATED_HEADING_RE.test(t)) return true;
    if (t.length > LIST_LINE_MAX || /[.!?]["”’)]?$/.test(t)) return false;
    lineEnd = lineStart - 1;
  }
  return false;
}

/** What the regex class \s matches. */
const isRegexSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isStop = (c: number) => c === 46 || c === 33 || c === 63;

/**
 * Whether text[from, end) ends on a full stop, '!' or '?', maybe closed by one
 * quote or bracket, then blanks: /[.!?]["”’)]?\s*$/ on it, read by char code
 * (asked of every sentence holding a figure; most end so, and need no slice).
 */
export function endsOnStop(text: string, from: number, end: number): boolean {
  let k = end;
  while (k > from && isRegexSpace(text.charCodeAt(k - 1))) k--;
  if (k === from) return false;
  const c = text.charCodeAt(k - 1);
  if (isStop(c)) return true;
  return (c === 34 || c === 0x201d || c === 0x2019 || c === 41) && k - 1 > from && isStop(text.charCodeAt(k - 2));
}

/** A sentence that opens on a label linking another story. */
const RELATED_LABEL_RE =
  /^(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|RELATED|Related(?: story| article)?|SEE ALSO|See also|MORE ON THIS|More on this|RECOMMENDED|Recommended)\s*[:|–—]/;

/** The sentence text `s` is a link to another story. */
export const isRelatedStory = (s: string): boolean => RELATED_LABEL_RE.test(s);

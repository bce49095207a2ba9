// Attribution stage: a transcript's speaker labelled by role alone
// ("SPOKESPERSON:", "The Minister:", "DEPUTY SPOKESMAN:") speaks for the
// host the transcript's heading names ("Transcript: press briefing,
// Ministry of Defence of Ukraine"), when the heading names one side.

import type { Attribution } from '../../types';
import { ROLE_GROUPS } from '../lexicon';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';
import type { AttributionCtx } from './attribute';
import { sideIn } from './sides';

/** A heading that names a transcript or a briefing. */
const TRANSCRIPT_RE = /\b(?:transcript|briefing|press conference|news conference|press availability)\b/i;
/** Words a role label may hold besides its role nouns ("PRESS SECRETARY", "the deputy spokesman"). */
const ROLE_FILLERS = new Set(['the', 'press', 'secretary', 'deputy', 'senior', 'chief', 'defence', 'defense', 'foreign']);
/** How far into the text its heading may run. */
const HEADING_CHARS = 300;

/** The host of the text under way (its side memo is made once per extraction). */
let cache: { memo: object; host: Attribution['side'] | null } | null = null;

/**
 * The side a speaker labelled by role alone (`phrase`) speaks for: the one
 * side the transcript's heading (its lines before the first blank line, in
 * its first HEADING_CHARS characters) names; null when the phrase is more
 * than a role, or the text has no such heading.
 */
export function transcriptHost(ctx: AttributionCtx, phrase: readonly Token[]): Attribution['side'] | null {
  if (phrase.length === 0 || phrase.length > 3 || !phrase.some((t) => ROLE_GROUPS[t.w] !== undefined || t.w === 'secretary')) return null;
  if (!phrase.every((t) => ROLE_GROUPS[t.w] !== undefined || ROLE_FILLERS.has(t.w))) return null;
  if (cache?.memo !== ctx.memo) cache = { memo: ctx.memo, host: headingHost(ctx.text) };
  return cache.host;
}

/** The one side a transcript's heading names, or null. */
function headingHost(text: string): Attribution['side'] | null {
  const blank = text.slice(0, HEADING_CHARS).search(/\n\s*\n/);
  const heading = text.slice(0, blank < 0 ? Math.min(text.length, HEADING_CHARS) : blank);
  if (!TRANSCRIPT_RE.test(heading)) return null;
  const side = sideIn(heading);
  return side && side.side !== 'other' ? side.side : null;
}

export const TRANSCRIPT_HOST: RuleInfo = {
  id: 'transcript-host',
  stage: 'attribution',
  summary:
    '"SPOKESPERSON: ... about 300 ..." under "Transcript: press briefing, Ministry of Defence of Ukraine": a speaker labelled by role alone speaks for the host the heading names',
  cases: [
    {
      text: 'Transcript: press briefing, Ministry of Defence of Ukraine, 14 January\n\nSPOKESPERSON: Over the past week, our forces killed [about 300] North Korean soldiers.',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'SPOKESPERSON' } },
    },
    {
      text: 'Press briefing by the Pentagon press secretary\n\nPRESS SECRETARY: We assess that [about 11,000] North Korean troops are in Kursk.',
      want: { metric: 'deployed', attribution: { side: 'us', text: 'PRESS SECRETARY' } },
    },
    // A heading that is no transcript's names no host.
    {
      text: 'Ukraine says its forces are holding in Kursk\n\nSPOKESPERSON: Over the past week, our forces killed [about 300] North Korean soldiers.',
      want: { metric: 'killed', attribution: { side: 'other', text: 'SPOKESPERSON' } },
    },
  ],
};

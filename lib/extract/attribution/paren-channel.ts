// Attribution stage: what a source parenthesis may hold after its source
// besides a time: the channel the source spoke through ("(HUR, via
// Telegram)", "(Zelensky, in his nightly address)", "(NIS briefing to
// lawmakers, April)"), which names no one and dates nothing; and a year alone
// ("(NIS, 2025)"), which dates nothing either (`period` has no year-only form)
// and is no count of troops.

import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';

/** Prepositions that open a channel ("via Telegram", "on X", "in a statement", "at a briefing"), and the words that open what a source cites ("citing the NIS"). */
export const CHANNEL_PREPS: ReadonlySet<string> = new Set(['via', 'on', 'in', 'at', 'through', 'during', 'citing', 'quoting']);
/** Words that open what the source cites: the one cited ("(Yonhap, citing the NIS)"), or the evidence ("citing intercepts"). */
const CITING = new Set(['citing', 'quoting']);

/** Nouns of the ways a source makes a figure public: platforms, statements, briefings. */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'telegram',
  'x',
  'twitter',
  'facebook',
  'youtube',
  'instagram',
  'tiktok',
  'vk',
  'website',
  'channel',
  'statement',
  'briefing',
  'report',
  'interview',
  'address',
  'post',
  'broadcast',
  'conference',
  'tv',
  'television',
  'radio',
  'speech',
  'remarks',
  'release',
  'bulletin',
  'update',
  'hearing',
  'session',
  'parliament',
  'lawmakers',
  'reporters',
  'journalists',
  'media',
]);

/** Words a channel may hold besides its nouns ("in his nightly video address", "to lawmakers", "a closed-door briefing"). */
const CHANNEL_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'to',
  'with',
  'of',
  'for',
  'nightly',
  'evening',
  'daily',
  'weekly',
  'video',
  'televised',
  'written',
  'official',
  'closed-door',
  'closed',
  'door',
  '-',
  'press',
  'parliamentary',
  'news',
  'own',
  'social',
  "'s",
]);

/** Whether `w` may stand in a source's name as the channel it spoke through ("NIS briefing", "HUR statement"). */
export const isChannelNoun = (w: string): boolean => CHANNEL_NOUNS.has(w);

/**
 * Whether the tokens `seg` (one comma-separated segment of a parenthesis,
 * after its source) name only a channel: a preposition or a channel word
 * first, channel nouns, their fillers and names ("National Assembly"), at
 * least one channel noun, no figure.
 */
export function isChannel(seg: readonly Token[]): boolean {
  const first = seg[0];
  // A relay: "via Yonhap", "via the Kyiv Independent".
  if (first?.w === 'via' && seg.length > 1 && seg.length <= 6 && seg.slice(1).every((t) => t.fig < 0 && (t.startsUpper() || t.w === 'the')))
    return true;
  if (!first || !(CHANNEL_PREPS.has(first.w) || CHANNEL_FILLERS.has(first.w) || CHANNEL_NOUNS.has(first.w))) return false;
  let noun = false;
  for (let n = CHANNEL_PREPS.has(first.w) ? 1 : 0; n < seg.length; n++) {
    const t = seg[n]!;
    if (t.fig >= 0) return false;
    if (CHANNEL_NOUNS.has(t.w)) noun = true;
    else if (!CHANNEL_FILLERS.has(t.w) && !t.startsUpper()) return false;
  }
  return noun;
}

export const SOURCE_PAREN_CHANNEL: RuleInfo = {
  id: 'source-paren-channel',
  stage: 'attribution',
  summary:
    '"1,500 killed (HUR, via Telegram)", "(Zelensky, in his nightly address)": the channel a source spoke through, after its name in a source parenthesis, is read past',
  cases: [
    {
      text: 'North Korea has lost about [1,500] soldiers killed in the Kursk region (HUR, via Telegram).',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'HUR' } },
    },
    {
      text: 'North Korean losses so far: [1,200] dead (HUR via Telegram), 600 dead (NIS).',
      want: { metric: 'killed', attribution: { side: 'ua', text: 'HUR' } },
    },
    {
      text: 'North Korea has sent [about 11,000] troops to Russia (NIS via Yonhap).',
      want: { metric: 'deployed', attribution: { side: 'kr', text: 'NIS' } },
    },
    {
      text: 'Some [3,000] North Korean soldiers have been wounded (Zelensky, in his nightly video address, January).',
      published: '2025-03-01',
      want: { metric: 'wounded', attribution: { side: 'ua', text: 'Zelensky' }, period: '2025-01' },
    },
    {
      text: 'About [2,000] North Korean soldiers were killed (NIS, in a closed-door briefing to lawmakers).',
      want: { metric: 'killed', attribution: { side: 'kr', text: 'NIS' } },
    },
    // A place is no channel: the parenthesis is not a source's.
    {
      text: 'About [2,000] North Korean soldiers were killed (NIS, in Kursk and Belgorod).',
      want: { metric: 'killed', attribution: null },
    },
  ],
};

export const SOURCE_PAREN_YEAR: RuleInfo = {
  id: 'source-paren-year',
  stage: 'attribution',
  summary:
    '"600 wounded (NIS, 2025)", "(Reuters, citing two US officials)": a number in a source parenthesis that was read past is its time or its sources, no count (and a year alone dates nothing)',
  cases: [
    {
      text: 'North Korean losses: 1,200 killed (HUR), 600 wounded (NIS, [2025]).',
      want: null,
    },
    {
      text: 'North Korean losses: 1,200 killed (HUR), [600] wounded (NIS, 2025).',
      want: { metric: 'wounded', attribution: { side: 'kr', text: 'NIS' }, period: null },
    },
    {
      text: 'Wounded North Korean soldiers: 600 (NIS, April [2025]), 1,800 (HUR).',
      want: null,
    },
    {
      text: 'Some 3,000 North Korean soldiers have been killed (Reuters, citing [two] US officials).',
      want: null,
    },
  ],
};

/**
 * What a segment of a source parenthesis that opens on "citing" or "quoting"
 * cites (the tokens after it: "two US officials"), or null when it opens
 * otherwise; up to 10 tokens.
 */
export function citedIn(seg: readonly Token[]): readonly Token[] | null {
  if (!CITING.has(seg[0]?.w ?? '') || seg.length < 2 || seg.length > 11) return null;
  return seg.slice(1);
}

export const SOURCE_PAREN_CITED: RuleInfo = {
  id: 'source-paren-cited',
  stage: 'attribution',
  summary:
    '"(Yonhap, citing the NIS)": the one a source parenthesis cites is the figure’s source when it names a side; what names none ("citing intercepts") is read past',
  cases: [
    {
      text: 'North Korea has sent [about 11,000] troops to Russia (Yonhap, citing the NIS).',
      want: { metric: 'deployed', attribution: { side: 'kr', text: 'the NIS' } },
    },
    {
      text: 'North Korean casualties have reached [about 4,000] (HUR, citing intercepted radio traffic).',
      want: { metric: 'casualties', attribution: { side: 'ua', text: 'HUR' } },
    },
    {
      text: 'Some [3,000] North Korean soldiers have been killed (Reuters citing two US officials, January).',
      published: '2025-03-01',
      want: { metric: 'killed', attribution: { side: 'us', text: 'two US officials' }, period: '2025-01' },
    },
  ],
};

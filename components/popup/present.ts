// Small pure helpers the popup's views share.
import { verdictOf } from '../../lib/compare/compare-figures';
import { safeHttpUrl } from '../../lib/present/verdict-words';
import type { ComparedFigure, JudgedClaim, Verdict } from '../../lib/types';

/** How one other outlet's figure relates to the page's figure: conflicts, differs or agrees. */
export function relationOf(claim: Pick<JudgedClaim, 'low' | 'high'>, other: ComparedFigure): Exclude<Verdict, 'unique'> {
  const v = verdictOf(claim, [other]);
  return v === 'unique' ? 'agrees' : v;
}

/** `text` without a word cut at its end (the cut falls after the last whole word). */
export function cutToWordEnd(text: string): string {
  const at = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'));
  return at > 0 ? text.slice(0, at) : text;
}

/** `text` without a word cut at its start. */
export function cutToWordStart(text: string): string {
  const at = text.indexOf(' ');
  return at >= 0 && at + 1 < text.length ? text.slice(at + 1) : text;
}

/**
 * The sentence split around its figure, clipped to about `max` characters around it
 * ("…" marks a cut). `figure` is '' when the sentence does not contain it.
 */
export function clipSentence(sentence: string, figure: string, max = 260): { before: string; figure: string; after: string } {
  const at = figure ? sentence.indexOf(figure) : -1;
  if (at === -1) {
    return { before: sentence.length > max ? `${cutToWordEnd(sentence.slice(0, max)).trimEnd()}…` : sentence, figure: '', after: '' };
  }
  let before = sentence.slice(0, at);
  let after = sentence.slice(at + figure.length);
  const room = Math.max(40, max - figure.length);
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    const keepBefore = Math.min(before.length, Math.max(half, room - after.length));
    const keepAfter = Math.min(after.length, room - keepBefore);
    if (keepBefore < before.length) before = `…${cutToWordStart(before.slice(before.length - keepBefore)).trimStart()}`;
    if (keepAfter < after.length) after = `${cutToWordEnd(after.slice(0, keepAfter)).trimEnd()}…`;
  }
  return { before, figure, after };
}

export interface SourceSummary {
  outlet: string;
  /** Distinct publication dates, oldest first. */
  dates: string[];
  /** Distinct articles (http(s) only) with their titles. */
  articles: { url: string; title: string }[];
  agrees: number;
  differs: number;
  conflicts: number;
  disputed: number;
  outdated: number;
}

/** The outlets the page's figures were compared with, the ones with the most conflicts first. */
export function summariseSources(claims: JudgedClaim[]): SourceSummary[] {
  const byOutlet = new Map<string, SourceSummary>();
  for (const claim of claims) {
    for (const other of claim.compared) {
      const key = other.outlet.trim().toLowerCase();
      let s = byOutlet.get(key);
      if (!s) {
        s = { outlet: other.outlet, dates: [], articles: [], agrees: 0, differs: 0, conflicts: 0, disputed: 0, outdated: 0 };
        byOutlet.set(key, s);
      }
      if (!s.dates.includes(other.published)) s.dates.push(other.published);
      const url = safeHttpUrl(other.url);
      if (url && !s.articles.some((a) => a.url === url)) {
        s.articles.push({ url, title: other.title || url });
      }
      s[relationOf(claim, other)]++;
    }
  }
  const list = [...byOutlet.values()];
  for (const s of list) s.dates.sort();
  return list.sort((a, b) => b.conflicts - a.conflicts || b.differs - a.differs || a.outlet.localeCompare(b.outlet));
}

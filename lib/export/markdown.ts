import type { ComparedFigure, Metric, Verdict } from '../types';
import { METRICS, VERDICTS } from '../types';
import { type ExportClaim, type ExportFile, type ExportPage, MARKDOWN_MEDIA_TYPE, createFilename, formatDay, isWebUrl } from './page';
import { METRIC_HEADINGS, VERDICT_SHORT, describeAmount, describeAttribution, describeVerdict } from '../present/verdict-words';

/** Order in which figures are listed, most telling first: the contract's own (`VERDICTS`), so no verdict is left out. */
export const VERDICT_ORDER: readonly Verdict[] = VERDICTS;

/** Text made inert for Markdown: its special characters backslash-escaped, line breaks made spaces. */
export function escapeMarkdown(text: string): string {
  // Every line we write starts with our own marker, so only inline syntax needs escaping.
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** A link when `url` is http(s), else the label alone. */
function link(label: string, url: string | null): string {
  if (!isWebUrl(url)) return escapeMarkdown(label);
  const safe = url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(label)}](${safe})`;
}

/** The claim's sentence with its figure in bold, when the figure is found in it. */
function quoteSentence(claim: ExportClaim): string {
  const at = claim.sentence.indexOf(claim.figure);
  if (at === -1 || claim.figure.length === 0) return escapeMarkdown(claim.sentence);
  return (
    escapeMarkdown(claim.sentence.slice(0, at)) +
    `**${escapeMarkdown(claim.figure)}**` +
    escapeMarkdown(claim.sentence.slice(at + claim.figure.length))
  );
}

function describeComparedItem(c: ComparedFigure): string {
  return (
    `${link(c.outlet, c.url)}, ${escapeMarkdown(c.published)}: "${escapeMarkdown(c.figure)}" ` +
    `(${escapeMarkdown(describeAmount(c))}); source: ${escapeMarkdown(describeAttribution(c.attribution))}`
  );
}

/** Claims grouped by metric (the metrics with a conflict first), each group ordered conflicts first. */
export function groupClaims<C extends Pick<ExportClaim, 'metric' | 'verdict' | 'start'>>(
  claims: C[],
): { metric: Metric; claims: { claim: C; index: number }[] }[] {
  const rank = (v: Verdict) => VERDICT_ORDER.indexOf(v);
  const groups = METRICS.map((metric) => ({
    metric,
    claims: claims
      .map((claim, index) => ({ claim, index }))
      .filter(({ claim }) => claim.metric === metric)
      .sort((a, b) => rank(a.claim.verdict) - rank(b.claim.verdict) || (a.claim.start ?? a.index) - (b.claim.start ?? b.index)),
  })).filter((g) => g.claims.length > 0);
  const worst = (g: (typeof groups)[number]) => Math.min(...g.claims.map(({ claim }) => rank(claim.verdict)));
  return groups.sort((a, b) => worst(a) - worst(b));
}

function claimSection(claim: ExportClaim): string[] {
  const lines = [
    `- **${VERDICT_SHORT[claim.verdict]}**: "${escapeMarkdown(claim.figure)}" (${escapeMarkdown(describeAmount(claim))})`,
    `  - ${escapeMarkdown(describeVerdict(claim))}`,
    `  - Sentence: ${quoteSentence(claim)}`,
    `  - Source: ${escapeMarkdown(describeAttribution(claim.attribution))}`,
  ];
  if (claim.period) lines.push(`  - Applies to: ${escapeMarkdown(claim.period)}`);
  if (claim.compared.length === 0) {
    lines.push('  - Other outlets: none report this at the same time');
  } else {
    lines.push('  - Other outlets:');
    lines.push(...claim.compared.map((c) => `    - ${describeComparedItem(c)}`));
    const unlisted = (claim.comparedCount ?? 0) - claim.compared.length;
    if (unlisted > 0) lines.push(`    - and ${unlisted} more figure${unlisted === 1 ? '' : 's'} from other outlets, not listed`);
  }
  const moved = [...claim.earlier.map((c) => ['Earlier', c] as const), ...claim.later.map((c) => ['Later', c] as const)];
  if (moved.length > 0) {
    lines.push('  - Earlier and later reporting:');
    lines.push(...moved.map(([when, c]) => `    - ${when}: ${describeComparedItem(c)}`));
  }
  return lines;
}

/** The Markdown report of one page: title, address, date, and each figure by metric, conflicts first. */
export function toMarkdownPage({ page, claims }: ExportPage, level = 1): string {
  const h = '#'.repeat(level);
  const lines = [
    `${h} ${escapeMarkdown(page.title || 'Untitled page')}`,
    '',
    `- Outlet: ${link(page.outlet, page.url)}`,
    `- Address: ${isWebUrl(page.url) ? `<${page.url.replace(/[<> ]/g, encodeURIComponent)}>` : 'a local file'}`,
    `- Published: ${escapeMarkdown(page.published)}${page.publishedGuessed ? ' (not on the page; the day it was read)' : ''}`,
    `- Figures: ${claims.length}`,
  ];
  if (claims.length === 0) lines.push('', 'No figures about North Korean troops were found on this page.');
  for (const group of groupClaims(claims)) {
    lines.push('', `${h}# ${METRIC_HEADINGS[group.metric]}`, '');
    for (const { claim } of group.claims) lines.push(...claimSection(claim));
  }
  return lines.join('\n');
}

/** A report of several pages, one section each. */
export function toMarkdown(pages: ExportPage[], created: Date): string {
  if (pages.length === 1 && pages[0]) {
    return `${toMarkdownPage(pages[0])}\n\nExported by Tallymark on ${formatDay(created)}.\n`;
  }
  const parts = [`# Tallymark: every stored figure`, '', `Exported on ${formatDay(created)}; ${pages.length} pages.`];
  for (const page of pages) parts.push('', toMarkdownPage(page, 2));
  return `${parts.join('\n')}\n`;
}

/** The Markdown file of one page's figures. */
export function exportPageMarkdown(page: ExportPage, created: Date): ExportFile {
  return { filename: createFilename(page.page.title, created, 'md'), type: MARKDOWN_MEDIA_TYPE, contents: toMarkdown([page], created) };
}

/** The Markdown file of every stored page's figures. */
export function exportAllMarkdown(pages: ExportPage[], created: Date): ExportFile {
  return { filename: createFilename('all', created, 'md'), type: MARKDOWN_MEDIA_TYPE, contents: toMarkdown(pages, created) };
}

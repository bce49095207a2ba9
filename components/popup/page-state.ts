import { fetchDetails, nothingCompared } from '../../lib/details';
import type { PageReport } from '../../lib/messages';
import type { JudgedClaim } from '../../lib/types';
import type { PopupApi, PopupTab } from './api';
import { readPageReport } from './responses';

/**
 * The page's report with each figure's verdict in full: the page holds only
 * the verdicts' marks, and the popup asks the background what each weighed.
 * `detailsError`: the background could not say (the figures are listed with
 * nothing compared, and the popup says why).
 */
export type JudgedReport = Omit<PageReport, 'claims'> & { claims: JudgedClaim[]; detailsError?: string };

/** What the popup knows of its tab's page. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'report'; tab: PopupTab; report: JudgedReport }
  /** No content script can run there, or none answered. */
  | { kind: 'unreadable'; tab: PopupTab | null; why: 'restricted' | 'no-script' | 'no-tab' };

const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** True for addresses no extension may read: browser pages, local files, the extension stores. */
export function isRestrictedUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return true;
  }
  if (protocol !== 'http:' && protocol !== 'https:') return true;
  return STORE_PAGES.some((re) => re.test(url));
}

/** The hostname of an http(s) address, or null. */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** True when the error is the browser's "no content script in that tab". */
export function isNoReceiverError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /receiving end does not exist|could not establish connection|no matching message handler/i.test(message);
}

export interface LoadOptions {
  /** How many times to ask again while the page is still being read. */
  retries?: number;
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Asks the tab's content script for its PageReport, asking again while it answers
 * 'reading'. A page no content script can run on, or where none answers, is 'unreadable'.
 */
export async function loadPageState(api: PopupApi, options: LoadOptions = {}): Promise<Exclude<PageState, { kind: 'loading' }>> {
  const { retries = 15, delayMs = 300, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) } = options;
  const tab = await api.getTab();
  if (!tab) return { kind: 'unreadable', tab: null, why: 'no-tab' };
  if (tab.url && isRestrictedUrl(tab.url)) return { kind: 'unreadable', tab, why: 'restricted' };
  let last: PageReport | null = null;
  for (let attempt = 0; attempt <= retries; attempt++) {
    let answer: unknown;
    try {
      answer = await api.sendToContent(tab.id, { type: 'getPageReport' });
    } catch (e) {
      if (isNoReceiverError(e)) return { kind: 'unreadable', tab, why: 'no-script' };
      throw e;
    }
    last = readPageReport(answer);
    if (!last) return { kind: 'unreadable', tab, why: 'no-script' };
    if (last.status !== 'reading') break;
    if (attempt < retries) await sleep(delayMs);
  }
  return { kind: 'report', tab, report: await withDetails(api, last!) };
}

/** `report` with every figure's verdict in full, asked of the background. */
export async function withDetails(api: PopupApi, report: PageReport): Promise<JudgedReport> {
  const { claims, ...rest } = report;
  try {
    if (claims.length === 0) return { ...rest, claims: [] };
    if (!report.page) throw new Error('The page of these figures is unknown.');
    const all = claims.map((_, i) => i);
    return { ...rest, claims: await fetchDetails((m) => api.sendToBackground(m), report.page, claims, all) };
  } catch (e) {
    const detailsError = e instanceof Error ? e.message : String(e);
    return { ...rest, claims: claims.map(nothingCompared), detailsError };
  }
}

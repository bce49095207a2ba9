// Who a page is, on the browser's word rather than the page's: the address of
// the frame that sent the message (MessageSender.url, set by the browser) and
// its registrable domain. A page may say anything about itself in its <head>
// (a canonical address, og:site_name, a JSON-LD publisher); what it says counts
// only where it cannot speak for another site:
// - its canonical address is kept only on the page's own registrable domain,
//   else the page is stored at its own address;
// - its figures are filed under its registrable domain (the outlet);
// - the name it gives itself is kept beside, as its claim (`outletClaimed`).
import { getDomain, getHostname } from 'tldts';
import type { PageMeta } from '../types';

/**
 * The site an address belongs to: its registrable domain, private suffixes
 * counted (foo.github.io and bar.github.io are two sites), else its host name
 * (an IP address, localhost). null for a non-http(s) or malformed address.
 */
export function siteOf(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const domain = getDomain(url.href, { allowPrivateDomains: true });
  return (domain ?? getHostname(url.href) ?? url.hostname).toLowerCase() || null;
}

/** Outlet names are compared as the store compares them (trimmed, lower-cased). */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** `address` without its hash, or null when it is not http(s). */
function withoutHash(address: string): string | null {
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The page as it is stored and judged, given the address the browser says
 * sent it (`documentUrl`; undefined when the browser gave none). Without a
 * usable sender address the page keeps no address (url null: judged, never
 * stored). The page's `outletClaimed` field, if it sent one, is ignored.
 */
export function resolveSenderPage(page: PageMeta, documentUrl: string | undefined): PageMeta {
  const { outletClaimed: _ignored, outletFromHost, ...rest } = page;
  const own = documentUrl === undefined ? null : withoutHash(documentUrl);
  const site = own === null ? null : siteOf(own);
  if (own === null || site === null) return { ...rest, url: null, outlet: 'Unknown page' };
  const canonical = page.url !== null && siteOf(page.url) === site ? withoutHash(page.url) : null;
  const claimed = outletFromHost || page.outlet.trim() === '' || sameName(page.outlet, site) ? null : page.outlet.trim();
  return { ...rest, url: canonical ?? own, outlet: site, ...(claimed !== null ? { outletClaimed: claimed } : {}) };
}

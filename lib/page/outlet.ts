// The outlet of a page that names none: its registrable domain, from the
// public-suffix list (tldts). Runs in the background and the command line,
// never in the page, where the list would cost every news page its size.
import { getDomain } from 'tldts';
import type { PageMeta } from '../types';

/**
 * `page` with `outlet` narrowed from the URL's host to its registrable domain
 * (www.bbc.co.uk → bbc.co.uk) when the page named no site; otherwise `page`
 * unchanged.
 */
export function resolveOutlet(page: PageMeta): PageMeta {
  if (!page.outletFromHost || page.url === null) return page;
  const domain = getDomain(page.url);
  return domain ? { ...page, outlet: domain } : page;
}

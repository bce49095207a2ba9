// The reader's settings, kept in the store's `settings` table: the one place
// that reads or writes them.
import type { PauseState } from '../messages';
import type { PageMeta } from '../types';
import type { TallymarkDb } from './db';

const NOT_PAUSED: PauseState = { global: false, sites: [] };

/** A site as kept in the pause list: a lower-cased hostname; null when `site` is not one. */
export function normalizeSite(site: string): string | null {
  const s = site.trim().toLowerCase();
  let host = s;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      host = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  return /^[a-z0-9.-]{1,253}$/.test(host) && !host.startsWith('.') ? host : null;
}

export async function getPause(db: TallymarkDb): Promise<PauseState> {
  const row = await db.settings.get('pause');
  return row?.key === 'pause' ? { global: row.value.global, sites: [...row.value.sites] } : { ...NOT_PAUSED, sites: [] };
}

/** Pauses or resumes reading into the store everywhere (`site` undefined) or for one site; answers the new state. */
export async function setPause(db: TallymarkDb, paused: boolean, site?: string): Promise<PauseState> {
  return db.transaction('rw', db.settings, async () => {
    const state = await getPause(db);
    if (site === undefined) state.global = paused;
    else {
      const host = normalizeSite(site);
      if (host === null) throw new Error(`Not a site name: ${JSON.stringify(site.slice(0, 80))}`);
      state.sites = state.sites.filter((s) => s !== host);
      if (paused) state.sites.push(host);
      state.sites.sort();
    }
    await db.settings.put({ key: 'pause', value: state });
    return state;
  });
}

/** True when reading is paused for `url`: globally, or for its host or a parent domain of it in the list. */
export function isPausedFor(state: PauseState, url: string | null): boolean {
  if (state.global) return true;
  if (url === null) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return state.sites.some((s) => host === s || host.endsWith(`.${s}`));
}

/** Whether a page just read is stored, and if not, why (in words for the reader). */
export async function decideStorage(
  db: TallymarkDb,
  page: PageMeta,
  ctx: { incognito: boolean },
): Promise<{ store: true } | { store: false; reason: string }> {
  if (ctx.incognito) return { store: false, reason: 'Private window: nothing is stored.' };
  if (page.url === null) return { store: false, reason: 'A local file is not stored.' };
  const pause = await getPause(db);
  if (pause.global) return { store: false, reason: 'Tallymark is paused: this page was not stored.' };
  if (isPausedFor(pause, page.url)) return { store: false, reason: 'Tallymark is paused on this site: this page was not stored.' };
  return { store: true };
}

/** Version of the bundled corpus last loaded, or null. */
export async function getBundledVersion(db: TallymarkDb): Promise<string | null> {
  const row = await db.settings.get('bundledVersion');
  return row?.key === 'bundledVersion' ? row.value : null;
}

/** True when the reader removed the bundled corpus: it is not loaded again. */
export async function isBundledRemoved(db: TallymarkDb): Promise<boolean> {
  const row = await db.settings.get('bundledRemoved');
  return row?.key === 'bundledRemoved' && row.value;
}

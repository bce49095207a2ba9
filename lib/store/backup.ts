// The whole store as one versioned JSON file, and back (merging: lib/store/restore.ts).
import type { ArticleId } from '../types';
import { type ArticleRow, articleOfStored, type StoredArticle, type TallymarkDb } from './db';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-check';
import type { BackupClaim } from './claim-sets';

export { BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION, parseBackup } from './backup-check';
export { BACKUP_CHUNK, type RestoreResult, restoreBackup } from './restore';

/** An article in a backup: the stored row minus what is derived from it. */
export type BackupArticle = Omit<ArticleRow, 'outletKey'>;
export type { BackupClaim } from './claim-sets';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the backup. */
  exportedAt: string;
  articles: BackupArticle[];
  claims: BackupClaim[];
}

/** An article as a backup holds it (its own fields, without `outletKey`). */
function articleOfRow(row: StoredArticle): BackupArticle {
  const { outletKey: _k, ...a } = articleOfStored(row);
  return a;
}

/** The store's articles in primary-key (id) order, a chunk at a time, inside the caller's transaction. */
async function forEachChunk(db: TallymarkDb, each: (rows: StoredArticle[]) => void, chunk = BACKUP_SET_CHUNK): Promise<void> {
  let last: ArticleId | undefined;
  for (;;) {
    const rows = await (last === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(chunk).toArray();
    if (rows.length === 0) return;
    each(rows);
    last = rows[rows.length - 1]!.id;
  }
}

/** Articles read at a time by a backup (each row holds one article's claims). */
const BACKUP_SET_CHUNK = 1000;

/** The whole store as a backup object (`JSON.stringify` it to save); articles and claims by article id, then index. */
export async function createBackup(db: TallymarkDb, now = new Date()): Promise<Backup> {
  const claims: BackupClaim[] = [];
  const articles: BackupArticle[] = [];
  await db.transaction('r', db.articles, () =>
    forEachChunk(db, (rows) => {
      for (const row of rows) {
        articles.push(articleOfRow(row));
        for (const c of JSON.parse(row.text) as BackupClaim[]) claims.push(c);
      }
    }),
  );
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles, claims };
}

/**
 * The whole store as backup JSON text (the same text as `JSON.stringify(createBackup())`),
 * read in one transaction a chunk of articles at a time (`chunk` articles and
 * their claims): only the text is held whole. The rows were checked when stored: they are written, not checked again.
 */
export async function createBackupText(db: TallymarkDb, now = new Date(), chunk = BACKUP_SET_CHUNK): Promise<string> {
  const parts: string[] = [];
  const articles: BackupArticle[] = [];
  await db.transaction('r', db.articles, () =>
    forEachChunk(
      db,
      (rows) => {
        for (const row of rows) {
          articles.push(articleOfRow(row));
          // Each row's text is its claims' JSON array, as stored: joined, never parsed.
          if (row.text.length > 2) parts.push(row.text.slice(1, -1));
        }
      },
      chunk,
    ),
  );
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), articles });
  return `${head.slice(0, -1)},"claims":[${parts.join(',')}]}`;
}

// The background's answers to the message unions of lib/messages.ts.
import {
  assertNever,
  type ContentToBackground,
  type DetailsAnswer,
  type ErrorResponse,
  type PageAnswer,
  type PageToBackground,
  type PauseState,
  type ResendAnswer,
  type TextVersion,
  type ToContent,
  type SourceSummary,
  type StoreStats,
} from '../messages';
import { BACKUP_LIMITS, createBackupText, restoreBackup, type RestoreResult } from '../store/backup';
import type { TallymarkDb } from '../store/db';
import { StoreFullError } from '../store/errors';
import { exportAll, type ExportedArticle } from '../store/export-all';
import { checkPage } from '../store/ingest';
import { resolveSenderPage } from './page-origin';
import { deleteAll, deleteArticle, deleteBundled, deleteOutlet, getStats } from '../store/maintenance';
import { decideStorage, getPause, setPause } from '../store/settings';
import { getSources } from '../store/sources';
import { ValidationError } from '../store/validate';
import { parseDay } from '../compare/time';
import type { MessageListener, MessageSender } from './extension-api';
import { figureDetails, toPageAnswer } from './figure-details';
import { applyEdit, checkTextVersion, type FrameTexts, frameKey } from './frame-texts';
import { MAX_TEXT_CHARS, readPageStaged } from './read-page';
import type { WriteQueue } from './write-queue';

export type BackgroundMessage = ContentToBackground | PageToBackground;

const CONTENT_TYPES: readonly ContentToBackground['type'][] = ['ingest', 'ingestEdit', 'details'];
const PAGE_TYPES: readonly PageToBackground['type'][] = [
  'getStats',
  'getPause',
  'setPause',
  'backup',
  'restore',
  'deleteArticle',
  'deleteOutlet',
  'deleteBundled',
  'deleteAll',
  'exportAll',
  'getSources',
];

/** True for a message of one of the background's unions (by its `type`; fields are checked by the handlers). */
export function isBackgroundMessage(x: unknown): x is BackgroundMessage {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as { type?: unknown }).type;
  return (CONTENT_TYPES as readonly unknown[]).includes(type) || (PAGE_TYPES as readonly unknown[]).includes(type);
}

/** What was deleted. */
export interface DeleteResult {
  articles: number;
  claims: number;
}

/** The answer to each message type. */
export interface BackgroundAnswers {
  ingest: PageAnswer;
  ingestEdit: PageAnswer | ResendAnswer;
  details: DetailsAnswer;
  getStats: StoreStats;
  getPause: PauseState;
  setPause: PauseState;
  backup: { text: string };
  restore: RestoreResult;
  deleteArticle: DeleteResult;
  deleteOutlet: DeleteResult;
  deleteBundled: DeleteResult;
  deleteAll: DeleteResult;
  exportAll: { articles: ExportedArticle[] };
  getSources: SourceSummary[];
}

export interface HandlerContext {
  db: TallymarkDb;
  /** Origin of the extension's own pages; store-wide messages are only taken from them. */
  extensionOrigin: string;
  /**
   * Pages' writes still under way: a page is answered before its write
   * settles, and every other message waits for them. Without one, a page is
   * answered after its write (as `ingestPage` does).
   */
  writes?: WriteQueue;
  /** The last text of each frame, for `ingestEdit`; without it, every edit is answered `{ resend: true }`. */
  texts?: FrameTexts;
  /** Sends a message to the frame that sent `sender`'s message (a failed write, reported). */
  notifyFrame?: (sender: MessageSender, message: ToContent) => void;
}

function requireString(x: unknown, name: string, max = 5000): string {
  if (typeof x !== 'string' || x.length === 0) throw new ValidationError(`${name}: expected a non-empty string`);
  if (x.length > max) throw new ValidationError(`${name}: too long (${x.length} characters, at most ${max})`);
  return x;
}

function requireBoolean(x: unknown, name: string): boolean {
  if (typeof x !== 'boolean') throw new ValidationError(`${name}: expected true or false`);
  return x;
}

const isFromExtensionPage = (sender: MessageSender, origin: string) =>
  sender.url !== undefined ? sender.url.startsWith(origin) : sender.tab === undefined;

/**
 * Answers one message. Content scripts may only ingest (never stored from a
 * private window) and ask what their verdicts weighed (`details`, which
 * stores nothing); the store-wide messages are taken only from the
 * extension's own pages. Throws on bad input; `createMessageListener` turns
 * that into `{ error }`.
 */
export async function handleMessage(
  ctx: HandlerContext,
  message: BackgroundMessage,
  sender: MessageSender,
): Promise<BackgroundAnswers[BackgroundMessage['type']]> {
  const { db } = ctx;
  if (!(CONTENT_TYPES as readonly string[]).includes(message.type) && !isFromExtensionPage(sender, ctx.extensionOrigin)) {
    throw new Error(`"${message.type}" is only taken from Tallymark's own pages.`);
  }
  // Every answer sees the pages answered before it written (a page is answered before its own write settles).
  await ctx.writes?.idle();
  switch (message.type) {
    case 'ingest': {
      if (!sender.tab) throw new Error('"ingest" is only taken from a tab\'s content script.');
      const version = message.session !== undefined || message.version !== undefined ? checkTextVersion(message) : null;
      return ingestText(ctx, message.page, message.text, sender, version);
    }
    case 'ingestEdit': {
      if (!sender.tab) throw new Error('"ingestEdit" is only taken from a tab\'s content script.');
      const version = checkTextVersion(message);
      const base = sender.tab.id === undefined ? undefined : ctx.texts?.get(frameKey(sender.tab.id, sender.frameId));
      const baseVersion = (message.edit as { base?: unknown } | null)?.base;
      if (!base || base.session !== version.session || base.version !== baseVersion) return { resend: true };
      return ingestText(ctx, message.page, applyEdit(base.text, message.edit, MAX_TEXT_CHARS), sender, version);
    }
    case 'details': {
      // A content script's page is who the browser says sent it, as when it was read; the popup's, as it was answered.
      const page = isFromExtensionPage(sender, ctx.extensionOrigin)
        ? checkPage(message.page)
        : resolveSenderPage(checkPage(message.page), sender.url);
      return figureDetails(db, page, message.figures, message.indices);
    }
    case 'getStats':
      return getStats(db);
    case 'getPause':
      return getPause(db);
    case 'setPause': {
      const paused = requireBoolean(message.paused, 'paused');
      return message.scope === 'site' ? setPause(db, paused, requireString(message.site, 'site')) : setPause(db, paused);
    }
    case 'backup':
      return { text: await createBackupText(db) };
    case 'restore':
      return restoreBackup(db, requireString(message.text, 'The backup', BACKUP_LIMITS.chars));
    case 'deleteArticle':
      return deleteArticle(db, requireString(message.url, 'url'));
    case 'deleteOutlet':
      return deleteOutlet(db, requireString(message.outlet, 'outlet'));
    case 'deleteBundled':
      return deleteBundled(db);
    case 'deleteAll':
      return deleteAll(db);
    case 'exportAll':
      return exportAll(db);
    case 'getSources': {
      const at = typeof message.at === 'string' ? parseDay(message.at) : null;
      if (at === null) throw new ValidationError(`at: expected a date written YYYY-MM-DD, got ${JSON.stringify(message.at ?? null)}`);
      return getSources(db, at);
    }
    default:
      return assertNever(message);
  }
}

/**
 * Finds the figures in a page's text, judges them and answers; the page's
 * write is left to settle in `ctx.writes` (a failure is sent to the frame as
 * `notStored`), or awaited without one. With `version`, the text is kept for
 * the frame's next `ingestEdit`.
 */
async function ingestText(
  ctx: HandlerContext,
  pageSent: unknown,
  text: unknown,
  sender: MessageSender,
  version: TextVersion | null,
): Promise<PageAnswer> {
  const { db } = ctx;
  const tab = sender.tab as NonNullable<MessageSender['tab']>;
  // The page is who the browser says sent it: its own address and registrable domain (see page-origin.ts).
  const page = resolveSenderPage(checkPage(pageSent), sender.url);
  const decision = await decideStorage(db, page, { incognito: tab.incognito });
  const { answer, written } = await readPageStaged(
    db,
    page,
    text,
    decision.store ? {} : { store: false, notStoredReason: decision.reason },
  );
  if (version && typeof text === 'string' && tab.id !== undefined) ctx.texts?.set(frameKey(tab.id, sender.frameId), { ...version, text });
  if (!ctx.writes) await written;
  else
    ctx.writes.track(written, (e) => {
      console.warn('Tallymark: a page answered was not stored:', e);
      if (version) ctx.notifyFrame?.(sender, { type: 'notStored', reason: describeError(e), ...version });
    });
  return { ...toPageAnswer(answer), page };
}

/** The reader-facing words of an error. */
export function describeError(e: unknown): string {
  if (e instanceof ValidationError || e instanceof StoreFullError) return e.message;
  const message = e instanceof Error ? e.message : String(e);
  return `Tallymark's store could not do that: ${message}`;
}

/**
 * The runtime.onMessage listener: a promise of the answer (or of
 * `{ error }`, never a rejection) for the background's messages; undefined
 * for anything else, so other listeners may answer it.
 */
export function createMessageListener(getCtx: () => Promise<HandlerContext>): MessageListener {
  return (message, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    return getCtx()
      .then((ctx) => handleMessage(ctx, message, sender))
      .catch((e: unknown): ErrorResponse => ({ error: describeError(e) }));
  };
}

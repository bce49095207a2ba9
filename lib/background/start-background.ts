// Wires the background: the store, the bundled corpus on install/update, the
// message listener and the keyboard commands. Everything it touches of the
// browser goes through `api`, so tests pass a fake.
import type { ToContent } from '../messages';
import { loadBundled, type LoadBundledResult, parseBundled } from '../store/bundled';
import type { TallymarkDb } from '../store/db';
import type { ExtensionApi, MessageSender } from './extension-api';
import { createMessageListener, type HandlerContext } from './handle-message';
import { createFrameTexts } from './frame-texts';
import { createWriteQueue } from './write-queue';

/** The extension's keyboard commands (manifest `commands`) and the direction each moves in. */
export const NAVIGATE_COMMANDS: Record<string, 1 | -1> = {
  'next-figure': 1,
  'previous-figure': -1,
};

/** Forwards a keyboard command to the active tab's content script; resolves false when it is not ours or nobody answered. */
export async function forwardCommand(api: ExtensionApi, command: string): Promise<boolean> {
  const direction = NAVIGATE_COMMANDS[command];
  if (direction === undefined) return false;
  const message: ToContent = { type: 'navigate', direction };
  return api.sendToActiveTab(message);
}

/** Loads the bundled corpus shipped with the extension (skipped when this version is loaded or the reader removed it). */
export async function installBundled(api: ExtensionApi, db: TallymarkDb): Promise<LoadBundledResult> {
  return loadBundled(db, parseBundled(await api.readBundledCorpus()));
}

export interface Background {
  /** The opened store (opened on first use). */
  getDb(): Promise<TallymarkDb>;
  /** Settles when the work started by the last install/update event, and the pages' writes, are done (for tests). */
  idle(): Promise<void>;
}

/**
 * Registers every listener synchronously (a service worker must, to be woken
 * by them) and opens the store on first use.
 */
export function startBackground(api: ExtensionApi, createDb: () => TallymarkDb): Background {
  let opened: Promise<TallymarkDb> | null = null;
  const getDb = () => {
    opened ??= (async () => {
      const db = createDb();
      await db.open();
      return db;
    })().catch((e: unknown) => {
      opened = null; // try again on the next message
      throw e;
    });
    return opened;
  };
  const writes = createWriteQueue();
  const texts = createFrameTexts();
  const notifyFrame = (sender: MessageSender, message: ToContent) => {
    if (sender.tab?.id !== undefined) void api.sendToFrame(sender.tab.id, sender.frameId ?? 0, message);
  };
  const getCtx = async (): Promise<HandlerContext> => ({
    db: await getDb(),
    extensionOrigin: api.extensionOrigin,
    writes,
    texts,
    notifyFrame,
  });
  let pending: Promise<void> = Promise.resolve();

  const handle = createMessageListener(getCtx);
  api.addMessageListener((message, sender) => handle(message, sender));
  api.addInstalledListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    pending = getDb()
      .then((db) => installBundled(api, db))
      .then(
        () => undefined,
        (e: unknown) => console.warn('Tallymark: the bundled corpus was not loaded:', e),
      );
    // A write like a page's: what is answered after it (a page's verdicts, the popup's counts) sees the corpus loaded.
    writes.track(pending, () => undefined);
  });
  api.addTabRemovedListener((tabId) => texts.dropTab(tabId));
  api.addCommandListener((command) => {
    void forwardCommand(api, command);
  });
  return { getDb, idle: () => pending.then(() => writes.idle()) };
}

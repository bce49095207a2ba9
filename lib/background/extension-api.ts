// The one module of the background that calls browser.*: the handlers get an
// ExtensionApi, so tests can pass WXT's fakeBrowser or a hand-made fake.
import type { WxtBrowser } from 'wxt/browser';
import type { ToContent } from '../messages';

/** Who sent a runtime message (the parts the background looks at). */
export interface MessageSender {
  id?: string;
  /** The sending page or frame's address. */
  url?: string;
  /** Set when a content script sent it. */
  tab?: { id?: number; incognito: boolean };
  /** The frame of the tab that sent it (0: the top document). */
  frameId?: number;
}

/** Answers a message with a promise, or undefined when the message is not for this listener. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export interface ExtensionApi {
  /** "chrome-extension://ID/" (or moz-extension://): where the extension's own pages live. */
  readonly extensionOrigin: string;
  addMessageListener(listener: MessageListener): void;
  addInstalledListener(listener: (details: { reason: string }) => void): void;
  addCommandListener(listener: (command: string) => void): void;
  /** Sends to the content script of the active tab of the current window; resolves false when there is none to answer. */
  sendToActiveTab(message: ToContent): Promise<boolean>;
  /** The bundled corpus file shipped with the extension, parsed. */
  readBundledCorpus(): Promise<unknown>;
  /** Sends to the content script of one frame of a tab; resolves false when nobody answered. */
  sendToFrame(tabId: number, frameId: number, message: ToContent): Promise<boolean>;
  /** Called with a tab's id when it is closed. */
  addTabRemovedListener(listener: (tabId: number) => void): void;
}

/** The ExtensionApi over the real (or fake) `browser`. Call it inside `defineBackground`'s main only. */
export function createExtensionApi(browser: WxtBrowser): ExtensionApi {
  const b = browser;
  return {
    extensionOrigin: b.runtime.getURL('/'),
    addMessageListener(listener) {
      b.runtime.onMessage.addListener(((message: unknown, sender: MessageSender) => listener(message, sender)) as never);
    },
    addInstalledListener(listener) {
      b.runtime.onInstalled.addListener((details) => listener({ reason: details.reason }));
    },
    addCommandListener(listener) {
      b.commands?.onCommand?.addListener((command: string) => listener(command));
    },
    async sendToActiveTab(message) {
      const [tab] = await b.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return false;
      try {
        await b.tabs.sendMessage(tab.id, message);
        return true;
      } catch {
        // No content script in that tab (not an article, or a browser page).
        return false;
      }
    },
    async sendToFrame(tabId, frameId, message) {
      try {
        await b.tabs.sendMessage(tabId, message, { frameId });
        return true;
      } catch {
        return false;
      }
    },
    addTabRemovedListener(listener) {
      b.tabs?.onRemoved?.addListener((tabId: number) => listener(tabId));
    },
    async readBundledCorpus() {
      // The extension's own file, read from inside the extension: no network.
      const response = await fetch(browser.runtime.getURL('/bundled-corpus.json'));
      if (!response.ok) throw new Error(`bundled-corpus.json: HTTP ${response.status}`);
      return response.json();
    },
  };
}

// The one module of the popup and options page that calls browser.*; components get it as a prop.
import { browser } from 'wxt/browser';
import type { PopupApi, PopupTab } from '../../components/popup/api';
import { downloadFile } from '../../lib/export/download';

/**
 * The real PopupApi. `tabParam` (from `?tab=ID`) names the tab to read instead of the
 * active one; then the popup is itself a tab (tests) and does not close after focusing.
 */
export function createBrowserApi(tabParam: string | null): PopupApi {
  const fixedTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  return {
    async getTab(): Promise<PopupTab | null> {
      const tab =
        fixedTab !== null
          ? await browser.tabs.get(fixedTab).catch(() => undefined)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab || tab.id === undefined) return null;
      return { id: tab.id, url: tab.url ?? null };
    },
    sendToContent: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    sendToBackground: (message) => browser.runtime.sendMessage(message),
    download: (file) => downloadFile(file, document),
    now: () => new Date(),
    afterFocus: fixedTab === null ? () => window.close() : undefined,
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}

// A fake PopupApi that records every message and answers from a table.
import { vi } from 'vitest';
import type { PopupApi, PopupTab } from '../../../components/popup/api';
import type { ExportFile } from '../../../lib/export/page';
import type { PageReport, PageToBackground, ToContent } from '../../../lib/messages';

export interface FakeApi extends PopupApi {
  toBackground: PageToBackground[];
  toContent: ToContent[];
  downloads: ExportFile[];
}

export function createFakeApi(
  opts: { tab?: PopupTab | null; report?: PageReport | (() => unknown); background?: (m: PageToBackground) => unknown } = {},
): FakeApi {
  const api: FakeApi = {
    toBackground: [],
    toContent: [],
    downloads: [],
    getTab: vi.fn(async () => (opts.tab === undefined ? { id: 7, url: 'https://ledger.example/world/2025/01/14/troops' } : opts.tab)),
    sendToContent: vi.fn(async (_tabId: number, m: ToContent) => {
      api.toContent.push(m);
      if (m.type !== 'getPageReport') return { ok: true };
      if (typeof opts.report === 'function') return opts.report();
      if (!opts.report) throw new Error('Could not establish connection. Receiving end does not exist.');
      return opts.report;
    }),
    sendToBackground: vi.fn(async (m: PageToBackground) => {
      api.toBackground.push(m);
      return opts.background ? opts.background(m) : undefined;
    }),
    download: vi.fn((file: ExportFile) => {
      api.downloads.push(file);
    }),
    now: () => new Date('2025-02-03T10:00:00Z'),
  };
  return api;
}

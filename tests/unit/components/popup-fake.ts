// A fake PopupApi that records every message and answers from a table. As the
// extension does, the content script answers the report with each verdict's
// mark, and the background gives the verdicts in full (`details`).
import { vi } from 'vitest';
import type { PopupApi, PopupTab } from '../../../components/popup/api';
import type { JudgedReport } from '../../../components/popup/page-state';
import type { DetailsMessage } from '../../../lib/details';
import type { ExportFile } from '../../../lib/export/page';
import type { PageReport, PageToBackground, ToContent } from '../../../lib/messages';
import type { ClaimVerdict, JudgedClaim, MarkedClaim } from '../../../lib/types';

type ToBackground = Parameters<PopupApi['sendToBackground']>[0];

export interface FakeApi extends PopupApi {
  toBackground: ToBackground[];
  toContent: ToContent[];
  downloads: ExportFile[];
}

/** A judged claim as the page holds it: its verdict's mark. */
function markOf(c: JudgedClaim): MarkedClaim {
  const { compared: _c, earlier: _e, later: _l, timeline: _t, comparedCount: _n, ...mark } = c;
  return mark;
}

/** A judged claim's verdict in full, as `details` answers it. */
function verdictOf(c: JudgedClaim): ClaimVerdict {
  const { verdict, reason, timeline, compared, comparedCount, earlier, later } = c;
  return {
    verdict,
    ...(reason !== undefined ? { reason } : {}),
    ...(timeline ? { timeline } : {}),
    compared,
    ...(comparedCount !== undefined ? { comparedCount } : {}),
    earlier,
    later,
  };
}

/**
 * `report`: the page's report with its verdicts in full (answered to `getPageReport` as marks, to
 * `details` in full), or a function answering `getPageReport` as it is. `details`: how the background
 * answers `details` instead (an `{ error }`, say).
 */
export function createFakeApi(
  opts: {
    tab?: PopupTab | null;
    report?: JudgedReport | (() => unknown);
    background?: (m: PageToBackground) => unknown;
    details?: (m: DetailsMessage) => unknown;
  } = {},
): FakeApi {
  const full = typeof opts.report === 'object' ? opts.report : null;
  const marked: PageReport | null = full ? { ...full, claims: full.claims.map(markOf) } : null;
  const api: FakeApi = {
    toBackground: [],
    toContent: [],
    downloads: [],
    getTab: vi.fn(async () => (opts.tab === undefined ? { id: 7, url: 'https://ledger.example/world/2025/01/14/troops' } : opts.tab)),
    sendToContent: vi.fn(async (_tabId: number, m: ToContent) => {
      api.toContent.push(m);
      if (m.type !== 'getPageReport') return { ok: true };
      if (typeof opts.report === 'function') return opts.report();
      if (!marked) throw new Error('Could not establish connection. Receiving end does not exist.');
      return marked;
    }),
    sendToBackground: vi.fn(async (m: ToBackground) => {
      api.toBackground.push(m);
      if (m.type === 'details') {
        if (opts.details) return opts.details(m);
        return { verdicts: m.indices.map((i) => verdictOf(full!.claims[i]!)) };
      }
      return opts.background ? opts.background(m) : undefined;
    }),
    download: vi.fn((file: ExportFile) => {
      api.downloads.push(file);
    }),
    now: () => new Date('2025-02-03T10:00:00Z'),
  };
  return api;
}

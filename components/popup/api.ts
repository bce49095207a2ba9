// The seam between the popup's components and the extension: the entrypoint
// passes a real one (browser.* calls), component tests pass a fake.
import type { ExportFile } from '../../lib/export/page';
import type { DetailsMessage } from '../../lib/details';
import type { PageToBackground, ToContent } from '../../lib/messages';

/**
 * Each source's current count as of `at` (the engine's `getSources`, answered with
 * `SourceSummary[]`); typed here too so the popup builds before and after it lands.
 */
export type SourcesRequest = { type: 'getSources'; at: string };

/** The tab the popup is about. */
export interface PopupTab {
  id: number;
  /** Its address, when the browser tells it (null when unknown). */
  url: string | null;
}

export interface PopupApi {
  /** The active tab (or the one named by `?tab=ID`), or null when there is none. */
  getTab(): Promise<PopupTab | null>;
  /** Sends to the tab's content script; rejects when there is none ("no receiving end"). */
  sendToContent(tabId: number, message: ToContent): Promise<unknown>;
  /** Sends to the background; answers its reply (which may be `{ error }`). */
  sendToBackground(message: PageToBackground | SourcesRequest | DetailsMessage): Promise<unknown>;
  /** Saves a file through a Blob and `<a download>`. */
  download(file: ExportFile): void;
  now(): Date;
  /** Called after a figure was focused on the page (the popup closes itself there). */
  afterFocus?(): void;
  /** Opens the options page, when there is one. */
  openOptions?(): void;
}

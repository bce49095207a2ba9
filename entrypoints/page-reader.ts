import { READER_GLOBAL, type StartReader } from './content/reader-handle';
import { startReader } from './content/start';

// The page reader: the text map, the message to the background, highlights and
// the popover (the extractor runs in the background, never here). Imported
// by the content script (entrypoints/content) only on pages about the troops;
// it hands its start function over through the content script's global scope.
export default defineUnlistedScript(() => {
  const start: StartReader = startReader;
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = start;
});

import { READER_GLOBAL, type StartReader } from './content/reader-handle';
import { startReader } from './content/start';

// The page reader: extractor, store messages, highlights and popover. Imported
// by the content script (entrypoints/content) only on pages about the troops;
// it hands its start function over through the content script's global scope.
export default defineUnlistedScript(() => {
  const start: StartReader = startReader;
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = start;
});

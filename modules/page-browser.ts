// The code a page gets (the content script, the page reader, the popover) uses
// the browser's own extension API (`browser` in Firefox, `chrome` in Chrome,
// both promise-based for what these scripts call) instead of
// webextension-polyfill, which the rest of the extension keeps: the polyfill
// alone is 9.7 KB of the 16 KB content script every http(s) page loads.
// lite.ts answers the popup's messages with sendResponse, which needs no polyfill.
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The entrypoints that run in web pages. */
export const PAGE_ENTRYPOINTS: readonly string[] = ['content', 'page-reader', 'popover'];

const POLYFILLED = new Set(['wxt/browser', '@wxt-dev/webextension-polyfill/browser']);

function pageBrowserPlugin(): Plugin {
  let entrypoint = '';
  return {
    name: 'tallymark:page-browser',
    enforce: 'pre',
    configResolved(config) {
      const define = config.define?.['import.meta.env.ENTRYPOINT'];
      entrypoint = typeof define === 'string' ? (JSON.parse(define) as string) : '';
    },
    async resolveId(source, importer, options) {
      if (!POLYFILLED.has(source) || !PAGE_ENTRYPOINTS.includes(entrypoint)) return null;
      return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
    },
  };
}

export default defineWxtModule({
  name: 'tallymark:page-browser',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [pageBrowserPlugin()] }));
  },
});

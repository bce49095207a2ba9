// V8's explicit compile hint on the scripts the content script imports (the
// page reader, the popover): `//# allFunctionsCalledOnLoad` as the file's first
// line has Chromium compile every function of the file when it compiles the
// file. Both are imported with import(), so Chromium compiles them on a
// background thread as they load (a streamed module): the functions the page
// reader then runs on the page's main thread are compiled already there,
// instead of one by one, lazily, on the page's main thread as each is first
// called (on seed article 000 that was about a third of the content script's
// own main-thread time). Firefox, and engines that know no hint, read a comment.
// Not on the content script itself: the browser injects it, compiled on the
// main thread either way, and every page gets it.
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/** The hint, V8's magic comment; it must be the file's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entrypoints imported with import() from the page's content script. */
export const HINTED_ENTRYPOINTS: readonly string[] = ['page-reader', 'popover'];

function compileHintPlugin(): Plugin {
  let entrypoint = '';
  return {
    name: 'tallymark:compile-hints',
    enforce: 'post',
    configResolved(config) {
      const define = config.define?.['import.meta.env.ENTRYPOINT'];
      entrypoint = typeof define === 'string' ? (JSON.parse(define) as string) : '';
    },
    generateBundle(_options, bundle) {
      if (!HINTED_ENTRYPOINTS.includes(entrypoint)) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

export default defineWxtModule({
  name: 'tallymark:compile-hints',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [compileHintPlugin()] }));
  },
});

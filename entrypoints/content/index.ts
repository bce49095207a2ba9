import { startLite } from './lite';

// Every http(s) page: a cheap check first; the page reader is loaded only when
// the page mentions North Korea. The logic lives in lib/page and components/.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // No window.postMessage on start: it would tell every page the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startLite(ctx);
  },
});

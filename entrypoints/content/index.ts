import { startContent } from './start';

// Every http(s) page: a cheap check first; the article is read only when it
// mentions North Korea. The logic lives in lib/page and components/.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});

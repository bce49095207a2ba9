import { browser } from 'wxt/browser';
import { createExtensionApi } from '../lib/background/extension-api';
import { startBackground } from '../lib/background/start-background';
import { createDb } from '../lib/store/db';

// The store lives here: content scripts and extension pages ask by message.
export default defineBackground(() => {
  startBackground(createExtensionApi(browser), () => createDb());
});

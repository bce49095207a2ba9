import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], ...(process.env.TALLYMARK_NO_MINIFY ? { build: { minify: false } } : {}) }),
  // The sources archive for addons.mozilla.org: what we wrote, not test outputs (gitignored).
  zip: { excludeSources: ['artifacts/**', 'test-results/**'] },
  manifest: ({ browser }) => ({
    name: 'Tallymark',
    description: 'Highlights the figures in a news article that other outlets report differently. Nothing leaves your machine.',
    // The store is IndexedDB (no "storage" permission needed); activeTab lets the popup read the tab it opens on.
    permissions: ['activeTab'],
    // Keyboard: move between the highlighted figures of the page (forwarded by the background).
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted figure',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted figure',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tallymark@tallymark.dev',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

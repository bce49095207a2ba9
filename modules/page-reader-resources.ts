// Makes the page reader (entrypoints/page-reader.ts) importable by the content
// script: it is loaded with import() only on pages about the troops, so that
// every other page pays for a tiny script only; and the popover
// (entrypoints/popover.ts), which the page reader imports on the first click.
import { defineWxtModule } from 'wxt/modules';

export const PAGE_READER_FILE = 'page-reader.js';
/** The popover, imported by the page reader when a figure is first opened. */
export const POPOVER_FILE = 'popover.js';

export default defineWxtModule({
  name: 'tallymark:page-reader-resources',
  setup(wxt) {
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const matches = ['http://*/*', 'https://*/*'];
      if (manifest.manifest_version === 3) {
        manifest.web_accessible_resources = [
          ...((manifest.web_accessible_resources ?? []) as object[]),
          // A per-session URL in Chrome, so that pages cannot probe for the extension.
          {
            resources: [PAGE_READER_FILE, POPOVER_FILE],
            matches,
            ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
          },
        ] as typeof manifest.web_accessible_resources;
      } else {
        manifest.web_accessible_resources = [
          ...((manifest.web_accessible_resources ?? []) as string[]),
          PAGE_READER_FILE,
          POPOVER_FILE,
        ] as typeof manifest.web_accessible_resources;
      }
    });
  },
});

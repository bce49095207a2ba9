import type { ExportFile } from './page';

/**
 * Saves `file` through a Blob and an `<a download>` in `doc` (no downloads permission
 * needed). The object URL is revoked a minute later, once the download has started.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const view = doc.defaultView ?? window;
  const url = view.URL.createObjectURL(new view.Blob([file.contents], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

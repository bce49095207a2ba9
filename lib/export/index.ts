export { anchorQuote, type TextSpan } from './anchor';
export { exportAllCsv, exportPageCsv, neutraliseCell, toCsv } from './csv';
export { downloadFile } from './download';
export { exportAllJsonLd, exportPageJsonLd, toAnnotationCollection } from './jsonld';
export { exportAllMarkdown, exportPageMarkdown, groupClaims, toMarkdown, VERDICT_ORDER } from './markdown';
export { createFilename, type ExportFile, type ExportPage, slugify } from './page';

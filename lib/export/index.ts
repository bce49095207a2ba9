export { anchorQuote, anchorQuotes, matchQuote, type TextSpan } from '../anchor/match-quote';
export { exportAllCsv, exportPageCsv, neutraliseCell, readCell, toCsv } from './csv';
export { checkAnnotations, parseAnnotations, placeAnnotations, readAnnotations } from './import';
export { downloadFile } from './download';
export { exportAllJsonLd, exportPageJsonLd, toAnnotationCollection } from './jsonld';
export { exportAllMarkdown, exportPageMarkdown, groupClaims, toMarkdown, VERDICT_ORDER } from './markdown';
export { createFilename, type ExportFile, type ExportPage, slugify } from './page';

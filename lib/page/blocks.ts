// Which elements the text map puts on a line of their own, so that adjacent
// blocks with no white space between them ("<div>Menu</div><div>North Korea…")
// never read as one word ("MenuNorth Korea"). Elements of other tags laid out
// as blocks are found by their computed display (isBlockDisplay in skip.ts).

import { tagSet } from './skip';

/** Tags that are blocks by default (whatever a stylesheet says, they part text). */
export const BLOCK_TAGS = tagSet(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL',
);

// What no reader reads as article text, shared by the article region and the text map.

/** The set of the space-separated names in `names` (shorter in the page's bundle than an array of strings). */
/* @__NO_SIDE_EFFECTS__ */
export function tagSet(names: string): Set<string> {
  return new Set(names.split(' '));
}

/** Elements left out with their subtree. */
export const SKIP_TAGS = tagSet(
  'SCRIPT STYLE NOSCRIPT TEMPLATE NAV ASIDE FOOTER FORM BUTTON SELECT TEXTAREA INPUT OPTION IFRAME OBJECT EMBED SVG CANVAS VIDEO AUDIO MAP HEAD TITLE META LINK DIALOG MATH',
);

/** ARIA roles of regions that are not the article. */
export const SKIP_ROLES = tagSet('navigation complementary banner contentinfo search dialog alert menu');

/** Hidden by its own attributes (no style computed): `hidden`, `aria-hidden`, inline display:none / visibility:hidden. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // The style object only where there is a style attribute (building it costs, in jsdom above all).
  if (!el.hasAttribute('style')) return false;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/**
 * Whether a computed `display` lays the element out as a block-level box (block, list-item, table and its
 * parts, flex, grid, flow-root). Inline-level boxes (inline, inline-block, inline-flex…) do not part text.
 */
export function isBlockDisplay(display: string): boolean {
  if (display === '' || display.startsWith('inline') || display === 'contents' || display === 'none') return false;
  return /^(block|list-item|table|flex|grid|flow-root)/.test(display);
}

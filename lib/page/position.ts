// Where to put the popover: near the figure, kept on screen.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Pixels kept free between the popover and the viewport's edges. */
export const EDGE = 8;
/** Pixels between the figure and the popover. */
export const GAP = 6;

/**
 * The popover's top-left corner (viewport pixels) for a figure's box `anchor`:
 * below the figure, else above when there is more room there, left-aligned with
 * it, and shifted so that it stays `EDGE` pixels inside the viewport; when the
 * popover is larger than the viewport it is pinned to the top-left edge.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = viewport.height - (anchor.top + anchor.height) - GAP - EDGE;
  const above = anchor.top - GAP - EDGE;
  let top =
    size.height <= below || below >= above ? anchor.top + anchor.height + GAP : anchor.top - GAP - size.height;
  let left = anchor.left;
  left = Math.min(left, viewport.width - EDGE - size.width);
  top = Math.min(top, viewport.height - EDGE - size.height);
  left = Math.max(EDGE, left);
  top = Math.max(EDGE, top);
  return { left: Math.round(left), top: Math.round(top) };
}

// Where to put the popover: near the figure, kept on screen, never over the figure.

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
/** The popover is never made shorter than this; below it, it may cover the figure. */
export const MIN_HEIGHT = 120;

/**
 * The popover's top-left corner (viewport pixels) for a figure's box `anchor`,
 * and the height it may take: below the figure when it fits there, else on the
 * side with more room (above or below), where it is shortened to fit
 * (`maxHeight`; it scrolls inside) rather than cover the figure. Left-aligned
 * with the figure and shifted to stay `EDGE` pixels inside the viewport;
 * pinned to the left edge on a viewport narrower than the popover.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight: number } {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  const useBelow = size.height <= roomBelow || roomBelow >= roomAbove;
  const room = Math.max(useBelow ? roomBelow : roomAbove, MIN_HEIGHT);
  const height = Math.min(size.height, room);
  let top = useBelow ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  let left = Math.min(anchor.left, viewport.width - EDGE - size.width);
  top = Math.min(top, viewport.height - EDGE - height);
  left = Math.max(EDGE, left);
  top = Math.max(EDGE, top);
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room) };
}

/** The popover's host element (its tag name), known to the page reader without loading the popover. */
export const POPOVER_HOST = 'tallymark-popover';

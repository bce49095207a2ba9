// The page's colour scheme, so the popover follows the page rather than only the system.

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour; null when transparent or unparsable. */
export function luminanceOf(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  if (alpha < 0.5) return null;
  const lin = (v: string) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/**
 * 'dark' when the page paints a dark background (body, else html), 'light' when
 * a light one; with no background of its own, the system preference decides.
 */
export function detectPageScheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  try {
    for (const el of [doc.body, doc.documentElement]) {
      if (!el || !view) continue;
      const lum = luminanceOf(view.getComputedStyle(el).backgroundColor);
      if (lum !== null) return lum < 0.25 ? 'dark' : 'light';
    }
    return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

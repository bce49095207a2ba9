// The highlight rules as one stylesheet of the page's document, adding no
// element where it can: a constructed stylesheet adopted by the document
// (`document.adoptedStyleSheets`, which Chromium's isolated world allows). Where
// adopting fails or does not take (a browser without constructable sheets, or a
// content-script sandbox whose adopted sheets the page does not get), a <style>
// element with the given id, the one element Tallymark's painting then adds.

export interface PageSheet {
  /** 'adopted' (no element) or 'element' (a <style>). */
  readonly kind: 'adopted' | 'element';
  /** Still applied to the page (a page may drop adopted sheets or remove the element). */
  readonly live: boolean;
  remove(): void;
}

function adopt(doc: Document, css: string): PageSheet | null {
  try {
    // Older engines and test DOMs lack one or the other: both are checked at run time.
    const Ctor = (globalThis as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
    if (typeof Ctor !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) return null;
    const sheet = new Ctor();
    if (typeof sheet.replaceSync !== 'function') return null;
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    const has = () => {
      try {
        return Array.prototype.includes.call(doc.adoptedStyleSheets ?? [], sheet);
      } catch {
        return false;
      }
    };
    if (!has()) return null;
    return {
      kind: 'adopted',
      get live() {
        return has();
      },
      remove() {
        try {
          if (has()) doc.adoptedStyleSheets = Array.prototype.filter.call(doc.adoptedStyleSheets, (s) => s !== sheet) as CSSStyleSheet[];
        } catch {
          // The page made the list unwritable: nothing more we can do.
        }
      },
    };
  } catch {
    return null;
  }
}

function element(doc: Document, css: string, id: string): PageSheet {
  let style = doc.getElementById(id);
  if (!(style && style.tagName.toLowerCase() === 'style')) {
    style = doc.createElement('style');
    style.id = id;
    style.textContent = css;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const el = style;
  return {
    kind: 'element',
    get live() {
      return el.isConnected;
    },
    remove() {
      el.remove();
    },
  };
}

/** Apply `css` to `doc`: adopted when `preferAdopted` and the browser lets us, else a <style id={id}>. */
export function attachPageSheet(doc: Document, css: string, id: string, preferAdopted = true): PageSheet {
  return (preferAdopted ? adopt(doc, css) : null) ?? element(doc, css, id);
}

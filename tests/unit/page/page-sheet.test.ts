// @vitest-environment happy-dom
// The highlight rules' stylesheet: adopted by the document (no element) where
// the DOM allows it, a <style> element otherwise.
import { afterEach, describe, expect, test } from 'vitest';
import { attachPageSheet } from '../../../lib/page/page-sheet';

const CSS = '::highlight(tallymark-test) { background-color: red; }';
const ID = 'tallymark-test-style';

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.getElementById(ID)?.remove();
});

describe('attachPageSheet', () => {
  test("adopts a constructed sheet, keeps the page's own adopted sheets, and adds no element", () => {
    const pages = new CSSStyleSheet();
    document.adoptedStyleSheets = [pages];
    const before = document.getElementsByTagName('*').length;
    const sheet = attachPageSheet(document, CSS, ID);
    expect(sheet.kind).toBe('adopted');
    expect(sheet.live).toBe(true);
    expect(document.getElementsByTagName('*').length).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pages);
    sheet.remove();
    expect(sheet.live).toBe(false);
    expect(document.adoptedStyleSheets).toEqual([pages]);
  });

  test('is no longer live when the page drops it', () => {
    const sheet = attachPageSheet(document, CSS, ID);
    document.adoptedStyleSheets = [];
    expect(sheet.live).toBe(false);
    expect(() => sheet.remove()).not.toThrow();
  });

  test('falls back to one <style> element when asked, or when the document cannot adopt', () => {
    const sheet = attachPageSheet(document, CSS, ID, false);
    expect(sheet.kind).toBe('element');
    const el = document.getElementById(ID)!;
    expect(el.tagName.toLowerCase()).toBe('style');
    expect(el.textContent).toBe(CSS);
    // A second attach reuses it.
    attachPageSheet(document, CSS, ID, false);
    expect(document.querySelectorAll(`#${ID}`)).toHaveLength(1);
    sheet.remove();
    expect(document.getElementById(ID)).toBeNull();

    const plain = Object.create(document, { adoptedStyleSheets: { value: undefined } }) as Document;
    expect(attachPageSheet(plain, CSS, ID).kind).toBe('element');
    document.getElementById(ID)?.remove();
  });
});

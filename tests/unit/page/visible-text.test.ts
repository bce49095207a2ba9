// @vitest-environment happy-dom
// Link text counts against its own budget: which text is link text, as the walk keeps track of it.
import { afterEach, describe, expect, test } from 'vitest';
import { visibleTextSteps } from '../../../lib/page/visible-text';

const drain = <T>(steps: Generator<void, T, void>): T => {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('visible text: the link budget', () => {
  test('text inside a[href] (at any depth) is link text; an anchor without href, or text after the link, is not', () => {
    document.body.innerHTML =
      '<p>before <a href="/a">one <b>two <i>three</i></b></a> after <a name="x">named</a> <a href="/b">four</a> end</p>';
    const read = (maxLinkChars: number) => drain(visibleTextSteps(document.body, { maxChars: 1000, maxLinkChars })).text;
    expect(read(1000)).toBe('before one two three after named four end');
    // No room for link text: the links' words are left out, the rest stays.
    expect(read(0)).toBe('before after named end');
  });

  test('a root inside a link: all its text is link text', () => {
    document.body.innerHTML = '<a href="/a"><span id="r">inside <b>bold</b></span></a>';
    const root = document.getElementById('r')!;
    expect(drain(visibleTextSteps(root, { maxChars: 1000, maxLinkChars: 0 })).text).toBe('');
    expect(drain(visibleTextSteps(root, { maxChars: 1000 })).text).toBe('inside bold');
  });
});

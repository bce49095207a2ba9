// @vitest-environment happy-dom
// Link text counts against its own budget: which text is link text, as the walk keeps track of it.
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { namesNorthKorea } from '../../../lib/extract/quick-check';
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

describe('visible text: find as it reads', () => {
  // Fragments of our own: names of North Korea, near misses, inline and block elements, breaks, white space.
  const WORDS = [
    'North Korea',
    'North',
    'Korea',
    'N. Korea',
    'Pyongyang',
    'DPRK',
    'Kim Jong Un',
    'Kim',
    'the',
    'troops',
    'Seoul,',
    ' ',
    '\n  ',
    'x'.repeat(700),
  ];
  const fragment: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
    f: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...WORDS),
      fc.constant('<br>'),
      fc
        .tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'span', 'b', 'a href="/x"', 'em'), fc.array(tie('f'), { maxLength: 4 }))
        .map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag.split(' ')[0]}>`),
    ),
  })).f;

  test('says what reading everything and testing the text says', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
        document.body.innerHTML = parts.join('');
        const whole = drain(visibleTextSteps(document.body, { maxChars: 100_000, maxLinkChars: 100_000 }));
        const found = drain(visibleTextSteps(document.body, { maxChars: 100_000, maxLinkChars: 100_000, find: namesNorthKorea }));
        expect(found.found).toBe(namesNorthKorea(whole.text));
      }),
      { numRuns: 300 },
    );
  });

  test('stops at the first stretch that names it', () => {
    const filler = `<p>${'Ordinary words of a report. '.repeat(40)}</p>`;
    document.body.innerHTML = `<h1>North Korea sends troops</h1>${filler.repeat(5)}<p id="last">end</p>`;
    let tests = 0;
    const find = (t: string) => {
      tests++;
      return namesNorthKorea(t);
    };
    const r = drain(visibleTextSteps(document.body, { maxChars: 100_000, find }));
    expect(r.found).toBe(true);
    // The first test (after about a kilobyte) found it: the rest of the page was not read.
    expect(tests).toBe(1);
  });
});

// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  pageMentionsTroops as articleGate,
  pageMentionsTroopsAsync as articleGateAsync,
  articleTextIfAboutTroops,
} from '../../../entrypoints/content/article-gate';
import { mutationsMentionTroops, pageNamesNorthKorea, QUICK_CHECK_CHARS, topicGate } from '../../../entrypoints/content/quick';
import { namesNorthKorea } from '../../../lib/extract/quick-check';

const pageMentionsTroops = (doc: Document) => articleGate(doc, topicGate);
const pageMentionsTroopsAsync = (doc: Document, yieldToMain: () => Promise<void>, sliceMs: number) =>
  articleGateAsync(doc, topicGate, yieldToMain, false, sliceMs);

const para = (s: string) => `<p>${s} ${'Ordinary words of an ordinary report, with commas, clauses, and more. '.repeat(4)}</p>`;

describe('the topic gate', () => {
  test('opens when the article names North Korea, not on the title alone', () => {
    document.title = 'North Korean troops in Kursk';
    document.body.innerHTML = `<article>${para('Rain in the north.')}${para('Pyongyang was not mentioned before this.')}</article>`;
    expect(pageMentionsTroops(document)).toBe(true);
    document.body.innerHTML = `<article>${para('Rain in the north, sun in the south.')}</article>`;
    expect(pageMentionsTroops(document)).toBe(false);
  });

  test('names come from the lexicon: no bare "nk"', () => {
    expect(namesNorthKorea('https://example.com/story?nk=1&id=2')).toBe(false);
    expect(namesNorthKorea('NK troops')).toBe(false);
    expect(namesNorthKorea('300 North Korean soldiers killed')).toBe(true);
    expect(namesNorthKorea("Pyongyang's envoy")).toBe(true);
    expect(namesNorthKorea('the DPRK said')).toBe(true);
    expect(namesNorthKorea('Kim Jong-un visited')).toBe(true);
  });

  test('reads what a person reads: no script, style, template, option or hidden text', () => {
    const article = `<article>${para('A report about the weather.')}${para('More about the weather.')}</article>`;
    for (const hidden of [
      '<script>var country = "North Korea";</script>',
      '<style>.north-korea::after { content: "North Korea" }</style>',
      '<template><p>North Korea</p></template>',
      '<select><option>North Korea</option></select>',
      '<div hidden>North Korea</div>',
      '<div aria-hidden="true">North Korea</div>',
      '<div style="display:none">North Korea</div>',
    ]) {
      document.body.innerHTML = `${hidden}${article}`;
      expect(pageMentionsTroops(document), hidden).toBe(false);
    }
  });

  test('a sidebar headline or a recommendation list outside the article does not open it', () => {
    document.body.innerHTML = `<main><article>${para('A report about the weather.')}${para('More about the weather.')}${para('And more.')}</article>
      <div class="related-stories"><ul><li><a href="/a">North Korea fires a missile</a></li><li><a href="/b">Markets</a></li><li><a href="/c">Sport</a></li></ul></div></main>
      <aside><a href="/x">Kim Jong Un meets Putin</a></aside>`;
    // The content script's cheap check opens (the page names North Korea); the page reader's article check closes.
    expect(pageNamesNorthKorea(document)).toBe(true);
    expect(pageMentionsTroops(document)).toBe(false);
  });

  test('the budget counts visible text only', () => {
    const scripts = `<script>${'x'.repeat(QUICK_CHECK_CHARS * 2)}</script>`;
    document.body.innerHTML = `${scripts}<article>${para('North Korea sent troops.')}</article>`;
    expect(pageMentionsTroops(document)).toBe(true);
    const filler = `<p>${'word '.repeat(200)}</p>`.repeat(QUICK_CHECK_CHARS / 1000 + 5);
    document.body.innerHTML = `${filler}<p>North Korea</p>`;
    expect(pageMentionsTroops(document)).toBe(false);
  });

  test('a page burying its article under teaser links still has it read', () => {
    const teasers = `<div class="rail">${'<div><a href="/x">Other story of the day</a></div>'.repeat(QUICK_CHECK_CHARS / 10)}</div>`;
    document.body.innerHTML = `${teasers}<article>${para('North Korea sent troops.')}${para('More.')}</article>`;
    expect(pageMentionsTroops(document)).toBe(true);
  });

  test("the gate's answer is the article's text map, the reader's first read; none when only a sidebar names North Korea", async () => {
    document.body.innerHTML = `<nav>Menu</nav>\n<article>${para('North Korea sent troops.')}${para('More.')}</article>`;
    const map = await articleTextIfAboutTroops(document, topicGate, async () => undefined);
    expect(map?.text).toMatch(/^North Korea sent troops\./);
    expect(map?.root.tagName).toBe('ARTICLE');
    document.body.innerHTML = `<main><article>${para('A report about the weather.')}${para('More.')}</article></main><aside><a href="/x">Kim Jong Un meets Putin</a></aside>`;
    expect(await articleTextIfAboutTroops(document, topicGate, async () => undefined)).toBeNull();
  });

  test('in slices, with the same answer', async () => {
    document.body.innerHTML = `<article>${para('North Korea sent troops.')}</article>`;
    let yields = 0;
    expect(await pageMentionsTroopsAsync(document, async () => void yields++, 0)).toBe(true);
  });

  test('looks at the visible text mutations added', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, subtree: true });
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Scores from the weekend.</p><script>var x = "North Korea";</script>';
    await new Promise((r) => setTimeout(r, 0));
    expect(mutationsMentionTroops(records)).toBe(false);
    app.innerHTML = '<article><p>DPRK soldiers were seen near the border.</p></article>';
    await new Promise((r) => setTimeout(r, 0));
    expect(mutationsMentionTroops(records)).toBe(true);
    // Our own nodes are ignored.
    expect(mutationsMentionTroops(records, () => true)).toBe(false);
    observer.disconnect();
  });
});

describe('the visible text', () => {
  const read = (html: string) => {
    document.body.innerHTML = html;
    return topicGate.drainSteps(topicGate.visibleTextSteps(document.body, { maxChars: 10_000 })).text;
  };

  test('parts adjacent blocks and <br> with a line break, so that no name is glued to a menu', () => {
    expect(read('<nav>Menu</nav><article>North Korea sent troops.</article>')).toBe('Menu\nNorth Korea sent troops.');
    expect(pageNamesNorthKorea(document)).toBe(true);
    expect(read('<ul><li>Home</li><li>World</li></ul><h1>Pyongyang</h1>')).toBe('Home\nWorld\nPyongyang');
    expect(read('<p>Menu<br>North Korea</p>')).toBe('Menu\nNorth Korea');
    // White space around a break is the break: one line break, no spaces at its ends.
    expect(read(' <div> Menu \n</div>\n  <div>\t North  Korea </div> ')).toBe('Menu\nNorth Korea');
    expect(read('<table><tr><td>Menu</td><td>DPRK</td></tr></table>')).toBe('Menu\nDPRK');
    expect(pageNamesNorthKorea(document)).toBe(true);
  });

  test('parts elements a stylesheet or their own style lays out as blocks, not inline ones', () => {
    expect(read('<style>.b{display:block}</style><span class="b">Menu</span><span class="b">North Korea</span>')).toBe('Menu\nNorth Korea');
    expect(read('<span style="display:flex">Menu</span><span>North Korea</span>')).toBe('Menu\nNorth Korea');
    // Inline text stays as the page shows it: one word across inline elements, white space runs as one space.
    expect(read('<p>North <b>Ko</b><i>rea</i>\n   said</p>')).toBe('North Korea said');
    expect(read('<span style="display:inline-block">Menu</span><span>North Korea</span>')).toBe('MenuNorth Korea');
  });

  test('added nodes are read with their blocks parted', () => {
    const records = [{ type: 'childList', addedNodes: [document.createElement('div')] }] as unknown as MutationRecord[];
    const added = records[0]!.addedNodes[0] as HTMLElement;
    added.innerHTML = '<div>Latest</div><div>North Korea</div>';
    document.body.append(added);
    expect(mutationsMentionTroops(records)).toBe(true);
  });
});

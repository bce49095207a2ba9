// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { mutationsMentionTroops, pageMentionsTroops, QUICK_CHECK_CHARS } from '../../../entrypoints/content/quick';

describe('the content script quick check', () => {
  test('finds a mention in the title or the body text', () => {
    document.title = 'Weather today';
    document.body.innerHTML = '<p>Rain in the <b>north</b>. Pyongyang was not mentioned before this.</p>';
    expect(pageMentionsTroops(document)).toBe(true);
    document.body.innerHTML = '<p>Rain in the north, sun in the south.</p>';
    expect(pageMentionsTroops(document)).toBe(false);
    document.title = 'North Korean troops in Kursk';
    expect(pageMentionsTroops(document)).toBe(true);
  });

  test('reads only a bounded slice of the page', () => {
    document.title = 'Long page';
    const filler = 'x'.repeat(1000);
    document.body.innerHTML = `${`<p>${filler}</p>`.repeat(QUICK_CHECK_CHARS / 1000 + 5)}<p>North Korea</p>`;
    expect(pageMentionsTroops(document)).toBe(false);
    document.body.innerHTML = `<p>North Korea</p>${`<p>${filler}</p>`.repeat(10)}`;
    expect(pageMentionsTroops(document)).toBe(true);
  });

  test('looks at what mutations added', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, subtree: true });
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Scores from the weekend.</p>';
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

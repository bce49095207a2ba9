// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createSelectors } from '../../../lib/anchor/selectors';
import { createAnnotator, type PopoverRequest } from '../../../lib/page/annotator';
import { readArticleText } from '../../../lib/page/text-map';
import type { PageAnswer } from '../../../lib/messages';
import type { AnchoredClaim, Claim, ClaimVerdict, PageMeta } from '../../../lib/types';

/** A stand-in extractor: every number with digits is a "killed" figure. */
function fakeExtract(text: string): Claim[] {
  const out: Claim[] = [];
  for (const m of text.matchAll(/\d[\d,]*/g)) {
    const n = Number(m[0].replace(/,/g, ''));
    out.push({
      metric: 'killed',
      scope: 'total',
      qualifier: 'exact',
      low: n,
      high: n,
      figure: m[0],
      start: m.index!,
      end: m.index! + m[0].length,
      sentence: text,
      attribution: null,
      period: null,
    });
  }
  return out;
}

/**
 * A stand-in background: it extracts (fakeExtract); figures above 1,000 conflict, 300 agrees, others are
 * unique; it answers each verdict's mark, and files the page under its domain (the name it gives itself kept as its claim).
 */
function fakeIngest(page: PageMeta, text: string): Promise<PageAnswer> {
  const claims: AnchoredClaim[] = fakeExtract(text).map((c) => ({ ...c, ...createSelectors(text, c.start, c.end) }));
  const verdict = (c: AnchoredClaim): ClaimVerdict['verdict'] => (c.low! > 1000 ? 'conflicts' : c.low === 300 ? 'agrees' : 'unique');
  return Promise.resolve({
    claims,
    verdicts: claims.map((c) => ({ verdict: verdict(c), reason: null })),
    stored: claims.length > 0,
    page: { ...page, outlet: 'example.org', outletClaimed: page.outlet },
  });
}

const META: PageMeta = { url: 'https://example.org/a', outlet: 'Example', title: 'A', published: '2025-01-14' };

function setup(over: Partial<Parameters<typeof createAnnotator>[0]> = {}) {
  const shown: PopoverRequest[] = [];
  const annotator = createAnnotator({
    doc: document,
    readMeta: () => META,
    ingest: fakeIngest,
    yieldToMain: () => Promise.resolve(),
    showPopover: (r) => shown.push(r),
    ...over,
  });
  return { annotator, shown };
}

const marks = (verdict: string) => [...document.querySelectorAll(`tallymark-mark[data-verdict=${verdict}]`)].map((m) => m.textContent);

beforeEach(() => {
  document.body.innerHTML = `<nav>Menu 9999</nav><article><h1>Report</h1>
    <p>Officials said 3,000 soldiers died, not 300.</p>
    <p>Another 12 were seen.</p><div id="feed"></div></article>`;
});

describe('createAnnotator (happy-dom: no Highlight API, so the wrap fallback paints)', () => {
  test('reads, judges and paints the figures; unique ones stay unpainted; the nav is not read', async () => {
    const { annotator } = setup();
    await annotator.read();
    expect(marks('conflicts')).toEqual(['3,000']);
    expect(marks('agrees')).toEqual(['300']);
    expect(document.querySelectorAll('tallymark-mark')).toHaveLength(2);
    const report = annotator.report();
    expect(report.status).toBe('ok');
    expect(report.claims.map((c) => [c.figure, c.verdict])).toEqual([
      ['3,000', 'conflicts'],
      ['300', 'agrees'],
      ['12', 'unique'],
    ]);
    for (const c of report.claims) {
      expect(report.text.slice(c.start, c.end)).toBe(c.figure);
      expect(c.quote.exact).toBe(c.figure);
    }
  });

  test('the page sends its article text, not the nav, and never extracts itself', async () => {
    const ingest = vi.fn(fakeIngest);
    const { annotator } = setup({ ingest });
    await annotator.read();
    expect(ingest).toHaveBeenCalledTimes(1);
    const text = ingest.mock.calls[0]![1];
    expect(text).toContain('Officials said 3,000 soldiers died, not 300.');
    expect(text).not.toContain('9999');
    expect(annotator.report().text).toBe(text);
  });

  test('an answer that does not fit the text sent is not painted', async () => {
    const ingest = vi.fn(async (p: PageMeta, text: string) => {
      const res = await fakeIngest(p, text);
      return { ...res, claims: res.claims.map((c) => ({ ...c, start: c.start + 1, end: c.end + 1 })) };
    });
    const { annotator } = setup({ ingest });
    await annotator.read();
    expect(document.querySelectorAll('tallymark-mark')).toHaveLength(0);
    expect(annotator.report().status).toBe('no-figures');
  });

  test('a post added later is read and painted; earlier figures keep their places', async () => {
    const ingest = vi.fn(fakeIngest);
    const { annotator } = setup({ ingest });
    await annotator.read();
    ingest.mockClear();
    const feed = document.getElementById('feed')!;
    const post = document.createElement('p');
    post.textContent = 'Update: 4,500 killed.';
    feed.appendChild(post);
    await annotator.update([feed, post]);
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(ingest.mock.calls[0]![1]).toMatch(/not 300\.[\s\S]*Update: 4,500 killed\./);
    expect(marks('conflicts')).toEqual(['3,000', '4,500']);
    const report = annotator.report();
    expect(report.claims.map((c) => c.figure)).toEqual(['3,000', '300', '12', '4,500']);
    for (const c of report.claims) expect(report.text.slice(c.start, c.end)).toBe(c.figure);
  });

  test('navigate moves through painted figures only, wrapping around, and opens each', async () => {
    const { annotator, shown } = setup();
    await annotator.read();
    expect(annotator.navigate(1)).toBe(true);
    expect(annotator.navigate(1)).toBe(true);
    expect(annotator.navigate(1)).toBe(true);
    expect(shown.map((r) => [r.claim.figure, r.place.index, r.place.total])).toEqual([
      ['3,000', 0, 2],
      ['300', 1, 2],
      ['3,000', 0, 2],
    ]);
    expect(annotator.navigate(-1)).toBe(true);
    expect(shown.at(-1)!.claim.figure).toBe('300');
  });

  test('focusFigure opens any figure of the report, unique ones too', async () => {
    const { annotator, shown } = setup();
    await annotator.read();
    expect(annotator.focusFigure(2)).toBe(true);
    expect(shown.at(-1)!.claim.figure).toBe('12');
    expect(annotator.focusFigure(7)).toBe(false);
  });

  test('when the background fails, nothing is painted and the report says why', async () => {
    const { annotator } = setup({ ingest: () => Promise.reject(new Error('gone')) });
    await annotator.read();
    expect(document.querySelectorAll('tallymark-mark')).toHaveLength(0);
    const report = annotator.report();
    expect(report.status).toBe('paused');
    expect(report.notStoredReason).toMatch(/could not compare/);
    expect(report.claims).toHaveLength(0);
  });

  test("a map read already (the topic gate's) is the first read: the page is not walked again", async () => {
    const map = readArticleText(document);
    const sent: string[] = [];
    const { annotator } = setup({
      ingest: (page, text) => {
        sent.push(text);
        return fakeIngest(page, text);
      },
    });
    // Changed behind the map's back: a second walk would send this text.
    const added = document.createElement('p');
    added.textContent = 'Officials said 4,000 soldiers died.';
    document.querySelector('article')!.append(added);
    await annotator.read(map);
    expect(sent).toEqual([map.text]);
    expect(annotator.claims().map((f) => [f.figure, f.verdict])).toEqual([
      ['3,000', 'conflicts'],
      ['300', 'agrees'],
      ['12', 'unique'],
    ]);
  });

  test('a write the background could not make after answering: the report says the page was not stored, the figures stay', async () => {
    const { annotator } = setup();
    expect(annotator.notStored('full')).toBe(false);
    await annotator.read();
    expect(annotator.report()).toMatchObject({ status: 'ok', stored: true });
    expect(annotator.notStored("Tallymark's storage is full")).toBe(true);
    expect(annotator.report()).toMatchObject({ status: 'paused', stored: false, notStoredReason: "Tallymark's storage is full" });
    expect(marks('conflicts')).toEqual(['3,000']);
  });

  test('the page is sent as it describes itself, on the first read and on every update after (the background files it each time)', async () => {
    const sent: PageMeta[] = [];
    const { annotator } = setup({
      ingest: (page, text) => {
        sent.push(page);
        return fakeIngest(page, text);
      },
    });
    await annotator.read();
    expect(annotator.report().page).toMatchObject({ outlet: 'example.org', outletClaimed: 'Example' });
    const p = document.createElement('p');
    p.textContent = 'Officials said 4,000 soldiers died.';
    document.getElementById('feed')!.append(p);
    await annotator.update([p]);
    expect(sent).toEqual([META, META]);
  });

  test("a figure's popover is asked for with the page as read, the page's figures and its index: what the popover asks the background", async () => {
    const { annotator, shown } = setup();
    await annotator.read();
    expect(annotator.focusFigure(1)).toBe(true);
    expect(shown).toHaveLength(1);
    const [request] = shown;
    expect(request!.page).toEqual(META);
    expect(request!.index).toBe(1);
    expect(request!.claims.map((c) => c.figure)).toEqual(['3,000', '300', '12']);
    expect(request!.claim).toBe(request!.claims[1]);
    expect(request!.claim).toMatchObject({ figure: '300', verdict: 'agrees' });
    expect(request!.claim).not.toHaveProperty('compared');
  });

  test('a page without figures reports no-figures and paints nothing', async () => {
    document.body.innerHTML = '<article><p>No numbers here at all.</p></article>';
    const { annotator } = setup();
    await annotator.read();
    expect(annotator.report().status).toBe('no-figures');
    expect(document.querySelectorAll('tallymark-mark')).toHaveLength(0);
  });

  test('reset during a read drops its result', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { annotator } = setup({
      ingest: async (p, c) => {
        await gate;
        return fakeIngest(p, c);
      },
    });
    const reading = annotator.read();
    await Promise.resolve();
    annotator.reset();
    release();
    await reading;
    expect(document.querySelectorAll('tallymark-mark')).toHaveLength(0);
    expect(annotator.report().claims).toEqual([]);
  });
});

// The page's figures, from reading to painting: read the article text (with
// its map back to the DOM, in slices that yield to the page), send it to the
// background, which finds the figures in it and judges them, and paint what it
// answers; keep them up to date as a live page grows. The extractor never runs
// here: the page's main thread does only DOM work. The DOM-facing UI (popover)
// and the extension APIs come in as dependencies, so this runs in happy-dom
// tests and in the content script alike.
import { type ArticleAnchors, describeArticleAnchors } from '../anchor/dom';
import type { PageAnswer, PageReport } from '../messages';
import type { AnchoredClaim, MarkedClaim, PageMeta, VerdictMark } from '../types';
import { caretAt, findSpanAt, isPointInRange } from './hit-test';
import { createPainter, isPainted, type Painter } from './highlight';
import { readArticleText, readArticleTextAsync, updateArticleTextAsync, type TextMap, type TextSpan } from './text-map';

export interface PopoverRequest {
  claim: MarkedClaim;
  range: Range;
  /** Index among the painted figures and their count. */
  place: { index: number; total: number };
  /** The page as it describes itself (the background files it as it did when it read it), its figures and this one's index among them: what the popover asks the background about (lib/details.ts). */
  page: PageMeta;
  claims: readonly MarkedClaim[];
  index: number;
}

export interface AnnotatorDeps {
  doc: Document;
  readMeta: (doc: Document) => PageMeta;
  /** Send the article text to the background: it answers with the figures in it (offsets into `text`) and their verdicts' marks. */
  ingest: (page: PageMeta, text: string) => Promise<PageAnswer>;
  /** Give the main thread back to the page (scheduler.yield or a timeout). */
  yieldToMain: () => Promise<void>;
  /** Show the popover for a figure (replacing any open one). */
  showPopover?: (request: PopoverRequest) => void;
  hidePopover?: () => void;
  /** Called as a full read passes its phases (for performance marks): text read, figures answered. */
  onPhase?: (phase: 'read' | 'extracted') => void;
  /** Called after each paint, with the painted count (for performance marks). */
  onPainted?: (painted: number) => void;
  painter?: Painter;
}

interface Figure {
  claim: AnchoredClaim;
  verdict: VerdictMark;
  range: Range;
}

export interface Annotator {
  /** Read the whole page afresh (first read, or after a URL change); `map`: its text, read already (by the topic gate). */
  read(map?: TextMap): Promise<void>;
  /** Read again only what these nodes changed (MutationObserver targets and added nodes). */
  update(dirty: Iterable<Node>): Promise<void>;
  /** What the popup asks for. */
  report(): PageReport;
  /** The figures of `report()` with their verdicts' marks, without the rest of the report (cheap: no walk of the article). */
  claims(): MarkedClaim[];
  /** The page's metadata of the last read, or null. */
  page(): PageMeta | null;
  /** Open the popover on figure `index` of `report().claims`, scrolled into view. False when there is none. */
  focusFigure(index: number): boolean;
  /** Open the next (1) or previous (-1) painted figure. False when nothing is painted. */
  navigate(direction: 1 | -1): boolean;
  /** The figure under a click at viewport (x, y), opened; false when the click hit none. */
  openAt(x: number, y: number): boolean;
  /** Resolves when no read or update is in progress. */
  whenIdle(): Promise<void>;
  /** The root element read, or null before the first read. */
  root(): Element | null;
  /** Forget the page: unpaint, close, cancel work in flight. */
  reset(): void;
  /** Tell the annotator the popover was closed by the reader. */
  popoverClosed(): void;
  /** The background answered, then could not store the page, for `reason`: the report says so. False when nothing was read. */
  notStored(reason: string): boolean;
}

export function createAnnotator(deps: AnnotatorDeps): Annotator {
  const { doc } = deps;
  const painter = deps.painter ?? createPainter(doc);
  let map: TextMap | null = null;
  /** The page as it describes itself (what is sent: the background files it by who the browser says sent it). */
  let asRead: PageMeta | null = null;
  /** The page as the background filed it (its own address and domain, the name it gives itself as its claim). */
  let meta: PageMeta | null = null;
  let figures: Figure[] = [];
  let status: PageReport['status'] = 'reading';
  let stored = false;
  let notStoredReason: string | undefined;
  let stoppedAt: number | undefined;
  let generation = 0;
  let current = -1;
  /** Work is serialised: one read or update at a time, updates coalesced. */
  let busy: Promise<void> = Promise.resolve();
  let pendingDirty: Set<Node> | null = null;

  const painted = () => figures.filter((f) => isPainted(f.verdict.verdict));
  const judged = (f: Figure): MarkedClaim => ({ ...f.claim, ...f.verdict });

  /** Wrapping (no Highlight API) splits and moves text nodes: map the same text again and remake the ranges. */
  const remap = () => {
    if (!map) return;
    map = readArticleText(doc, map.root);
    for (const f of figures) f.range = map.rangeFor(f.claim.start, f.claim.end) ?? f.range;
  };

  const paint = () => {
    if (painter.mode === 'wrap') {
      painter.paint([]);
      remap();
    }
    painter.paint(figures.map((f) => ({ verdict: f.verdict.verdict, range: f.range })));
    if (painter.mode === 'wrap') remap();
    deps.onPainted?.(painted().length);
  };

  /** Sends the text to the background and paints its answer; figures whose range cannot be made are dropped. */
  const judge = async (gen: number, m: TextMap) => {
    if (!asRead) return;
    let res: PageAnswer;
    try {
      res = await deps.ingest(asRead, m.text);
    } catch {
      if (gen !== generation) return;
      figures = [];
      stored = false;
      notStoredReason = 'The extension could not compare the figures just now.';
      status = 'paused';
      paint();
      return;
    }
    if (gen !== generation) return;
    deps.onPhase?.('extracted');
    const next: Figure[] = [];
    res.claims.forEach((claim, i) => {
      const verdict = res.verdicts[i];
      // The answer is about this text: a figure must stand where it says.
      if (!verdict || m.text.slice(claim.start, claim.end) !== claim.figure) return;
      const range = m.rangeFor(claim.start, claim.end);
      if (range) next.push({ claim, verdict, range });
    });
    figures = next;
    // The page as the background filed it (its own address and domain), not as it described itself.
    if (res.page) meta = res.page;
    stored = res.stored;
    notStoredReason = res.notStoredReason;
    stoppedAt = res.stoppedAt;
    status = figures.length === 0 ? 'no-figures' : !stored && notStoredReason ? 'paused' : 'ok';
    paint();
  };

  const fullRead = async (read?: TextMap) => {
    const gen = ++generation;
    status = 'reading';
    // Each step in a task of its own: the set-up before, finding the article and reading it, the page's metadata.
    // The gate's text (read just before) goes on at once: the metadata and the sending are short.
    let m = read?.root.isConnected ? read : null;
    if (!m) {
      await deps.yieldToMain();
      if (gen !== generation) return;
      m = await readArticleTextAsync(doc, deps.yieldToMain);
      if (gen !== generation) return;
    }
    map = m;
    if (m !== read) await deps.yieldToMain();
    if (gen !== generation) return;
    meta = asRead = deps.readMeta(doc);
    deps.onPhase?.('read');
    await judge(gen, m);
  };

  const incrementalRead = async (dirty: Set<Node>) => {
    if (!map?.root.isConnected) return fullRead();
    const gen = generation;
    const { map: next, changed, full } = await updateArticleTextAsync(map, dirty, deps.yieldToMain);
    if (gen !== generation) return;
    if (full) return fullRead();
    map = next;
    if (changed.length === 0 && figures.every((f) => f.range.toString() === f.claim.figure)) return;
    // The background reads the whole text again: a figure's sentence, source and period may lie outside the change.
    await judge(gen, next);
  };

  /** Where the figures stand in the page itself, for exports other tools can place (lib/anchor/dom). */
  const articleAnchors = (): { article?: ArticleAnchors } => {
    if (!map || figures.length === 0) return {};
    try {
      return {
        article: describeArticleAnchors(
          map.root,
          figures.map((f) => f.range),
        ),
      };
    } catch {
      return {};
    }
  };

  const enqueue = (work: () => Promise<void>): Promise<void> => {
    busy = busy.then(work, work).catch(() => {
      // never reject into the page; the report keeps the last good state
    });
    return busy;
  };

  const open = (index: number, scroll: boolean): boolean => {
    const f = figures[index];
    if (!f || f.range.collapsed || !asRead) return false;
    if (scroll) {
      const el = f.range.startContainer.parentElement;
      try {
        el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      } catch {
        el?.scrollIntoView();
      }
    }
    current = index;
    painter.focus(f.range);
    const paintedList = painted();
    const place = paintedList.indexOf(f);
    const claims = figures.map(judged);
    deps.showPopover?.({
      claim: claims[index]!,
      range: f.range,
      place: { index: Math.max(place, 0), total: paintedList.length },
      page: asRead,
      claims,
      index,
    });
    return true;
  };

  return {
    read: (read) => enqueue(() => fullRead(read)),
    update(dirty) {
      if (!pendingDirty) {
        pendingDirty = new Set();
        const batch = pendingDirty;
        for (const d of dirty) batch.add(d);
        return enqueue(async () => {
          pendingDirty = null;
          await incrementalRead(batch);
        });
      }
      for (const d of dirty) pendingDirty.add(d);
      return busy;
    },
    report: () => ({
      status,
      page: meta,
      text: map?.text ?? '',
      claims: figures.map(judged),
      stored,
      ...(notStoredReason !== undefined ? { notStoredReason } : {}),
      ...(stoppedAt !== undefined ? { stoppedAt } : {}),
      ...articleAnchors(),
    }),
    claims: () => figures.map(judged),
    page: () => meta,
    focusFigure: (index) => open(index, true),
    navigate(direction) {
      const list = painted();
      if (list.length === 0) return false;
      const at = current >= 0 ? list.indexOf(figures[current]!) : -1;
      const nextIndex = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
      return open(figures.indexOf(list[nextIndex]!), true);
    },
    openAt(x, y) {
      if (!map || figures.length === 0) return false;
      const spans: TextSpan[] = figures.map((f) => ({ start: f.claim.start, end: f.claim.end }));
      let index: number | null = null;
      const caret = caretAt(doc, x, y);
      if (caret) {
        const offset = map.offsetAt(caret.node, caret.offset);
        if (offset !== null) index = findSpanAt(offset, spans);
      }
      if (index === null || !isPainted(figures[index]!.verdict.verdict) || !isPointInRange(figures[index]!.range, x, y)) return false;
      return open(index, false);
    },
    whenIdle: () => busy,
    root: () => map?.root ?? null,
    reset() {
      generation++;
      pendingDirty = null;
      figures = [];
      map = null;
      meta = asRead = null;
      status = 'reading';
      stored = false;
      notStoredReason = undefined;
      current = -1;
      painter.focus(null);
      painter.paint([]);
      deps.hidePopover?.();
    },
    notStored(reason) {
      if (!map || !meta) return false;
      stored = false;
      notStoredReason = reason;
      if (status === 'ok') status = 'paused';
      return true;
    },
    popoverClosed() {
      // `current` stays, so the next navigation continues from the figure just closed.
      painter.focus(null);
    },
  };
}

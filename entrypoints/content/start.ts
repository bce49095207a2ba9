// The page reader, loaded by the content script on pages whose visible text
// names North Korea. It first checks that the article itself names it
// (article-gate.ts): if not, it stays quiet (adds nothing to the page, stores
// and sends nothing) and checks again as the page grows. Then: reading the text, sending it to the background (which finds the figures and
// judges them), painting, clicks, live updates and URL changes, all tied to `ctx` and removed when it is invalidated. No error reaches the
// page: every entry point is guarded. Messages reach it through the handle.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport } from '../../lib/messages';
import type { TextMap } from '../../lib/page/text-map';
import { createAnnotator } from '../../lib/page/annotator';
import { createPainter, MARK_TAG, STYLE_ID } from '../../lib/page/highlight';
import { isTrustedEvent } from '../../lib/page/guard';
import { readPageMeta } from '../../lib/page/metadata';
import { navigationKey } from '../../lib/present/announce';
import { articleTextIfAboutTroops } from './article-gate';
import { createContentExtensionApi } from './extension-api';
import { createFigureStops, KEYS_HOST } from './figure-stops';
import { createLazyPopoverUi } from './popover-handle';
import { POPOVER_HOST } from './popover-host';
import type { ReaderHandle, ReaderRuntime } from './reader-handle';

// Saved before the page can replace them (the isolated world protects most, not all browsers' worlds).
const MutationObserverRef = globalThis.MutationObserver;
const performanceRef = globalThis.performance;

/** Quiet time after the last mutation before reading again (ms). */
const UPDATE_DEBOUNCE = 250;
/** More mutation records than this in one go: read the page afresh. */
const MAX_RECORDS = 3000;
/** After an address change, the page is read again at most this often (ms), however often it changes it. */
const REREAD_INTERVAL = 3000;
/** A check of the whole page (the article gate) at most this often (ms), however often the page adds text naming North Korea. */
const MIN_CHECK_INTERVAL = 2000;
/** Timings kept for the popup's report (benchmarks); a page re-read forever keeps only the first ones. */
const MAX_TIMINGS = 100;

function guard<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  // A mark, or inside one: `closest` tests the element itself too.
  return tag === POPOVER_HOST || tag === KEYS_HOST || el.id === STYLE_ID || el.closest?.(MARK_TAG) !== null;
}

const NO_FIGURES: PageReport = { status: 'no-figures', page: null, text: '', claims: [], stored: false };

/** Start the page reader (the content script found the page's visible text names North Korea). Never throws. */
export function startReader(ctx: ContentScriptContext, startedAt: number, runtime: ReaderRuntime): ReaderHandle {
  return (
    guard(() => run(ctx, startedAt, runtime)) ?? {
      report: () => Promise.resolve(NO_FIGURES),
      focusFigure: () => false,
      navigate: () => false,
      notStored: () => false,
    }
  );
}

function run(ctx: ContentScriptContext, startedAt: number, runtime: ReaderRuntime): ReaderHandle {
  const doc = document;
  const api = createContentExtensionApi(runtime);
  const painter = createPainter(doc);
  // Phase timings for the report (never performance marks: the page would read them).
  const timings: { name: string; at: number }[] = [];
  const mark = (name: string, at = performanceRef.now()) => {
    if (timings.length < MAX_TIMINGS) timings.push({ name, at });
  };

  const popover = createLazyPopoverUi(ctx, runtime, {
    onClosed: () => annotator.popoverClosed(),
    onNavigate: (direction) => void guard(() => annotator.navigate(direction)),
    published: () => guard(() => annotator.page()?.published),
    // Back where the focus was; from nowhere (or from a figure's stop), to the figure's stop beside it.
    returnFocus: (request, previous) =>
      (!previous || previous === doc.body || previous === doc.documentElement || stops.owns(previous)) &&
      (guard(() => stops.focusNear(request.claim, request.range)) ?? false),
  });
  const stops = createFigureStops(doc, {
    onOpen: (index) => void guard(() => annotator.focusFigure(index)),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
  });

  const annotator = createAnnotator({
    doc,
    painter,
    readMeta: (d) => readPageMeta(d),
    ingest: (page, text) => api.ingest(page, text),
    yieldToMain: runtime.yieldToMain,
    showPopover: (request) => popover.show(request),
    hidePopover: () => popover.hide(false),
    onPhase: (phase) => mark(phase),
    onPainted: () => {
      mark('painted');
      guard(() => stops.set(annotator.claims()));
      // Wrapping marks (no Highlight API) changed the DOM: those are our records, not the page's.
      if (painter.mode === 'wrap') guard(() => observer.takeRecords());
    },
  });

  let active = false;
  let checkTimer = 0;
  let gating: Promise<void> | null = null;
  let lastCheck = -Infinity;
  let updateTimer = 0;
  let dirty = new Set<Node>();

  /** Start reading; `map`: the article's text, read by the gate already. */
  const activate = (map?: TextMap) => {
    if (active || !ctx.isValid) return;
    active = true;
    if (timings.length === 0) mark('start', startedAt);
    annotator.read(map).catch(() => undefined);
    // What changed while the gate read the text, read again after.
    if (map && dirty.size > 0) scheduleUpdate();
  };

  // Read only when the article names North Korea (`pageChecked`: the page's visible text is known to), in slices;
  // the gate's read of the article is the reader's first read.
  const gateThenActivate = (pageChecked: boolean) => {
    if (active || gating || !ctx.isValid) return;
    lastCheck = performanceRef.now();
    gating = articleTextIfAboutTroops(doc, runtime.topic, runtime.yieldToMain, pageChecked)
      .then((map) => void guard(() => map && !active && activate(map)))
      .catch(() => undefined)
      .finally(() => {
        gating = null;
        if (!active) dirty = new Set();
      });
  };

  const scheduleCheck = (delay: number) => {
    if (checkTimer) clearTimeout(checkTimer);
    const wait = Math.max(delay, lastCheck + MIN_CHECK_INTERVAL - performanceRef.now());
    checkTimer = ctx.setTimeout(() => {
      checkTimer = 0;
      if (active) return;
      // A check under way started before these changes: one more after it.
      if (gating) return void gating.then(() => scheduleCheck(0));
      gateThenActivate(false);
    }, wait);
  };

  const scheduleUpdate = () => {
    if (updateTimer) clearTimeout(updateTimer);
    updateTimer = ctx.setTimeout(() => {
      updateTimer = 0;
      const batch = dirty;
      dirty = new Set();
      guard(() => {
        const root = annotator.root();
        if (!root?.isConnected || batch.has(doc.documentElement)) {
          annotator.reset();
          active = false;
          activate();
        } else {
          annotator.update(batch).catch(() => undefined);
        }
      });
    }, UPDATE_DEBOUNCE);
  };

  const onMutations = (records: MutationRecord[]) => {
    // The figure of the open popover was removed from the page: close it.
    if (popover.isOpen() && popover.detached()) popover.hide(false);
    if (!active) {
      // The gate is reading the article: what changes meanwhile is read again once it opens.
      if (gating) {
        for (const r of records) {
          if (isOwnNode(r.target)) continue;
          dirty.add(r.target);
          for (const n of r.addedNodes) dirty.add(n);
        }
      }
      // Not about the troops (after a URL change): look only at what was added.
      if (runtime.topic.mutationsMentionTroops(records, isOwnNode)) scheduleCheck(300);
      return;
    }
    const root = annotator.root();
    if (!root) return;
    if (records.length > MAX_RECORDS || !root.isConnected) {
      dirty.add(doc.documentElement);
      return scheduleUpdate();
    }
    let touched = false;
    for (const r of records) {
      if (isOwnNode(r.target)) continue;
      if (r.type === 'childList') {
        let own = true;
        for (const n of r.addedNodes) own &&= isOwnNode(n);
        for (const n of r.removedNodes) own &&= n.nodeType === 1 && isOwnNode(n);
        if (own && (r.addedNodes.length > 0 || r.removedNodes.length > 0)) continue;
      }
      if (!root.contains(r.target)) continue;
      dirty.add(r.target);
      for (const n of r.addedNodes) dirty.add(n);
      touched = true;
    }
    if (touched) scheduleUpdate();
  };

  const observer = new MutationObserverRef((records) => guard(() => onMutations(records)));
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const report = async (): Promise<PageReport> => {
    // Give a check or a read in progress a moment to finish.
    const timeout = new Promise<void>((r) => ctx.setTimeout(() => r(), 3000));
    if (gating) await Promise.race([gating, timeout]);
    if (!active) return NO_FIGURES;
    await Promise.race([annotator.whenIdle(), timeout]);
    return { ...annotator.report(), timings: [...timings] };
  };

  ctx.addEventListener(doc, 'click', (e: MouseEvent) =>
    guard(() => {
      // Only the reader's own clicks: a page's synthetic click opens nothing.
      if (!isTrustedEvent(e) || !active || e.button !== 0 || e.defaultPrevented) return;
      if (popover.owns(e.target as Node) || stops.owns(e.target as Node)) return;
      // A figure inside a link: the link wins, as the reader expects.
      if ((e.target as Element | null)?.closest?.('a[href], button, input, select, textarea, [role=button]')) return;
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return; // the reader is selecting text
      const opened = annotator.openAt(e.clientX, e.clientY);
      if (!opened && popover.isOpen()) popover.hide(false);
    }),
  );

  ctx.addEventListener(doc, 'keydown', (e: KeyboardEvent) =>
    guard(() => {
      if (!isTrustedEvent(e)) return;
      if (e.key === 'Escape' && popover.isOpen()) popover.hide(true);
      // The figures from the keyboard, without the popup (the browser commands do the same where set).
      const direction = active ? navigationKey(e) : null;
      if (direction !== null && annotator.navigate(direction)) e.preventDefault();
    }),
  );

  // Address changes (single-page sites): the event can be forged by the page and
  // pushState spammed, so only a real change of address counts, and the page is
  // read again at most once per REREAD_INTERVAL.
  const reread = runtime.createRereadGate({
    readAddress: () => location.href,
    debounceMs: 600,
    intervalMs: REREAD_INTERVAL,
    schedule: (fn, ms) => ctx.setTimeout(fn, ms),
    cancel: (id) => clearTimeout(id),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () =>
    guard(() => {
      if (!reread.announce(() => scheduleCheck(0))) return;
      annotator.reset();
      active = false;
    }),
  );

  ctx.onInvalidated(() => {
    guard(() => observer.disconnect());
    guard(() => annotator.reset());
    guard(() => painter.remove());
    guard(() => stops.remove());
  });

  gateThenActivate(true);

  return {
    report: () => report().catch(() => NO_FIGURES),
    focusFigure: (index) => guard(() => annotator.focusFigure(index)) ?? false,
    navigate: (direction) => guard(() => annotator.navigate(direction)) ?? false,
    // The background answered, then could not store the page: the popup says so (only about the text last answered).
    notStored: (message) => guard(() => api.isLatest(message) && annotator.notStored(String(message.reason))) ?? false,
  };
}

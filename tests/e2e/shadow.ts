// Reaching into Tallymark's closed shadow root from a browser test, through the
// DevTools protocol (the page's own scripts cannot): run a function on the root,
// and let axe-core see it by giving the host a `shadowRoot` getter in the test's world.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { findShadowHost } from './harness';

/** Runs `fn` (source of a function) with `this` = the shadow root of the first `hostTag`; returns its JSON value. */
export async function onShadowRoot<T>(page: Page, hostTag: string, fn: string): Promise<T | null> {
  const { cdp, shadow } = await findShadowHost(page, hostTag);
  try {
    if (!shadow) return null;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value: T };
    };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** What has the focus inside the shadow root: its class and text, or null. */
export function shadowFocus(page: Page, hostTag: string): Promise<{ cls: string; text: string } | null> {
  return onShadowRoot(
    page,
    hostTag,
    `function () { const a = this.activeElement; return a ? { cls: a.className, text: a.textContent } : null; }`,
  );
}

/** The popover's box and its header's parts, in viewport pixels. */
export function popoverBoxes(page: Page, hostTag: string) {
  return onShadowRoot<Record<string, { top: number; bottom: number; left: number; right: number } | null>>(
    page,
    hostTag,
    `function () {
      const box = (sel) => { const el = this.querySelector(sel); if (!el) return null; const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
      return { popover: box('.tm-popover'), badge: box('.tm-badge'), close: box('.tm-close'), prev: box('.tm-nav'), next: box('.tm-nav-row .tm-nav:last-child'), place: box('.tm-place') };
    }`,
  );
}

const require = createRequire(import.meta.url);
const AXE_SOURCE: string = require('axe-core').source;

export interface AxeCounts {
  critical: number;
  serious: number;
  moderate: number;
  minor: number;
  /** "rule-id (impact): n nodes" for each violation. */
  rules: string[];
}

/**
 * axe-core on the page (or only inside `hostTag`'s shadow root, which is made
 * visible to axe first), WCAG 2.1 A/AA and best practices.
 */
export async function runAxe(page: Page, hostTag?: string): Promise<AxeCounts> {
  if (hostTag) {
    const { cdp, host, shadow } = await findShadowHost(page, hostTag);
    try {
      if (!host || !shadow) throw new Error(`no ${hostTag} with a shadow root`);
      const { object: rootObj } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
        object: { objectId: string };
      };
      const { object: hostObj } = (await cdp.send('DOM.resolveNode', { backendNodeId: host.backendNodeId })) as {
        object: { objectId: string };
      };
      await cdp.send('Runtime.callFunctionOn', {
        objectId: hostObj.objectId,
        functionDeclaration: `function (root) { Object.defineProperty(this, 'shadowRoot', { get: () => root, configurable: true }); }`,
        arguments: [{ objectId: rootObj.objectId }],
      });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(async (host) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const context = host ? { include: [[host]] } : document;
    const r = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  }, hostTag ?? null)) as { id: string; impact: string; nodes: number; targets: string[] }[];
  const count = (impact: string) => result.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes, 0);
  return {
    critical: count('critical'),
    serious: count('serious'),
    moderate: count('moderate'),
    minor: count('minor'),
    rules: result.map((v) => `${v.id} (${v.impact}): ${v.nodes} ${v.targets.join(' ')}`),
  };
}

// The last article text each frame sent (with `session` and `version`), kept
// in the background's memory while its tab is open, so that a live page sends
// only what changed (`ingestEdit`) and the background splices it in. Never
// stored: a restarted background has none, and the page is asked for its whole
// text again. Bounded: the least recently used frames are dropped past
// MAX_FRAMES frames or MAX_CHARS characters in all.
import type { TextEdit, TextVersion } from '../messages';
import { ValidationError } from '../store/validate';

/** Frames whose text is kept, at most. */
export const MAX_FRAMES = 32;
/** Characters kept in all, at most (UTF-16 units: about 40 MB). */
export const MAX_CHARS = 20_000_000;

export interface FrameText extends TextVersion {
  text: string;
}

export interface FrameTexts {
  /** The text kept for `key`, or undefined. */
  get(key: string): FrameText | undefined;
  /** Keep `entry` for `key` (replacing what was kept). */
  set(key: string, entry: FrameText): void;
  /** Forget the frames of a tab (closed). */
  dropTab(tabId: number): void;
  /** Characters kept in all (tests). */
  readonly chars: number;
}

/** The key of a sender's frame: its tab and frame ids (frame 0: the top document). */
export const frameKey = (tabId: number, frameId = 0): string => `${tabId}:${frameId}`;

export function createFrameTexts(limits: { frames?: number; chars?: number } = {}): FrameTexts {
  const maxFrames = limits.frames ?? MAX_FRAMES;
  const maxChars = limits.chars ?? MAX_CHARS;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<string, FrameText>();
  let chars = 0;
  const drop = (key: string) => {
    const old = kept.get(key);
    if (!old) return;
    chars -= old.text.length;
    kept.delete(key);
  };
  return {
    get(key) {
      const entry = kept.get(key);
      if (entry) {
        kept.delete(key);
        kept.set(key, entry);
      }
      return entry;
    },
    set(key, entry) {
      drop(key);
      if (entry.text.length > maxChars) return;
      kept.set(key, entry);
      chars += entry.text.length;
      for (const k of kept.keys()) {
        if (kept.size <= maxFrames && chars <= maxChars) break;
        if (k !== key) drop(k);
      }
    },
    dropTab(tabId) {
      for (const k of [...kept.keys()]) if (k.startsWith(`${tabId}:`)) drop(k);
    },
    get chars() {
      return chars;
    },
  };
}

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Checks that `x` is a TextVersion as a content script sends it; throws naming what is wrong. */
export function checkTextVersion(x: { session?: unknown; version?: unknown }): TextVersion {
  if (typeof x.session !== 'string' || x.session.length === 0 || x.session.length > 64) {
    throw new ValidationError('session: expected a short non-empty string');
  }
  if (!isOffset(x.version) || x.version < 1) throw new ValidationError('version: expected a whole number from 1');
  return { session: x.session, version: x.version };
}

/**
 * The text of `base` with `edit` spliced in. Throws `ValidationError` when the
 * edit is malformed or does not fit the text (offsets out of it), or when the
 * result would be longer than `maxChars`.
 */
export function applyEdit(base: string, edit: unknown, maxChars: number): string {
  if (typeof edit !== 'object' || edit === null) throw new ValidationError('edit: expected an object');
  const { start, end, text } = edit as Partial<TextEdit>;
  if (!isOffset(start) || !isOffset(end) || start > end || end > base.length) {
    throw new ValidationError(`edit: offsets out of the text (${String(start)}–${String(end)} of ${base.length})`);
  }
  if (typeof text !== 'string') throw new ValidationError('edit.text: expected a string');
  const length = base.length - (end - start) + text.length;
  if (length > maxChars) throw new ValidationError(`text: too long (${length} characters, at most ${maxChars})`);
  return base.slice(0, start) + text + base.slice(end);
}

// A figure's scope in words (CLAIMS.md, "Scopes").
import type { Scope } from '../types';

/** Short words for a scope, as a tag: "one battle", "an addition". */
export const SCOPE_WORDS: Record<Scope, string> = {
  total: 'the whole count',
  increment: 'an addition',
  episode: 'one battle or episode',
  plan: 'planned',
  part: 'part of the force',
};

/** Why a figure of this scope is not compared, in a sentence; null for `total` and `plan`. */
export function scopeNotCompared(scope: Scope): string | null {
  switch (scope) {
    case 'increment':
      return 'An addition to an earlier count, not the whole: it is compared with nothing.';
    case 'episode':
      return 'One battle, unit, place or short span, not the whole war: it is compared with nothing.';
    case 'part':
      return 'Part of a force counted as a whole elsewhere: it is compared with nothing.';
    default:
      return null;
  }
}

// How another outlet's figure stands against the page's, in words (never a dot alone).
import { isOverlapping, isSameFigure } from '../compare/compare-figures';

export type Relation = 'same' | 'overlaps' | 'apart';

export interface Bounds {
  low: number | null;
  high: number | null;
}

/** same: the same figure; overlaps: another number or bound that meets this one; apart: no overlap. */
export function relationOf(here: Bounds, other: Bounds): Relation {
  if (isSameFigure(here, other)) return 'same';
  return isOverlapping(here, other) ? 'overlaps' : 'apart';
}

export const RELATION_WORDS: Record<Relation, string> = {
  same: 'same figure as this page',
  overlaps: 'another figure, overlapping this page’s',
  apart: 'does not overlap this page’s figure',
};

/** The verdict-style class a relation is drawn with (agrees / differs / conflicts looks). */
export const RELATION_LOOK: Record<Relation, 'agrees' | 'differs' | 'conflicts'> = {
  same: 'agrees',
  overlaps: 'differs',
  apart: 'conflicts',
};

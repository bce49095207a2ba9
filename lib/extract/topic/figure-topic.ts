// The topic stage of a figure's reading (../reading.ts): whose troops the
// figure counts. Before its metric, the owner its words name (`readOwner`);
// after it, whether the figure is about this war's North Korean troops at all
// (`keptByTopic`): not a home army, another war, a correction, civilians, and
// a bare figure only with an antecedent (./antecedent.ts).

import { type Ctx, on } from '../context';
import { PART_OF } from '../metric/predicate';
import { type FigureReading, refused } from '../reading';
import { hasAntecedent } from './antecedent';
import { CIVILIANS, civiliansAfter } from './civilians';
import { CORRECTION_NOTE, inCorrectionNote, weSaidInError } from './correction';
import { inOtherWar, OTHER_WAR } from './other-war';
import { HOME_ARMY, homeArmy, NATIONALITY_PREDICATE, nkByPredicate, OWNED_BY_OTHER_SIDE, ownerBefore, theatreNamedBefore } from './owner';
import { nkJustBefore, PEOPLE_NOT_NORTH_KOREAN } from './passage';
import { THEY_LOST_PEOPLE, theyLost } from './they-lost';

/** Reads whose troops the figure counts by its words into `r`; false when they are another side's, or people not North Korean. */
export function readOwner(ctx: Ctx, r: FigureReading): boolean {
  const { T, k, j, head, sent, prevClaim } = r;
  r.owner = r.natNK ? 'nk' : null;
  // "8,000 of them": the troops of the figure before, already judged.
  r.partitive = head === 'weak' && (r.partOfWord || PART_OF.has(T[j - 1]?.w ?? ''));
  // "Of the 60,000 Russian troops in Kursk, about 11,000 are North Korean": the figure's own predicate names them.
  // (As "11,000 North Koreans" would: the troops default reads them as a deployment.)
  if (!r.owner && on(ctx, NATIONALITY_PREDICATE) && nkByPredicate(T, j)) {
    r.owner = 'nk';
    r.natNK = true;
  }
  if (!r.owner) r.owner = ownerBefore(T, k);
  if (r.owner === 'other' && on(ctx, OWNED_BY_OTHER_SIDE)) return refused(r, OWNED_BY_OTHER_SIDE.id);
  if (!r.owner) {
    // "people" must be North Korean in their own sentence; "2,700 others/more" may follow one that is.
    const weakWord = T[j - 1]?.w ?? '';
    if (
      head === 'weak' &&
      !sent.nk &&
      !r.partitive &&
      // ("Seoul says about 11,000, with 3,000 more in early 2025": a claim just kept in its own sentence counts too.)
      !(
        (weakWord === 'more' || weakWord === 'others') &&
        ((prevClaim !== undefined && prevClaim.start >= sent.start) || nkJustBefore(ctx, sent))
      ) &&
      // ("... North Korean troops ... To date, they have lost 4,000 people": the people "they" lost are theirs.)
      !(weakWord === 'people' && on(ctx, THEY_LOST_PEOPLE) && theyLost(T, k) && nkJustBefore(ctx, sent)) &&
      on(ctx, PEOPLE_NOT_NORTH_KOREAN)
    )
      return refused(r, PEOPLE_NOT_NORTH_KOREAN.id);
  }
  return true;
}

/** Whether the figure, its metric read, counts this war's North Korean troops (false: refused, and by which rule). */
export function keptByTopic(ctx: Ctx, r: FigureReading): boolean {
  const { text } = ctx;
  const { T, k, j, head, sent, metric } = r;
  if (metric === 'deployed' && on(ctx, HOME_ARMY) && homeArmy(T, k, () => theatreNamedBefore(text, r.f.start)))
    return refused(r, HOME_ARMY.id);
  if (on(ctx, OTHER_WAR) && inOtherWar(T, k, text, sent.start)) return refused(r, OTHER_WAR.id);
  if (on(ctx, CORRECTION_NOTE) && (inCorrectionNote(T, k) || weSaidInError(T, k, text, sent.start))) return refused(r, CORRECTION_NOTE.id);
  // "15,000 North Koreans working in Russia", "people sent to work at factories": civilians, not troops.
  if (
    metric === 'deployed' &&
    (head === 'weak' || head === 'none' || (head === 'troop' && /koreans$/.test(T[j - 1]?.w ?? ''))) &&
    on(ctx, CIVILIANS) &&
    civiliansAfter(T, j)
  )
    return refused(r, CIVILIANS.id);
  return r.owner !== null || sent.nk || hasAntecedent(ctx, r);
}

// Scope stage, across two sentences: "Pyongyang sent 1,000 engineers to
// Kursk. Earlier, it had deployed 15,000 combat troops." A sentence that opens
// on "Earlier," or "Previously," gives the earlier count, so the deployment
// counted in the sentence just before it is a later contingent: an increment.

import type { Claim } from '../../types';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';
import { ONE_UNIT, SPECIALISTS } from './words';

export const EARLIER_NEXT: RuleInfo = {
  id: 'increment.earlier-next',
  stage: 'scope',
  summary:
    'a deployment followed by a sentence opening "Earlier," or "Previously," with another deployment is a later contingent ("sent 1,000 engineers. Earlier, it deployed 15,000 troops")',
  cases: [
    {
      text: 'Pyongyang sent [about 1,000] troops to Kursk. Earlier, North Korea deployed about 15,000 combat troops there.',
      want: { metric: 'deployed', scope: 'increment' },
    },
    {
      text: 'Pyongyang sent about 1,000 troops to Kursk. Earlier, North Korea deployed [about 15,000] combat troops there.',
      want: { metric: 'deployed', scope: 'total' },
    },
    {
      text: 'Pyongyang sent [about 1,000] troops to Kursk. Later, North Korea deployed about 15,000 combat troops there.',
      want: { metric: 'deployed', scope: 'total' },
    },
  ],
};

/** The sentence's tokens open on "Earlier,", "Previously," or "Before that,". */
export function opensOnEarlier(T: readonly Token[]): boolean {
  const a = T[0]?.w;
  if (a === 'earlier' || a === 'previously') return T[1]?.w === ',';
  return a === 'before' && T[1]?.w === 'that' && T[2]?.w === ',';
}

/**
 * With `claim` a deployment in a sentence opening on "Earlier," (starting at
 * `sentStart`): the claim before it, a deployment counted as a whole in the
 * sentence just before (which ended at `prevSentEnd`), becomes an increment.
 * Returns whether it did.
 */
export function markLaterContingent(claims: Claim[], claim: Claim, sentStart: number, prevSentEnd: number): boolean {
  if (claim.metric !== 'deployed') return false;
  const prev = claims[claims.length - 1];
  if (prev?.metric !== 'deployed' || prev.scope !== 'total' || prev.end > sentStart) return false;
  if (sentStart - prevSentEnd > 3) return false;
  prev.scope = 'increment';
  return true;
}

export const GROUP_BEFORE: RuleInfo = {
  id: 'episode.them-a-group',
  stage: 'scope',
  summary:
    'losses "of them" where the sentence before names one group ("The engineers spent months clearing mines. Nine of them died") or counts less than the whole ("... captured three North Korean soldiers near Sudzha. Two of them died"): that group\'s, not the force\'s',
  cases: [
    {
      text: 'A Ukrainian unit says it captured three North Korean soldiers near Sudzha on Tuesday. [Two] of them later died of their wounds.',
      want: { metric: 'killed', scope: 'episode' },
    },
    {
      text: 'The North Korean engineers spent months clearing mines. [About 90] of them died in the work, KCNA said.',
      want: { metric: 'killed', scope: 'episode' },
    },
    {
      text: 'Seoul says 11,000 North Korean troops were sent to Russia. [Some 600] of them have died.',
      want: { metric: 'killed', scope: 'total' },
    },
  ],
};

/**
 * The claim just kept (`last`) lies in the sentence before, [start, end), and
 * counts less than the whole (one episode, a part, an addition): a figure
 * "of them" after it is a share of that group.
 */
export function themAreFewer(last: Claim | undefined, [start, end]: readonly [number, number]): boolean {
  return (
    last !== undefined &&
    last.start >= start &&
    last.start < end &&
    (last.scope === 'episode' || last.scope === 'part' || last.scope === 'increment')
  );
}

/** The figure at token k is counted "of them" or "of those". */
export function countedOfThem(T: readonly Token[], k: number): boolean {
  const them = T[k + 2]?.w;
  return T[k + 1]?.w === 'of' && (them === 'them' || them === 'those');
}

/**
 * The casualty figure at token k is counted "of them" and the sentence before
 * (`prev`'s tokens) opens on one group (engineers, a unit), not the force.
 */
export function themIsAGroup(T: readonly Token[], k: number, prev: readonly Token[]): boolean {
  if (!countedOfThem(T, k)) return false;
  for (let i = 0; i < prev.length && i < 6; i++) {
    const x = prev[i]!.w;
    if (SPECIALISTS.has(x) || ONE_UNIT.has(x)) return true;
  }
  return false;
}

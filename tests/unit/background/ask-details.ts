// What the verdicts of an ingest's answer weighed, asked of the background as
// the popover or the popup asks (lib/details.ts): the answer itself carries
// each verdict's mark only.
import { expect } from 'vitest';
import type { MessageSender } from '../../../lib/background/extension-api';
import { factsOf } from '../../../lib/details';
import type { ClaimVerdict, PageMeta } from '../../../lib/types';

type Send = (message: unknown, sender: MessageSender) => Promise<any>;

/**
 * The verdicts in full of figures `indices` (all by default) of `answer`, asked by `sender` about `page`:
 * a content script (the popover) sends the page as it described itself when read, the popup the page as
 * the background filed it (`answer.page`).
 */
export async function askDetails(
  send: Send,
  page: PageMeta,
  answer: any,
  sender: MessageSender,
  indices?: number[],
): Promise<ClaimVerdict[]> {
  const asked = indices ?? answer.claims.map((_: unknown, i: number) => i);
  const got = await send({ type: 'details', page, figures: answer.claims.map(factsOf), indices: asked }, sender);
  expect(got.error).toBeUndefined();
  return got.verdicts;
}

import { describe, expect, test } from 'vitest';
import { extractClaims, extractWithRefusals } from '../../../lib/extract/extract-claims';

/** The attribution and period rules noted on each claim's figure, in text order. */
function noted(text: string, published: string): string[][] {
  const { claims, fired } = extractWithRefusals(text, { published });
  const stages = /^(?:metric|increment|episode|plan|part|total)\./;
  // Figures are keyed by their index among the text's figures; claims keep text order.
  return [...fired.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, ids]) => ids.filter((id) => !stages.test(id)))
    .filter((ids) => ids.length > 0 || claims.length === 0);
}

describe('--explain: the attribution and period rules that fired on a figure', () => {
  test('the cue rule that found the source, the rule that resolved "he", the precedence rule that weighed', () => {
    const text =
      'Zelensky said the front was holding. He added that 3,000 North Korean soldiers had been killed. Reuters reported 1,000 North Korean troops had been wounded, citing Seoul’s spy agency.';
    const ids = noted(text, '2025-06-15');
    expect(ids[0]).toEqual(expect.arrayContaining(['speech-subject', 'pronoun-last-speaker']));
    expect(ids[1]).toEqual(expect.arrayContaining(['citing-or-by', 'media-pass-on']));
  });
  test('the rules that dated a figure: a month of last year, a timeline label', () => {
    const text =
      'In December, 1,100 North Korean troops were killed or wounded, Seoul said.\nNovember 2024: North Korea sent 11,000 troops to Russia.';
    const ids = noted(text, '2025-01-10');
    expect(ids[0]).toEqual(expect.arrayContaining(['month-before-publication', 'opening-adverbial']));
    expect(ids[1]).toContain('timeline-label');
  });
  test('a source from beyond the sentence, and from a fact box', () => {
    const ids = noted('About 600 North Korean soldiers have been killed. That’s according to the Pentagon.', '2025-06-15');
    expect(ids[0]).toContain('next-names-source');
    const box = noted('North Korean troops in Russia\nDeployed: 11,000\nKilled: 600\nSource: South Korea’s NIS', '2025-06-15');
    expect(box.flat()).toContain('fact-box-source-line');
  });
  test('noting costs nothing outside a trace: the claims are the same', () => {
    const text = 'Seoul said in December that 100 North Korean soldiers had died.';
    expect(extractWithRefusals(text, { published: '2025-06-15' }).claims).toEqual(extractClaims(text, { published: '2025-06-15' }));
  });
});

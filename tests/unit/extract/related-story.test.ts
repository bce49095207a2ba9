import fc from 'fast-check';
import { expect, test } from 'vitest';
import { endsOnStop, listedUnderRelatedHeading } from '../../../lib/extract/topic/related-story';

const STOP_AT_END = /[.!?]["”’)]?\s*$/;

test('endsOnStop reads what /[.!?]["”’)]?\\s*$/ reads (property)', () => {
  const unit = fc.constantFrom(
    'a',
    '.',
    '!',
    '?',
    '"',
    '\u201d',
    '\u2019',
    ')',
    "'",
    ' ',
    '\n',
    '\u00a0',
    '\u2009',
    '\u3000',
    '\ufeff',
    '\u200b',
    ',',
  );
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 8 }), fc.nat(8), (units, cut) => {
      const text = units.join('');
      for (let end = 0; end <= text.length; end++) {
        const from = Math.max(0, end - cut);
        expect(endsOnStop(text, from, end), `${JSON.stringify(text)} [${from}, ${end})`).toBe(STOP_AT_END.test(text.slice(from, end)));
      }
    }),
    { numRuns: 3000 },
  );
});

/** listedUnderRelatedHeading as first written: the line break before the sentence found with lastIndexOf. */
function listedByLastIndexOf(text: string, start: number, end: number): boolean {
  if (end - start > 160 || STOP_AT_END.test(text.slice(Math.max(start, end - 3), end))) return false;
  let lineEnd = text.lastIndexOf('\n', start - 1);
  if (lineEnd < 0 || start - lineEnd > 6 || !/^(?:\d{1,2}[.)]|[-•*·–])?$/.test(text.slice(lineEnd + 1, start).trim())) return false;
  for (let n = 0; n < 10 && lineEnd > 0; n++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const t = text.slice(lineStart, lineEnd).trim();
    if (/^(?:Most read(?: news)?|Most popular|Read more|Related):?$/i.test(t)) return true;
    if (t.length > 160 || /[.!?]["”’)]?$/.test(t)) return false;
    lineEnd = lineStart - 1;
  }
  return false;
}

test('listedUnderRelatedHeading finds the line break before a sentence as lastIndexOf does (property)', () => {
  const unit = fc.constantFrom('Most read', 'Related', '\n', '\n\n', '1. ', '2) ', '- ', '  ', 'Kyiv says 3,000 died', '.', 'x', ' ');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
      const text = units.join('');
      for (let start = 0; start < text.length; start++)
        for (const end of [start + 1, text.length]) {
          if (end > text.length) continue;
          expect(listedUnderRelatedHeading(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`).toBe(
            listedByLastIndexOf(text, start, end),
          );
        }
    }),
    { numRuns: 1000 },
  );
});

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { endsOnStop } from '../../../lib/extract/topic/related-story';

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

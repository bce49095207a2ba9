import { describe, expect, test } from 'vitest';
import { createSelectors } from '../../lib/anchor/selectors';

describe('createSelectors', () => {
  test('quotes the figure with context on both sides', () => {
    const text = 'Officials said more than 3,000 soldiers were hurt.';
    const start = text.indexOf('more');
    const end = text.indexOf(' soldiers');
    const { quote, position } = createSelectors(text, start, end, 8);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'more than 3,000', prefix: 'ls said ', suffix: ' soldier' });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });
});

import { describe, expect, test } from 'vitest';
import { optionReader } from '../../../scripts/bench/options';

describe('optionReader', () => {
  test('reads the value after an option’s name, else the fallback', () => {
    const value = optionReader(['/tmp/a', '--runs', '9', '--path']);
    expect(value('--runs', '5')).toBe('9');
    expect(value('--rounds', '8')).toBe('8');
    // A name with nothing after it gives the fallback.
    expect(value('--path', '/seed/000')).toBe('/seed/000');
  });
});

import { describe, expect, test } from 'vitest';
import { createFilename, isWebUrl, slugify } from '../../../lib/export/page';

describe('slugify', () => {
  test.each([
    ['Seoul says 300 troops died', 'seoul-says-300-troops-died'],
    ['  Kyiv: “two soldiers” captured!  ', 'kyiv-two-soldiers-captured'],
    ['Pyongyang’s soldiers — café report', 'pyongyang-s-soldiers-cafe-report'],
    ['', 'page'],
    ['!!!', 'page'],
  ])('%j → %j', (title, slug) => expect(slugify(title)).toBe(slug));

  test('cuts long titles at a word', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('createFilename', () => {
  test('names the file after the page and the day', () => {
    expect(createFilename('A Story', new Date('2025-01-14T23:59:00Z'), 'csv')).toBe('tallymark-a-story-2025-01-14.csv');
  });
});

describe('isWebUrl', () => {
  test.each([
    ['https://a.example/x', true],
    ['http://a.example', true],
    ['javascript:alert(1)', false],
    ['file:///tmp/x.html', false],
    ['not a url', false],
    [null, false],
  ])('%j → %j', (url, ok) => expect(isWebUrl(url)).toBe(ok));
});

// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { CompareItem } from '../../../components/popover/CompareItem';
import type { ComparedFigure } from '../../../lib/types';

const figure: ComparedFigure = {
  outlet: '127.0.0.1',
  outletClaimed: '<img src=x onerror=alert(1)> Reuters',
  published: '2025-01-13',
  figure: '90,000',
  metric: 'killed',
  qualifier: 'exact',
  low: 90000,
  high: 90000,
  attribution: null,
  period: null,
  scope: 'total',
  url: 'javascript:alert(1)',
  title: 'A spoof',
  sentence: 'A made-up 90,000 were killed.',
  figureInSentence: { start: 10, end: 16 },
};

describe('a compared figure from a page that named itself', () => {
  test('shows the domain it is filed under, the name as its claim (as text), and no link for a javascript: address', () => {
    const { container } = render(<CompareItem figure={figure} />);
    expect(container.querySelector('.tm-outlet')?.textContent).toBe('127.0.0.1 (calls itself “<img src=x onerror=alert(1)> Reuters”)');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
  });
});

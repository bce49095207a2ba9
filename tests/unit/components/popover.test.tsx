// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Popover } from '../../../components/Popover';
import type { ComparedFigure, JudgedClaim } from '../../../lib/types';

afterEach(cleanup);

const compared = (outlet: string, extra: Partial<ComparedFigure> = {}): ComparedFigure => ({
  outlet,
  scope: 'total',
  published: '2025-01-13',
  figure: 'about 300',
  metric: 'killed',
  qualifier: 'approx',
  low: 300,
  high: 300,
  attribution: { side: 'kr', text: 'the spy agency' },
  period: null,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/story`,
  title: `${outlet} story`,
  sentence: 'Officials said about 300 soldiers had died in the fighting.',
  figureInSentence: { start: 15, end: 24 },
  ...extra,
});

const claim = (over: Partial<JudgedClaim> = {}): JudgedClaim => ({
  metric: 'killed',
  scope: 'total',
  qualifier: 'atLeast',
  low: 3000,
  high: null,
  figure: 'more than 3,000',
  start: 10,
  end: 25,
  sentence: 'We wrote that more than 3,000 died.',
  attribution: null,
  period: null,
  quote: { type: 'TextQuoteSelector', exact: 'more than 3,000', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 10, end: 25 },
  verdict: 'conflicts',
  compared: [compared('Paper One'), compared('Paper Two', { url: 'javascript:alert(1)' }), compared('Bundled', { sentence: null, figureInSentence: null, url: null, title: '' })],
  earlier: [compared('Early Desk', { published: '2024-12-20', qualifier: 'atLeast', low: 100, high: null, figure: 'at least 100' })],
  later: [],
  ...over,
});

describe('Popover', () => {
  test('is a labelled dialog with the verdict in words, and takes the focus', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toContain('more than 3,000');
    expect(dialog.textContent).toContain('3 other outlets report about 300 deaths; this page says more than 3,000.');
    expect(document.activeElement).toBe(dialog);
  });

  test('lists every compared figure with outlet, source and the sentence with the figure marked', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const items = screen.getByRole('region', { name: 'Compared figures' }).querySelectorAll('li');
    expect(items.length).toBe(3);
    expect(items[0]!.textContent).toContain('Paper One');
    expect(items[0]!.textContent).toContain('13 Jan 2025 · South Korea: the spy agency');
    const mark = items[0]!.querySelector('mark')!;
    expect(mark.textContent).toBe('about 300');
    expect(items[2]!.textContent).toContain('“about 300”, from the reference figures that come with Tallymark');
  });

  test('links only http(s) addresses, in a new tab without opener', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const links = screen.getAllByRole('link');
    // Paper One and Early Desk have http(s) links; Paper Two's javascript: and Bundled's null are not linked.
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://paperone.example/story', 'https://earlydesk.example/story']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('page text is rendered as text, never as HTML', () => {
    const evil = compared('Evil <img src=x onerror=alert(1)>', { sentence: '<b>bold</b> about 300 <script>x()</script>', figureInSentence: { start: 12, end: 21 } });
    render(<Popover claim={claim({ compared: [evil] })} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img, b, script')).toBeNull();
    expect(dialog.textContent).toContain('<b>bold</b>');
  });

  test('shows earlier reporting, so the reader sees how the figure moved', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const section = screen.getByRole('region', { name: 'Reporting over time' });
    expect(section.textContent).toContain('more than 100 (20 Dec 2024) → this page: more than 3,000');
    expect(section.textContent).toContain('Early Desk');
  });

  test('Escape and the Close button close it', () => {
    const onClose = vi.fn();
    render(<Popover claim={claim()} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  test('previous / next buttons navigate, and the place is shown', () => {
    const onNavigate = vi.fn();
    render(<Popover claim={claim()} onClose={() => {}} onNavigate={onNavigate} place={{ index: 1, total: 4 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next figure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous figure' }));
    expect(onNavigate.mock.calls).toEqual([[1], [-1]]);
    expect(screen.getByRole('dialog').textContent).toContain('Figure 2 of 4');
  });

  test('a unique figure says there is nothing to compare', () => {
    render(<Popover claim={claim({ verdict: 'unique', compared: [], earlier: [] })} onClose={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain('No other outlet you have read reports deaths for this time');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});

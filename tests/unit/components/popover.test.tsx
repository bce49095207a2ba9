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
  compared: [
    compared('Paper One'),
    compared('Paper Two', { url: 'javascript:alert(1)' }),
    compared('Bundled', { sentence: null, figureInSentence: null, url: null, title: '' }),
  ],
  earlier: [compared('Early Desk', { published: '2024-12-20', qualifier: 'atLeast', low: 100, high: null, figure: 'at least 100' })],
  later: [],
  ...over,
});

describe('Popover', () => {
  test('is a dialog named by its verdict and figure, described by the lead sentence, and takes the focus', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    const name = dialog
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ');
    expect(name).toContain('Conflicts');
    expect(name).toContain('more than 3,000');
    const lead = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(lead.textContent).toBe('Other reports of the same Seoul briefing give about 300 deaths, not more than 3,000.');
    expect(document.activeElement).toBe(dialog);
  });

  test('when what the verdict weighed could not be loaded, it says so in place of the lead sentence, and keeps the verdict', () => {
    const missing = 'Tallymark could not load what other outlets reported just now.';
    render(<Popover claim={claim({ compared: [], earlier: [], later: [] })} unavailable={missing} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe(missing);
    expect(dialog.textContent).toContain('Conflicts');
    expect(dialog.querySelector('.tm-list')).toBeNull();
  });

  test('says who this page attributes its figure to, and why the figures differ where the engine knows', () => {
    const reasonFigure = compared('Paper One', { metric: 'casualties', qualifier: 'exact', low: 3000, high: 3000, figure: '3,000' });
    render(
      <Popover
        claim={claim({
          attribution: { side: 'kr', text: 'the spy agency' },
          reason: { kind: 'otherMetric', metric: 'casualties', figure: reasonFigure },
        })}
        onClose={() => {}}
      />,
    );
    const text = screen.getByRole('dialog').textContent!;
    expect(text).toContain('This page attributes it to Seoul (“the spy agency”).');
    expect(text).toContain('Why: 3,000 is Seoul’s count of killed and wounded together, not of the dead');
  });

  test('groups the compared figures by source, each with its relation in words, date, source and the sentence', () => {
    const kyiv = compared('Kyiv Paper', {
      attribution: { side: 'ua', text: 'HUR' },
      low: 3800,
      high: 3800,
      qualifier: 'exact',
      figure: '3,800',
    });
    render(<Popover claim={claim({ compared: [...claim().compared, kyiv] })} onClose={() => {}} />);
    const groups = document.querySelectorAll('.tm-group');
    expect([...groups].map((g) => g.getAttribute('data-source'))).toEqual(['kr', 'ua']);
    expect(groups[0]!.querySelector('h4')!.textContent).toContain('Seoul: about 300 latest 13 Jan 2025, 3 outlets');
    const items = [...groups[0]!.querySelectorAll('li')];
    expect(items.length).toBe(3);
    const one = items.find((li) => li.textContent!.includes('Paper One'))!;
    expect(one.textContent).toContain('does not overlap this page’s figure');
    expect(one.textContent).toContain('13 Jan 2025 · South Korea: the spy agency');
    expect(one.querySelector('mark')!.textContent).toBe('about 300');
    expect(groups[1]!.textContent).toContain('Kyiv: 3,800');
    expect(document.body.textContent).toContain('“about 300”, from the reference figures that come with Tallymark');
  });

  test('links only http(s) addresses, in a new tab without opener', () => {
    render(<Popover claim={claim()} onClose={() => {}} />);
    const links = screen.getAllByRole('link');
    // Paper One has an http(s) link; Paper Two's javascript: and Bundled's null are not linked.
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://paperone.example/story']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('page text is rendered as text, never as HTML', () => {
    const evil = compared('Evil <img src=x onerror=alert(1)>', {
      sentence: '<b>bold</b> about 300 <script>x()</script>',
      figureInSentence: { start: 12, end: 21 },
    });
    render(<Popover claim={claim({ compared: [evil] })} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.querySelector('img, b, script')).toBeNull();
    expect(dialog.textContent).toContain('<b>bold</b>');
  });

  test('draws the timeline: a step line per source with the page marked, and the same as a list', () => {
    render(<Popover claim={claim()} onClose={() => {}} published="2025-01-13" />);
    const svg = document.querySelector('svg[data-chart="timeline"]')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelectorAll('[data-source="kr"] circle').length).toBe(4);
    expect(svg.querySelector('[data-page="true"]')).not.toBeNull();
    const list = document.querySelector('[data-list="timeline"]')!;
    expect(list.textContent).toContain('Seoul: more than 100 (20 Dec 2024, Early Desk), then about 300 (13 Jan 2025, Paper One)');
    expect(list.textContent).toContain('This page’s figure: more than 3,000 (13 Jan 2025).');
  });

  test('Escape and the Close button close it', () => {
    const onClose = vi.fn();
    render(<Popover claim={claim()} onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  test('previous / next buttons navigate, the place is shown, and focus stays on the button pressed', () => {
    const onNavigate = vi.fn();
    const { rerender } = render(<Popover claim={claim()} onClose={() => {}} onNavigate={onNavigate} place={{ index: 1, total: 4 }} />);
    const next = screen.getByRole('button', { name: 'Next' });
    fireEvent.click(next);
    rerender(<Popover claim={claim({ figure: 'about 300' })} onClose={() => {}} onNavigate={onNavigate} place={{ index: 2, total: 4 }} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    rerender(<Popover claim={claim()} onClose={() => {}} onNavigate={onNavigate} place={{ index: 1, total: 4 }} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Previous' }));
    expect(onNavigate.mock.calls).toEqual([[1], [-1]]);
    expect(screen.getByRole('dialog').textContent).toContain('Figure 2 of 4');
  });

  test('a unique figure says there is nothing to compare; an episode says why it is not compared', () => {
    render(<Popover claim={claim({ verdict: 'unique', compared: [], earlier: [] })} onClose={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain(
      'No other outlet you have read, nor the reference set, gives deaths for this time',
    );
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    cleanup();
    render(<Popover claim={claim({ verdict: 'unique', scope: 'episode', compared: [], earlier: [] })} onClose={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain('(one battle or episode)');
    expect(screen.getByRole('dialog').textContent).toContain('not the whole war: it is compared with nothing');
  });
});

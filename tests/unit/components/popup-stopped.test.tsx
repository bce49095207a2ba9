// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import type { JudgedReport } from '../../../components/popup/page-state';
import { FIXTURE_PAGE } from '../export/fixture';
import { createFakeApi } from './popup-fake';

afterEach(cleanup);

const report = (over: Partial<JudgedReport> = {}): JudgedReport => ({
  status: 'ok',
  page: FIXTURE_PAGE.page,
  text: FIXTURE_PAGE.text ?? '',
  claims: FIXTURE_PAGE.claims,
  stored: true,
  ...over,
});

test('a page longer than the read budget: the popup says where reading stopped', async () => {
  render(<Popup api={createFakeApi({ report: report({ stoppedAt: 1_999_726 }) })} />);
  expect((await screen.findByText(/read its first 1,999,726 characters and stopped there/)).getAttribute('role')).toBe('note');
});

test('with no figures read before the budget, it still says so', async () => {
  render(<Popup api={createFakeApi({ report: report({ status: 'no-figures', claims: [], stoppedAt: 2_000_000 }) })} />);
  expect(await screen.findByText(/read its first 2,000,000 characters/)).toBeTruthy();
});

test('a page read whole says nothing of it', async () => {
  render(<Popup api={createFakeApi({ report: report() })} />);
  await screen.findByRole('heading', { name: /Deaths/ });
  expect(screen.queryByText(/stopped there/)).toBeNull();
});

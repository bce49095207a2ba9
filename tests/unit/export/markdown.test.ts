import { describe, expect, test } from 'vitest';
import { escapeMarkdown, exportAllMarkdown, exportPageMarkdown, groupClaims } from '../../../lib/export/markdown';
import type { ExportPage } from '../../../lib/export/page';
import { EXPORT_DATE, FIXTURE_PAGE, compared } from './fixture';

describe('exportPageMarkdown', () => {
  const file = exportPageMarkdown(FIXTURE_PAGE, EXPORT_DATE);
  const md = file.contents;

  test('names the page, its address and its date', () => {
    expect(file.filename).toMatch(/^tallymark-seoul-says-.*-2025-02-03\.md$/);
    expect(md.split('\n')[0]).toBe(`# ${FIXTURE_PAGE.page.title}`);
    expect(md).toContain(`<${FIXTURE_PAGE.page.url}>`);
    expect(md).toContain('Published: 2025-01-14');
    expect(md).toContain('2025-02-03');
  });

  test('lists every figure with its verdict and attribution', () => {
    const figureLines = md.split('\n').filter((l) => l.startsWith('- **'));
    expect(figureLines).toHaveLength(FIXTURE_PAGE.claims.length);
    for (const claim of FIXTURE_PAGE.claims) {
      expect(figureLines.some((l) => l.includes(`"${claim.figure}"`))).toBe(true);
    }
    expect(md).toContain('- **Conflicts**: "more than 3,000"');
    expect(md).toContain('- **Only here**: "Two"');
    expect(md).toContain('Source: United States: Washington');
  });

  test("links the other outlets' figures", () => {
    for (const c of FIXTURE_PAGE.claims.flatMap((claim) => claim.compared)) {
      expect(md).toContain(`[${c.outlet}](${c.url})`);
    }
  });

  test('groups by metric, conflicts first', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Deaths', '## Troops deployed', '## Wounded', '## Taken prisoner']);
    const killed = md.slice(md.indexOf('## Deaths'), md.indexOf('## Troops deployed'));
    expect(killed.indexOf('"about 300"')).toBeLessThan(killed.indexOf('"more than 3,000"'));
  });

  test('page text cannot inject links or markup, and non-web links are dropped', () => {
    const bad = compared('[Click](javascript:alert(1))', 'about 300', 300, 300, { url: 'javascript:alert(1)' });
    const page: ExportPage = {
      ...FIXTURE_PAGE,
      page: { ...FIXTURE_PAGE.page, title: '<img src=x onerror=alert(1)> *bold*' },
      claims: [{ ...FIXTURE_PAGE.claims[0]!, compared: [bad] }],
    };
    const out = exportPageMarkdown(page, EXPORT_DATE).contents;
    // The outlet's name is shown as text; its address is not linked.
    expect(out).not.toMatch(/[^\\]\]\(javascript:/);
    expect(out).not.toMatch(/(^|[^\\])<img/);
    expect(out).toContain('\\<img');
    expect(out).toContain('\\[Click\\]');
    expect(out).toContain('\\*bold\\*');
  });

  test('says how many compared figures are not listed', () => {
    const claims = [{ ...FIXTURE_PAGE.claims[0]!, comparedCount: 5 }];
    const out = exportPageMarkdown({ ...FIXTURE_PAGE, claims }, EXPORT_DATE).contents;
    expect(out).toContain('and 3 more figures from other outlets, not listed');
  });

  test('says so when a page has no figures', () => {
    const out = exportPageMarkdown({ ...FIXTURE_PAGE, claims: [] }, EXPORT_DATE).contents;
    expect(out).toContain('No figures about North Korean troops');
  });
});

describe('exportAllMarkdown', () => {
  test('one section per page', () => {
    const other: ExportPage = { ...FIXTURE_PAGE, page: { ...FIXTURE_PAGE.page, title: 'Another story' } };
    const out = exportAllMarkdown([FIXTURE_PAGE, other], EXPORT_DATE).contents;
    expect(out.split('\n').filter((l) => l.startsWith('## ')).length).toBe(2);
    expect(out.split('\n').filter((l) => l.startsWith('- **')).length).toBe(2 * FIXTURE_PAGE.claims.length);
  });
});

describe('groupClaims', () => {
  test("keeps each claim's index in the page", () => {
    const groups = groupClaims(FIXTURE_PAGE.claims);
    const indexes = groups.flatMap((g) => g.claims.map((c) => c.index)).sort();
    expect(indexes).toEqual([0, 1, 2, 3, 4]);
    expect(groups[0]!.claims.every(({ claim }) => claim.metric === 'killed')).toBe(true);
  });
});

describe('escapeMarkdown', () => {
  test('escapes inline syntax and flattens lines', () => {
    expect(escapeMarkdown('a *b* [c](d)\n# e')).toBe('a \\*b\\* \\[c\\](d) # e');
  });
});

describe('groupClaims, verdict order', () => {
  test('orders every verdict as the contract does: conflicts, disputed, outdated, differs, agrees, unique', () => {
    const verdicts = ['unique', 'agrees', 'differs', 'outdated', 'disputed', 'conflicts'] as const;
    const claims = verdicts.map((verdict, start) => ({ metric: 'killed' as const, verdict, start }));
    expect(groupClaims(claims)[0]?.claims.map(({ claim }) => claim.verdict)).toEqual([...verdicts].reverse());
  });
});

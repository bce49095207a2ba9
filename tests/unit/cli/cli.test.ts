// The command line, spawned as `npm run extract/check` would run it, on small files we write.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

// Each test spawns tsx: on a loaded machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000 });

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
let dir: string;

/**
 * Each test spawns tsx, which compiles the command line afresh: a second on
 * an idle machine, many on a busy one. The tests wait for it however long it
 * takes (within reason); they check what it prints, never how fast.
 */
const SPAWNED = { timeout: 300_000 };

function run(...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/cli.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: SPAWNED.timeout });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every stdout line is a JSON object; nothing else is printed. */
function jsonLines(stdout: string): any[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
}

function expectError(r: ReturnType<typeof run>, message: RegExp, code = 1) {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')[0]).toMatch(message);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tallymark-cli-'));
  // Articles we wrote ourselves.
  writeFileSync(
    join(dir, 'a.txt'),
    "Made-up Daily\n\nSouth Korea's spy agency told lawmakers on Monday that about 300 North Korean soldiers have been killed in the Kursk region.\n",
  );
  writeFileSync(
    join(dir, 'b.txt'),
    'Other Paper\n\nUkraine said on Tuesday that 3,000 North Korean soldiers were killed in the Kursk region.\n',
  );
  writeFileSync(
    join(dir, 'c.html'),
    "<html><head><title>T</title><script>document.write('injected 999 North Korean soldiers were killed')</script></head><body><nav>Home | World</nav><article><h1>A page we wrote</h1><p>South Korea's spy agency said about 300 North Korean soldiers have been killed in the Kursk region.</p></article></body></html>",
  );
  const manifest = (articles: unknown) => JSON.stringify({ articles });
  writeFileSync(
    join(dir, 'ok.json'),
    manifest([
      { file: 'a.txt', outlet: 'Made-up Daily', url: 'https://daily.example/a', published: '2025-01-13' },
      { file: 'b.txt', outlet: 'Other Paper', url: null, published: '2025-01-14' },
    ]),
  );
  writeFileSync(join(dir, 'bad-date.json'), manifest([{ file: 'a.txt', outlet: 'X', url: null, published: '13 January 2025' }]));
  writeFileSync(join(dir, 'missing-file.json'), manifest([{ file: 'nope.txt', outlet: 'X', url: null, published: '2025-01-13' }]));
  writeFileSync(join(dir, 'bad-url.json'), manifest([{ file: 'a.txt', outlet: 'X', url: 'javascript:alert(1)', published: '2025-01-13' }]));
  writeFileSync(join(dir, 'malformed.json'), '{"articles": [');
  writeFileSync(join(dir, 'no-articles.json'), '{"files": []}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract', SPAWNED, () => {
  test('prints one JSON object with the claims and their fields', () => {
    const r = run('extract', '--published', '2025-01-13', 'a.txt');
    expect(r.code).toBe(0);
    const [out] = jsonLines(r.stdout);
    expect(out.file).toBe('a.txt');
    const killed = out.claims.find((c: any) => c.metric === 'killed');
    expect(killed).toMatchObject({ low: 300, high: 300, figure: 'about 300', period: null, attribution: { side: 'kr' } });
    expect(Object.keys(killed).sort()).toEqual([
      'attribution',
      'end',
      'figure',
      'high',
      'low',
      'metric',
      'period',
      'qualifier',
      'scope',
      'sentence',
      'start',
    ]);
    const text =
      "Made-up Daily\n\nSouth Korea's spy agency told lawmakers on Monday that about 300 North Korean soldiers have been killed in the Kursk region.\n";
    expect(text.slice(killed.start, killed.end)).toBe(killed.figure);
  });

  test('--explain adds every figure with the claim it became and the rules that fire', () => {
    const r = run('extract', '--explain', '--published', '2025-01-13', 'a.txt');
    expect(r.code).toBe(0);
    const [out] = jsonLines(r.stdout);
    expect(out.claims).toHaveLength(1);
    expect(out.figures).toEqual([
      {
        figure: 'about 300',
        start: out.claims[0].start,
        end: out.claims[0].end,
        claim: 0,
        fired: [
          { id: 'metric.predicate', stage: 'metric', summary: expect.stringMatching(/predicate/) },
          { id: 'speech-subject', stage: 'attribution', summary: expect.stringMatching(/subject/) },
        ],
        scope: { scope: 'total', decidedBy: null, fired: [] },
      },
    ]);
  });

  test('reduces an .html file to its article text, running no script', () => {
    const r = run('extract', 'c.html');
    expect(r.code).toBe(0);
    const [out] = jsonLines(r.stdout);
    expect(out.claims.map((c: any) => [c.metric, c.low])).toEqual([['killed', 300]]);
    expect(JSON.stringify(out)).not.toMatch(/999|Home \| World/);
  }, 60_000); // a spawned process that loads jsdom: generous under load

  test.each([
    [['extract', 'nope.txt'], /no such file: nope\.txt/, 1],
    [['extract', '--published', '2025-02-30', 'a.txt'], /--published needs a date/, 1],
    [['extract', '--published'], /--published needs a date/, 1],
    [['extract'], /extract takes exactly one FILE/, 2],
    [['extract', 'a.txt', 'b.txt'], /extract takes exactly one FILE/, 2],
    [['extract', '--frobnicate', 'a.txt'], /unknown option --frobnicate/, 2],
    [['frobnicate'], /unknown command "frobnicate"/, 2],
    [[], /unknown command ""/, 2],
  ])('%j fails clearly', (args, message, code) => {
    expectError(run(...args), message, code);
  });
});

describe('check', SPAWNED, () => {
  test('prints one JSON line per article with verdicts against the other outlets', () => {
    const r = run('check', 'ok.json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = jsonLines(r.stdout);
    expect(rows.map((x) => [x.file, x.outlet])).toEqual([
      ['a.txt', 'Made-up Daily'],
      ['b.txt', 'Other Paper'],
    ]);
    const a = rows[0].claims.find((c: any) => c.metric === 'killed');
    // Seoul's count against Kyiv's: two sources disagree.
    expect(a.verdict).toBe('disputed');
    expect(a.scope).toBe('total');
    expect(a.compared).toEqual([
      {
        outlet: 'Other Paper',
        published: '2025-01-14',
        figure: '3,000',
        metric: 'killed',
        low: 3000,
        high: 3000,
        attribution: { side: 'ua', text: 'Ukraine' },
        scope: 'total',
        url: null,
        period: null,
      },
    ]);
    const b = rows[1].claims.find((c: any) => c.metric === 'killed');
    expect(b.verdict).toBe('disputed');
    expect(b.compared[0]).toMatchObject({ outlet: 'Made-up Daily', url: 'https://daily.example/a', figure: 'about 300' });
  });

  test.each([
    [['check', 'nope.json'], /no such manifest: nope\.json/],
    [['check', 'malformed.json'], /manifest malformed\.json is not valid JSON/],
    [['check', 'no-articles.json'], /expected \{"articles": \[\.\.\.\]\}/],
    [['check', 'bad-date.json'], /articles\[0\]\.published: expected a date written YYYY-MM-DD/],
    [['check', 'missing-file.json'], /no such file: .*nope\.txt/],
    [['check', 'bad-url.json'], /articles\[0\]\.url: only http\(s\)/],
  ])('%j fails clearly', (args, message) => {
    expectError(run(...args), message);
  });

  test('check takes one manifest', () => {
    expectError(run('check'), /check takes exactly one MANIFEST/, 2);
    expectError(run('check', '--first-install'), /check takes exactly one MANIFEST/, 2);
    expectError(run('check', '--first-install', 'nope.json'), /no such manifest: nope\.json/);
  });
});

describe('check --first-install', () => {
  // A bundled article with a count of the dead a source gave: our own sentence repeats it.
  const corpus = JSON.parse(readFileSync(join(ROOT, 'public/bundled-corpus.json'), 'utf8')) as {
    articles: {
      url: string | null;
      published: string;
      claims: {
        metric: string;
        low: number | null;
        high: number | null;
        scope: string;
        period: string | null;
        attribution: { side: string } | null;
      }[];
    }[];
  };
  const bundled = corpus.articles.find(
    (a) =>
      a.url !== null &&
      a.claims.some(
        (c) =>
          c.metric === 'killed' &&
          c.scope === 'total' &&
          c.low !== null &&
          c.low === c.high &&
          c.low >= 100 &&
          c.period === null &&
          c.attribution?.side === 'kr',
      ),
  );
  const fact = bundled?.claims.find(
    (c) =>
      c.metric === 'killed' &&
      c.scope === 'total' &&
      c.low !== null &&
      c.low === c.high &&
      c.low >= 100 &&
      c.period === null &&
      c.attribution?.side === 'kr',
  );

  test.skipIf(!bundled)("judges each article against the bundled corpus alone, skipping the article's own bundled copy", () => {
    const n = (fact!.low as number).toLocaleString('en-US');
    writeFileSync(
      join(dir, 'seoul.txt'),
      `Made-up Daily\n\nSouth Korea's spy agency said ${n} North Korean soldiers have been killed in the war.\n`,
    );
    writeFileSync(
      join(dir, 'first.json'),
      JSON.stringify({
        articles: [
          { file: 'seoul.txt', outlet: 'Made-up Daily', url: null, published: bundled?.published },
          { file: 'seoul.txt', outlet: 'Made-up Daily', url: bundled?.url, published: bundled?.published },
        ],
      }),
    );
    const r = run('check', '--first-install', 'first.json');
    expect(r.code).toBe(0);
    const [alone, itself] = jsonLines(r.stdout);
    const killed = (row: any) => row.claims.find((c: any) => c.metric === 'killed');
    // Not against the manifest's other article (the same text): against the bundled figures.
    expect(killed(alone).verdict).not.toBe('unique');
    expect(killed(alone).scope).toBe('total');
    expect(killed(alone).compared.some((c: any) => c.url === bundled?.url)).toBe(true);
    expect(killed(alone).compared.every((c: any) => typeof c.scope === 'string' && c.outlet !== 'Made-up Daily')).toBe(true);
    expect(killed(itself).compared.some((c: any) => c.url === bundled?.url)).toBe(false);
  });
});

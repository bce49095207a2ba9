// Our own conventions, checked over the source tree (as refined-github's
// build/features.test.ts checks every feature has its parts): entrypoints have
// their parts, extension code makes no network requests and puts no HTML
// strings into the page, file names follow the house style, and no sentence
// of the seed articles is copied into the repo.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS_SEEDS = resolve(ROOT, '../shared/corpus/seeds');

/** Files under `dir` (relative to the root) whose names end in one of `exts`. */
function listFiles(dir: string, exts: readonly string[]): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const name of readdirSync(abs)) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(join(dir, name), exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(join(dir, name));
  }
  return out.sort();
}

/** Source with comments blanked out (roughly: enough that a comment naming a banned API does not count). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const CODE = ['.ts', '.tsx'];
/** What the extension ships: its entrypoints, components and library. */
const extensionFiles = [...listFiles('entrypoints', CODE), ...listFiles('components', CODE), ...listFiles('lib', CODE)];

describe('entrypoints', () => {
  const dir = join(ROOT, 'entrypoints');
  const folders = existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()) : [];

  test.each(folders.length ? folders : ['(none yet)'])('%s has its parts', (name) => {
    if (name === '(none yet)') return;
    const files = readdirSync(join(dir, name));
    const hasHtml = files.includes('index.html');
    const hasScript = files.some((f) => /^index\.tsx?$/.test(f));
    // A folder entrypoint is an HTML page (popup, options) or a script (content, background).
    expect(hasHtml || hasScript, `entrypoints/${name} needs index.html or index.ts(x)`).toBe(true);
    if (hasHtml) {
      const html = readFileSync(join(dir, name, 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length, `entrypoints/${name}/index.html loads no script`).toBeGreaterThan(0);
      for (const s of scripts) expect(files, `entrypoints/${name}/index.html loads a missing ${s}`).toContain(s);
      expect(html, `entrypoints/${name}/index.html has no <title>`).toMatch(/<title>[^<]+<\/title>/);
    }
  });

  test('the content script is glue: its entrypoint stays small', () => {
    const content = ['entrypoints/content/index.ts', 'entrypoints/content.ts'].find((p) => existsSync(join(ROOT, p)));
    if (!content) return;
    const lines = readFileSync(join(ROOT, content), 'utf8').split('\n').length;
    expect(lines, `${content} has ${lines} lines: move parsing and matching into lib/`).toBeLessThan(400);
  });
});

describe('extension code', () => {
  test('there is extension code to check', () => {
    expect(extensionFiles.length).toBeGreaterThan(0);
  });

  // No network requests of its own. Reading one of the extension's own files
  // (fetch(browser.runtime.getURL(...))) stays on the machine and is allowed.
  const NETWORK = [
    /\bfetch\s*\((?!\s*(?:browser|chrome)\.runtime\.getURL\()/,
    /\bXMLHttpRequest\b/,
    /\bnew\s+WebSocket\b/,
    /\bnew\s+EventSource\b/,
    /\bsendBeacon\b/,
    /\bimportScripts\s*\(/,
  ];
  // Page text goes into the DOM as text, never parsed as HTML.
  const HTML_SINKS = [
    /\.innerHTML\s*[+]?=/,
    /\.outerHTML\s*[+]?=/,
    /\binsertAdjacentHTML\b/,
    /\bdangerouslySetInnerHTML\b/,
    /\bdocument\.write(?:ln)?\s*\(/,
    /\bcreateContextualFragment\b/,
    /\bparseFromString\s*\([^)]*text\/html/,
  ];

  test.each(extensionFiles.length ? extensionFiles : ['(none yet)'])('%s makes no requests and writes no HTML', (file) => {
    if (file === '(none yet)') return;
    const code = stripComments(readFileSync(join(ROOT, file), 'utf8'));
    for (const re of NETWORK) expect(code, `${file}: network request (${re.source})`).not.toMatch(re);
    for (const re of HTML_SINKS) expect(code, `${file}: HTML sink (${re.source})`).not.toMatch(re);
    // No remote code: nothing evaluated from strings.
    expect(code, `${file}: eval`).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/);
  });

  test('the checks above do catch what they look for', () => {
    const bad = stripComments('const r = await fetch(url);\nel.innerHTML = sentence; // innerHTML in a comment');
    expect(bad).toMatch(NETWORK[0]!);
    expect(bad).toMatch(HTML_SINKS[0]!);
    const fine = stripComments('// never fetch( anything\nawait fetch(browser.runtime.getURL("/corpus.json"));\nel.textContent = s;');
    for (const re of [...NETWORK, ...HTML_SINKS]) expect(fine).not.toMatch(re);
  });
});

describe('names', () => {
  const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;
  const pascal = /^[A-Z][A-Za-z0-9]*$/;
  const files = [
    ...listFiles('lib', CODE),
    ...listFiles('scripts', CODE),
    ...listFiles('tests', CODE),
    ...listFiles('entrypoints', CODE),
    ...listFiles('components', CODE),
  ];

  test.each(files)('%s is named in the house style', (file) => {
    const name = basename(file);
    const stem = name.slice(0, -extname(name).length);
    if (file.startsWith('components/') && name.endsWith('.tsx')) {
      // Preact components in PascalCase; helpers beside them in kebab-case.
      expect(pascal.test(stem) || kebab.test(stem), `${file}: PascalCase component or kebab-case helper`).toBe(true);
    } else {
      expect(stem, `${file}: kebab-case`).toMatch(kebab);
    }
  });
});

describe.skipIf(!existsSync(CORPUS_SEEDS))('the repo holds what we write', () => {
  // Long sentences of the seed articles (short ones like a dateline can recur by chance).
  const sentences = existsSync(CORPUS_SEEDS)
    ? readdirSync(CORPUS_SEEDS)
        .filter((n) => n.endsWith('.txt'))
        .flatMap((n) => readFileSync(join(CORPUS_SEEDS, n), 'utf8').split(/(?<=[.!?])\s+|\n+/))
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length >= 60)
    : [];
  const ours = [
    ...extensionFiles,
    ...listFiles('scripts', CODE),
    ...listFiles('tests', [...CODE, '.txt', '.html', '.json', '.md']),
    ...listFiles('public', ['.json', '.txt', '.html']),
    'README.md',
  ].filter((f) => existsSync(join(ROOT, f)));

  test('there are seed sentences to look for', () => {
    expect(sentences.length).toBeGreaterThan(20);
  });

  test.each(ours)('%s quotes no seed article', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\s+/g, ' ');
    const copied = sentences.filter((s) => text.includes(s));
    expect(copied, `${relative(ROOT, join(ROOT, file))} copies seed sentences`).toEqual([]);
  });
});

// Finds the regular-expression literals in TypeScript source, for the ReDoS
// check: a small lexer that skips comments, strings and template literals and
// tells a regex's "/" from a division by the token before it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Tokens after which a "/" divides; after anything else it opens a regex. */
const DIVIDES_AFTER = /[\p{L}\p{N}_$)\]}]$/u;
const KEYWORDS_BEFORE_EXPRESSION = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/** Every regex literal in `code`, with its 1-based line. */
export function regexLiterals(code: string, file = ''): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let last = ''; // the last significant token (an identifier, number or one punctuation mark)
  let i = 0;
  const lineAt = (p: number) => code.slice(0, p).split('\n').length;
  // Template literal nesting: a "}" closing a "${" goes back into the template.
  const braces: number[] = [];
  let depth = 0;
  const skipTemplate = (from: number): number => {
    let j = from;
    while (j < code.length) {
      const c = code[j];
      if (c === '\\') j += 2;
      else if (c === '`') return j + 1;
      else if (c === '$' && code[j + 1] === '{') {
        braces.push(depth);
        depth++;
        return -(j + 2); // negative: the template goes on after the expression
      } else j++;
    }
    return j;
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      i = j + 1;
      last = 'string)'; // a string divides like a value
      continue;
    }
    if (c === '`') {
      const r = skipTemplate(i + 1);
      if (r < 0) {
        i = -r;
        last = '(';
      } else {
        i = r;
        last = 'string)';
      }
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (braces.length > 0 && braces[braces.length - 1] === depth) {
        braces.pop();
        const r = skipTemplate(i + 1);
        if (r < 0) {
          i = -r;
          last = '(';
        } else {
          i = r;
          last = 'string)';
        }
        continue;
      }
    }
    if (c === '/' && (!DIVIDES_AFTER.test(last) || KEYWORDS_BEFORE_EXPRESSION.has(last))) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length) {
        const d = code[j]!;
        if (d === '\\') j += 2;
        else if (d === '\n') throw new Error(`${file}:${lineAt(i)}: unterminated regex literal`);
        else {
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          j++;
        }
      }
      let k = j + 1;
      while (k < code.length && /[a-z]/.test(code[k]!)) k++;
      out.push({ file, line: lineAt(i), source: code.slice(i + 1, j), flags: code.slice(j + 1, k) });
      i = k;
      last = 'regex)';
      continue;
    }
    const word = /^[\p{L}\p{N}_$]+/u.exec(code.slice(i, i + 64));
    if (word) {
      last = word[0];
      i += word[0].length;
      continue;
    }
    last = c;
    i++;
  }
  return out;
}

/** Every .ts file under `dir` (not .tsx: the lexer does not read JSX). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every regex literal in the files under `dir`, paths relative to `root`. */
export function regexLiteralsUnder(dir: string, root: string): RegexLiteral[] {
  return sourceFiles(dir).flatMap((f) => regexLiterals(readFileSync(f, 'utf8'), relative(root, f)));
}

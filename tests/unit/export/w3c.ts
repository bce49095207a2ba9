// W3C's Web Annotation conformance tests, read in place from ../shared/vendor
// (draft-04 JSON Schemas; each `.test` file lists the assertions of a suite).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';

export const VENDOR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/vendor');
export const TESTS = join(VENDOR, 'web-annotation-tests');
export const hasW3cTests = existsSync(join(TESTS, 'definitions'));

export type Suite = 'annotations' | 'collections' | 'pages';

const SUITE_FILES: Record<Suite, string> = {
  annotations: 'annotations/annotationMusts.test',
  collections: 'collections/collectionMusts.test',
  pages: 'collections/pages/pageMusts.test',
};

/** RFC 3986: a scheme, a colon, then no white space, controls or characters URIs never hold raw; % only as an escape. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class keeps control characters out of a URI on purpose
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[^\s\x00-\x1f\x7f<>"{}|\\^`%]|%[0-9A-Fa-f]{2})*$/;
/** RFC 3339 date-time. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export interface Assertion {
  /** The schema file, relative to the tests' root ("annotations/3.1-annotationIdValidated.json"). */
  file: string;
  validate: ValidateFunction;
}

export interface W3cSuites {
  musts: Record<Suite, Assertion[]>;
  /** The MUST assertions of `suite` that `doc` fails (empty when it conforms). */
  failures(suite: Suite, doc: unknown): string[];
}

/** Compiles every MUST assertion of the three suites, with W3C's definitions as referenced schemas. */
export function loadW3cSuites(): W3cSuites {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  const definitions = join(TESTS, 'definitions');
  for (const f of readdirSync(definitions).filter((n) => n.endsWith('.json'))) ajv.addSchema(readJson(join(definitions, f)) as object);
  const musts = {} as Record<Suite, Assertion[]>;
  for (const [suite, file] of Object.entries(SUITE_FILES) as [Suite, string][]) {
    const list = (readJson(join(TESTS, file)) as { assertions: string[] }).assertions;
    musts[suite] = list.map((assertion) => {
      const schema = readJson(join(TESTS, assertion)) as { assertionType?: string; expectedResult?: string };
      if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') throw new Error(`not a MUST assertion: ${assertion}`);
      return { file: assertion, validate: ajv.compile(schema) };
    });
  }
  return {
    musts,
    failures: (suite, doc) => musts[suite].filter((a) => !a.validate(doc)).map((a) => a.file),
  };
}

/** W3C's sample files: `correct/` and `incorrect/`, each parsed (null when the file is not even JSON). */
export function readSamples(kind: 'correct' | 'incorrect'): { name: string; json: unknown }[] {
  const dir = join(TESTS, 'tools/samples', kind);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return { name, json: readJson(join(dir, name)) };
      } catch {
        return { name, json: null };
      }
    });
}

/** The suite a document answers to, by its type. */
export function suiteOf(doc: unknown): Suite {
  const type = (doc as { type?: unknown } | null)?.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('AnnotationCollection')) return 'collections';
  if (types.includes('AnnotationPage')) return 'pages';
  return 'annotations';
}

// The export read as RDF by the `jsonld` package, offline: a document loader
// that serves only W3C's annotation context (../shared/vendor/anno.jsonld, read
// in place; skipped, saying so, without it). Every annotation must come out
// motivated by oa:assessing, with our own terms in our own namespace.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { ANNO_CONTEXT, TALLYMARK_VOCAB } from '../../../lib/export/context';
import { type AnnotationCollection, exportAllJsonLd, exportPageJsonLd } from '../../../lib/export/jsonld';
import { EXPORT_DATE, FIXTURE_PAGE } from './fixture';
import { hasCorpus, seedPages } from './seed-pages';
import { VENDOR } from './w3c';

const ANNO_FILE = join(VENDOR, 'anno.jsonld');
const hasContext = existsSync(ANNO_FILE);
if (!hasContext) console.warn(`[export] skipping the JSON-LD expansion tests: no ${ANNO_FILE}`);

const OA = 'http://www.w3.org/ns/oa#';
const requested: string[] = [];

/** Serves W3C's context from the local file, and nothing else: no request leaves the machine. */
const documentLoader = async (url: string) => {
  requested.push(url);
  if (url === ANNO_CONTEXT || url === 'https://www.w3.org/ns/anno.jsonld') {
    return { contextUrl: undefined, documentUrl: url, document: JSON.parse(readFileSync(ANNO_FILE, 'utf8')) };
  }
  throw new Error(`offline: refused to load ${url}`);
};

type Node = Record<string, unknown>;
const ids = (x: unknown): string[] => (Array.isArray(x) ? x : []).map((v) => (v as { '@id'?: string })['@id'] ?? '');

describe.skipIf(!hasContext)('the export as JSON-LD, expanded offline', () => {
  test('every annotation is oa:motivatedBy oa:assessing, its body and target in the oa vocabulary', async () => {
    const collection = JSON.parse(exportPageJsonLd(FIXTURE_PAGE, EXPORT_DATE).contents) as AnnotationCollection;
    const expanded = (await jsonld.expand(
      collection as unknown as jsonld.JsonLdDocument,
      { documentLoader } as jsonld.Options.Expand,
    )) as Node[];
    const annotations = expanded.flatMap(function find(n: unknown): Node[] {
      if (Array.isArray(n)) return n.flatMap(find);
      if (typeof n !== 'object' || n === null) return [];
      const node = n as Node;
      const self = (node['@type'] as string[] | undefined)?.includes(`${OA}Annotation`) ? [node] : [];
      return [...self, ...Object.values(node).flatMap(find)];
    });
    expect(annotations).toHaveLength(FIXTURE_PAGE.claims.length);
    for (const a of annotations) {
      expect(ids(a[`${OA}motivatedBy`])).toEqual([`${OA}assessing`]);
      expect(a[`${OA}hasBody`]).toBeDefined();
      expect(a[`${OA}hasTarget`]).toBeDefined();
    }
    expect(requested.every((u) => u === ANNO_CONTEXT)).toBe(true);
  });

  test('as N-Quads: one oa:motivatedBy oa:assessing per annotation, our terms in our namespace, no relative IRIs', async () => {
    const pages = [FIXTURE_PAGE, { ...FIXTURE_PAGE, page: { ...FIXTURE_PAGE.page, url: null } }, ...(hasCorpus ? seedPages() : [])];
    const collection = JSON.parse(exportAllJsonLd(pages, EXPORT_DATE).contents) as AnnotationCollection;
    const nquads = (await jsonld.toRDF(
      collection as unknown as jsonld.JsonLdDocument,
      { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf,
    )) as unknown as string;
    const lines = nquads.split('\n').filter(Boolean);
    const motivated = lines.filter((l) => l.includes(`<${OA}motivatedBy> <${OA}assessing>`));
    expect(motivated).toHaveLength(collection.total);
    expect(lines.filter((l) => l.includes(`<${TALLYMARK_VOCAB}verdict>`))).toHaveLength(collection.total);
    // Every IRI is absolute: no term fell through to a relative IRI.
    for (const iri of nquads.matchAll(/<([^>]*)>/g)) expect(iri[1], iri[1]).toMatch(/^[a-z][a-z0-9+.-]*:/i);
    console.info(
      `[export] N-Quads: ${motivated.length} oa:motivatedBy oa:assessing triples for ${collection.total} annotations (${hasCorpus ? 'fixture and seed articles' : 'fixture only: no corpus'})`,
    );
  });
});

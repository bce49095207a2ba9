// The JSON-LD contexts of an export: W3C's annotation context by its address,
// and Tallymark's own terms inline (so they resolve without fetching anything).

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our vocabulary's namespace: a URN of ours, so no one else's address is used for our terms. */
export const TALLYMARK_VOCAB = 'urn:tallymark:vocab#';

/**
 * Tallymark's terms. Terms of the annotation context are not redefined (its
 * `scope`, `start`, `end`, `source`, `value`… keep their meaning); `assessing`,
 * a motivation of the Web Annotation vocabulary that W3C's context file leaves
 * out, is defined here so that it expands to oa:assessing.
 */
export const TALLYMARK_CONTEXT = {
  oa: 'http://www.w3.org/ns/oa#',
  tm: TALLYMARK_VOCAB,
  assessing: 'oa:assessing',
  FigureAssessment: 'tm:FigureAssessment',
  verdict: 'tm:verdict',
  metric: 'tm:metric',
  qualifier: 'tm:qualifier',
  low: 'tm:low',
  high: 'tm:high',
  figure: 'tm:figure',
  sentence: 'tm:sentence',
  attribution: 'tm:attribution',
  side: 'tm:side',
  text: 'tm:text',
  period: 'tm:period',
  outlet: 'tm:outlet',
  title: 'tm:title',
  published: 'tm:published',
  url: { '@id': 'tm:url', '@type': '@id' },
  compared: { '@id': 'tm:compared', '@container': '@list' },
  comparedCount: 'tm:comparedCount',
  earlier: { '@id': 'tm:earlier', '@container': '@list' },
  later: { '@id': 'tm:later', '@container': '@list' },
  /** Offsets of the figure in Tallymark's reading of the article (white space collapsed, a line per block). */
  textStart: 'tm:textStart',
  textEnd: 'tm:textEnd',
} as const;

// The article region (placeholder: the text map's findArticleRoot).
import { findArticleRoot } from './text-map';

export interface ArticleRegion {
  root: Element;
  fallback: boolean;
  dropped: Element[];
}

export function findArticleRegion(doc: Document): ArticleRegion {
  const root = findArticleRoot(doc);
  return { root, fallback: root === doc.body, dropped: [] };
}

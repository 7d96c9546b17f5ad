/** Human-readable renderings of one Article: see src/render (exported from the package). */
export { formatArticle, metadataRows, type PageFormat } from '../render/index.js';

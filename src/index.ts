/** newsclean's public API. */
export { extract, MAX_INPUT_BYTES } from './extract.js';
export { extractMany, ExtractPool } from './batch/index.js';
export { ExtractError } from './errors.js';
export { articleProblems } from './schema.js';
export type { ExtractErrorKind } from './errors.js';
export type {
  Article,
  ArticleFields,
  ExtractOptions,
  FieldOrigin,
  RemovedBlock,
  RemovedKind,
  SiteRule,
  SpamSummary,
} from './types.js';
export type { BatchOptions, BatchRecord, ErrorRecord, OkRecord, PageInput } from './batch/types.js';
export type { ExtractPoolOptions, RecordsOptions } from './batch/index.js';
export { parseRules } from './rules/index.js';
export { BatchRun, isErrorRecord } from './batch/index.js';
export type { BatchInputs, BatchStats, ErrorKind, RecordIdentity } from './batch/index.js';
export { formatArticle, toHtml, toMarkdown, toText, type PageFormat } from './render/index.js';

/** Errors extract() throws for input it cannot turn into an article; `kind` is stable for JSONL records. */
export type ExtractErrorKind = 'empty' | 'binary' | 'too-large' | 'decode' | 'parse' | 'extract' | 'timeout' | 'internal';

/** What extract() throws for input that is no page at all; `kind` says why (stable, written to JSONL error records). */
export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;
  constructor(kind: ExtractErrorKind, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.kind = kind;
  }
}

/**
 * Any exception as an ExtractError: extract() throws nothing else. Kind `internal` means a bug in newsclean
 * (the page did something no stage expected); its message keeps the original error's.
 */
export function asExtractError(e: unknown): ExtractError {
  if (e instanceof ExtractError) return e;
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const err = new ExtractError('internal', `internal error: ${message}`);
  if (e instanceof Error) err.cause = e;
  return err;
}

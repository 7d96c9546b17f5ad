/** Errors extract() throws for input it cannot turn into an article; `kind` is stable for JSONL records. */
export type ExtractErrorKind = 'empty' | 'binary' | 'too-large' | 'decode' | 'parse' | 'extract';

/** What extract() throws for input that is no page at all; `kind` says why (stable, written to JSONL error records). */
export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;
  constructor(kind: ExtractErrorKind, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.kind = kind;
  }
}

/** Errors extract() throws for input it cannot turn into an article; `kind` is stable for JSONL records. */
export type ExtractErrorKind = 'empty' | 'binary' | 'too-large' | 'decode' | 'parse' | 'extract';

export class ExtractError extends Error {
  readonly kind: ExtractErrorKind;
  constructor(kind: ExtractErrorKind, message: string) {
    super(message);
    this.name = 'ExtractError';
    this.kind = kind;
  }
}

/** A record's identity: what it is keyed by in the output, in resume and in --out-dir names. */
import type { PageInput, RecordIdentity } from './types.js';

export function identityOf(input: PageInput): RecordIdentity {
  switch (input.kind) {
    case 'file':
      return { file: input.path };
    case 'bytes':
      return { file: input.id };
    case 'warc-record':
      return { warc: input.warc, record: { offset: input.offset, id: input.recordId } };
  }
}

/** A string unique per page: the file, or the WARC and the record's byte offset in it. */
export function identityKey(identity: RecordIdentity): string {
  if (identity.warc !== undefined) return `warc:${identity.warc}#${identity.record?.offset ?? ''}`;
  return `file:${identity.file ?? ''}`;
}

const FILE_PREFIX = /^\{"file":("(?:[^"\\]|\\.)*")/;
const WARC_PREFIX = /^\{"warc":("(?:[^"\\]|\\.)*"),"record":\{"offset":(\d+)/;

/**
 * The identity key of one JSONL output line. Records are written identity first, so the key is read
 * from the line's start without parsing the whole (possibly large) article; other lines are parsed.
 * Returns null for a line that is not a record.
 */
export function identityKeyOfLine(line: string): string | null {
  const file = FILE_PREFIX.exec(line);
  if (file?.[1] !== undefined) return identityKey({ file: JSON.parse(file[1]) as string });
  const warc = WARC_PREFIX.exec(line);
  if (warc?.[1] !== undefined && warc[2] !== undefined) {
    return identityKey({ warc: JSON.parse(warc[1]) as string, record: { offset: Number(warc[2]), id: '' } });
  }
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const identity = parsed as RecordIdentity;
    if (typeof identity.file !== 'string' && typeof identity.warc !== 'string') return null;
    return identityKey(identity);
  } catch {
    return null;
  }
}

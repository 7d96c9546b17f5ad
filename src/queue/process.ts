/**
 * Processing one unit: the part of a worker that does not depend on Redis (testable on its own).
 * A unit that cannot be read throws (BullMQ retries it, then keeps it failed with the reason);
 * a page that fails to extract is an error record in the output and the unit still succeeds.
 */
import { realpath } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { BatchOptions, BatchRecord, ErrorRecord, PageInput } from '../batch/types.js';
import { AtomicJsonlWriter, outputExists, outputPath, summarizeOutput } from './output.js';
import type { InputReader } from './reader.js';
import type { ExtractManyFn, UnitData, UnitResult } from './types.js';
import { UnitRejectedError } from './units.js';

/** Runs one unit's inputs through the engine and yields their records in input order. */
export type UnitExtractor = (inputs: AsyncIterable<string | PageInput>) => AsyncIterable<BatchRecord>;

/** A fresh extractMany run (and thread pool) per unit: simple; `queue work` shares one ExtractPool instead. */
export function perUnitExtractor(extractMany: ExtractManyFn, options: BatchOptions = {}): UnitExtractor {
  return (inputs) => extractMany(inputs, { ...options, ordered: true });
}

/** The unit's input is missing or unreadable: a unit failure, never an empty output file. */
export class UnitReadError extends Error {
  override name = 'UnitReadError';
}

export interface ProcessContext {
  outDir: string;
  reader: InputReader;
  /** Must keep input order: a rerun then writes the same file byte for byte. */
  extract: UnitExtractor;
  /** Called once the unit starts its real work (not for skipped units). */
  onStart?: (unitId: string) => void;
  /**
   * Directories (or files) the unit's inputs must lie in, after symlinks are resolved; a unit naming
   * anything else fails with UnitRejectedError. Undefined: no check (the caller trusts the units).
   */
  allowedRoots?: readonly string[];
}

export async function processUnit(id: string, data: UnitData, ctx: ProcessContext): Promise<UnitResult> {
  const started = performance.now();
  const worker = `${hostname()}:${process.pid}`;
  const target = outputPath(ctx.outDir, id);
  if (await outputExists(target)) {
    return { ...(await summarizeOutput(target)), seconds: 0, skipped: true, worker };
  }
  if (data.v !== 1 || (data.kind !== 'pages' && data.kind !== 'warc') || data.inputs.length === 0) {
    throw new Error(`unit ${id}: unsupported unit data ${JSON.stringify(data).slice(0, 200)}`);
  }
  if (ctx.allowedRoots) await checkRoots(id, data.inputs, ctx.allowedRoots);
  // Check every input first: a missing file must fail the unit before anything is written.
  for (const ref of data.inputs) {
    await ctx.reader.check(ref).catch((err: unknown) => {
      throw new UnitReadError(`cannot read ${ref}: ${errorMessage(err)}`);
    });
  }
  ctx.onStart?.(id);

  const writer = await AtomicJsonlWriter.open(target);
  let pages = 0;
  let errors = 0;
  try {
    for await (const rec of ctx.extract(toInputs(data, ctx.reader))) {
      if (isError(rec)) {
        if (unitReadFailure(rec)) throw new UnitReadError(`cannot read ${rec.warc ?? rec.file ?? '?'}: ${rec.error.message}`);
        errors++;
      }
      pages++;
      await writer.write(rec);
    }
    if (pages === 0 && data.kind === 'pages') throw new UnitReadError(`no records produced for ${data.inputs.length} page file(s)`);
    await writer.commit();
  } catch (err) {
    await writer.abort();
    throw err;
  }
  return { pages, ok: pages - errors, errors, seconds: round((performance.now() - started) / 1000), worker };
}

/** Pages go as explicit file inputs (no glob interpretation of odd file names); a WARC goes as its path. */
async function* toInputs(data: UnitData, reader: InputReader): AsyncIterable<string | PageInput> {
  for (const ref of data.inputs) {
    const local = reader.localPath(ref);
    if (data.kind === 'warc') {
      if (local === null) throw new UnitReadError(`cannot read ${ref}: WARC units need a local path with this reader`);
      yield local;
    } else if (local !== null) {
      yield { kind: 'file', path: local };
    } else {
      yield { kind: 'bytes', id: ref, bytes: await reader.read(ref) };
    }
  }
}

function isError(rec: BatchRecord): rec is ErrorRecord {
  return 'error' in rec && rec.error !== undefined;
}

/**
 * A `read` record fails the whole unit when it is about the input itself: a page file that could not be
 * read (vanished after the check, I/O error), or a WARC hit by an OS-level error (`ENOENT: …`, `EIO: …`):
 * another try, maybe on another machine, can succeed. A corrupt or truncated WARC record is the content's
 * fault: it stays an error record like in a local run, and the WARC's other pages are kept.
 */
function unitReadFailure(rec: ErrorRecord): boolean {
  if (rec.error.kind !== 'read') return false;
  return rec.warc === undefined || /^E[A-Z0-9]+:/.test(rec.error.message);
}

/** Every input must resolve (symlinks followed) to a path inside one of the roots (resolved likewise). */
async function checkRoots(id: string, inputs: readonly string[], roots: readonly string[]): Promise<void> {
  if (roots.length === 0)
    throw new UnitRejectedError(`rejected unit ${id}: no allowed input roots (push records them; or give --input-root)`);
  const resolvedRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => path.resolve(root))));
  for (const ref of inputs) {
    // A missing input is not refused here: the read check below reports it (and a retry may find it).
    const real = await realpath(ref).catch(() => path.resolve(ref));
    const inside = resolvedRoots.some((root) => {
      const rel = path.relative(root, real);
      return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
    });
    if (!inside)
      throw new UnitRejectedError(`rejected unit ${id}: input ${ref} is outside the allowed input roots (${resolvedRoots.join(', ')})`);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

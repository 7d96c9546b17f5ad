/** Cutting inputs into units with ids derived from their content, so pushing twice enqueues nothing new. */
import { createHash } from 'node:crypto';
import { isWarc } from './reader.js';
import type { PlannedUnit, UnitData, UnitKind } from './types.js';

/** `p-`/`w-` + 24 hex of sha256 over kind + sorted refs. Hex only: safe as BullMQ jobId and file name. */
export function unitId(kind: UnitKind, inputs: readonly string[]): string {
  const sorted = [...inputs].sort();
  const hash = createHash('sha256')
    .update(`${kind}\n${sorted.join('\n')}`)
    .digest('hex');
  return `${kind === 'warc' ? 'w' : 'p'}-${hash.slice(0, 24)}`;
}

/**
 * One unit per WARC; pages sorted and cut into shards of `shardSize`. The same set of refs always
 * yields the same shards (a changed set reshuffles the shards after the first difference).
 */
export function planUnits(refs: readonly string[], shardSize: number): PlannedUnit[] {
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error(`shard size must be a positive integer, got ${shardSize}`);
  const sorted = [...new Set(refs)].sort();
  const units: PlannedUnit[] = [];
  const pages = sorted.filter((r) => !isWarc(r));
  for (const warc of sorted.filter(isWarc)) units.push(makeUnit('warc', [warc]));
  for (let i = 0; i < pages.length; i += shardSize) units.push(makeUnit('pages', pages.slice(i, i + shardSize)));
  return units;
}

function makeUnit(kind: UnitKind, inputs: string[]): PlannedUnit {
  const data: UnitData = { v: 1, kind, inputs };
  return { id: unitId(kind, inputs), data };
}

const UNIT_ID = /^[pw]-[0-9a-f]{24}$/;

/** The unit came from Redis in a shape push never makes: failed at once, never retried. */
export class UnitRejectedError extends Error {
  override name = 'UnitRejectedError';
}

/**
 * Checks a unit read from Redis before anything uses it: the id must be one push creates (it becomes a
 * file name: `../x` or `/tmp/x` would write outside --out-dir) and must be the hash of the unit's data, and
 * the data must be a list of absolute paths of the unit's kind. Throws UnitRejectedError.
 */
export function validateUnit(id: string | undefined, data: unknown): asserts data is UnitData {
  if (typeof id !== 'string' || !UNIT_ID.test(id))
    throw new UnitRejectedError(
      `rejected unit ${JSON.stringify(id ?? null).slice(0, 120)}: not a unit id made by push (p-/w- and 24 hex digits)`,
    );
  const unit = data as Partial<UnitData> | null;
  if (
    typeof unit !== 'object' ||
    unit === null ||
    unit.v !== 1 ||
    (unit.kind !== 'pages' && unit.kind !== 'warc') ||
    !Array.isArray(unit.inputs) ||
    unit.inputs.length === 0 ||
    !unit.inputs.every((ref) => typeof ref === 'string' && ref.startsWith('/') && !ref.includes('\0'))
  ) {
    throw new UnitRejectedError(`rejected unit ${id}: unsupported unit data ${JSON.stringify(data).slice(0, 200)}`);
  }
  if (unitId(unit.kind, unit.inputs) !== id)
    throw new UnitRejectedError(`rejected unit ${id}: its id is not the hash of its inputs (data changed after push?)`);
}

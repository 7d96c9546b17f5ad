/** Cutting inputs into units with ids derived from their content, so pushing twice enqueues nothing new. */
import { createHash } from 'node:crypto';
import { isWarc } from './reader.js';
import type { PlannedUnit, UnitData, UnitKind } from './types.js';

/** `p-`/`w-` + 24 hex of sha256 over kind + sorted refs. Hex only: safe as BullMQ jobId and file name. */
export function unitId(kind: UnitKind, inputs: readonly string[]): string {
  const sorted = [...inputs].sort();
  const hash = createHash('sha256').update(`${kind}\n${sorted.join('\n')}`).digest('hex');
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

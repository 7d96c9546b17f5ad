/**
 * The engine's flow control: pulls items from a source only while fewer than `maxInFlight` are being
 * processed, and yields each item's record as soon as it is done (or, `ordered`, as soon as it and every
 * earlier one are done, with a bounded reorder window). A finished record is never held back by an input
 * that is slow to arrive: the awaited input is raced against finishing pages.
 */
import type { SourceItem } from './inputs.js';
import type { BatchRecord } from './types.js';

/** In ordered mode, how many finished records may wait for a slower earlier page, per in-flight slot. */
const REORDER_WINDOW_PER_SLOT = 16;

export interface ScheduleOptions {
  maxInFlight: number;
  ordered: boolean;
  /** Called for each record when its page finishes (before any reordering). */
  onSettled?: (record: BatchRecord) => void;
}

/** `process` resolves one record per item and rejects only when processing fails as a whole. */
export async function* schedule(
  source: AsyncGenerator<SourceItem>,
  process: (item: SourceItem) => Promise<BatchRecord>,
  { maxInFlight, ordered, onSettled }: ScheduleOptions,
): AsyncGenerator<BatchRecord> {
  const window = maxInFlight * REORDER_WINDOW_PER_SLOT;
  // Finished pages land in `settled`; `wake` resumes the loop when it waits for one.
  const settled: Array<{ seq: number; record: BatchRecord }> = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const SETTLED = Symbol('settled');
  const nextSettled = () =>
    new Promise<typeof SETTLED>((resolve) => {
      wake = () => resolve(SETTLED);
    });

  let inFlight = 0;
  let nextSeq = 0;
  let nextToYield = 0;
  let exhausted = false;
  // The input being awaited: raced against finishing pages, so a slow input (a path list on stdin)
  // never holds back records that are done.
  let pendingInput: Promise<IteratorResult<SourceItem>> | null = null;
  const reordered = new Map<number, BatchRecord>();
  try {
    for (;;) {
      if (failure !== null) throw failure;
      for (const { seq, record } of settled.splice(0)) {
        inFlight--;
        onSettled?.(record);
        if (!ordered) {
          yield record;
          continue;
        }
        reordered.set(seq, record);
        for (let ready = reordered.get(nextToYield); ready !== undefined; ready = reordered.get(nextToYield)) {
          reordered.delete(nextToYield++);
          yield ready;
        }
      }
      const canStart = !exhausted && inFlight < maxInFlight && (!ordered || nextSeq - nextToYield < window);
      if (!canStart && inFlight === 0) break;
      if (settled.length > 0 || failure !== null) continue;
      if (!canStart) {
        await nextSettled();
        continue;
      }
      pendingInput ??= source.next();
      const next = await Promise.race([pendingInput, nextSettled()]);
      if (next === SETTLED) continue;
      pendingInput = null;
      if (next.done) {
        exhausted = true;
        continue;
      }
      const seq = nextSeq++;
      inFlight++;
      process(next.value).then(
        (record) => {
          settled.push({ seq, record });
          notify();
        },
        (err: unknown) => {
          failure ??= err;
          notify();
        },
      );
    }
  } finally {
    // An input still being awaited (stdin) cannot be interrupted: let it end on its own.
    if (pendingInput) void source.return(undefined);
    else await source.return(undefined);
  }
}

/**
 * One long-lived extractMany run per worker process, shared by the units it processes.
 *
 * Starting the engine's thread pool costs seconds (every thread loads the parser stack), which would be
 * paid again for each unit if every unit called extractMany. Instead, units are fed one after another
 * into a single ordered run, each followed by an end-of-unit marker; ordered output puts each unit's
 * records between its predecessor's marker and its own, so records are routed by position alone.
 *
 * The engine pulls inputs greedily until its pool is full and only then hands out results. While a
 * unit's records are outstanding and no next unit is queued, the feed therefore hands it cheap filler
 * inputs (empty pages, dropped on the way out) rather than blocking, so the last unit is not held back.
 */
import type { BatchOptions, BatchRecord, PageInput } from '../batch/types.js';
import type { ExtractManyFn } from './types.js';

type Input = string | PageInput;

const MARK = 'newsclean-queue:';
const END = `${MARK}end:`;
const FILLER = `${MARK}filler:`;
/** How long the feed waits for the next unit before it hands the engine a filler instead. */
const FILLER_AFTER_MS = 20;
/** Records buffered per unit before the engine is paused for the unit's writer. */
const HIGH_WATER = 256;

/** Single-consumer stream of one unit's records, bounded. Once the consumer leaves, pushes are dropped. */
class Channel<T> {
  private items: T[] = [];
  private ended = false;
  private failure: { err: unknown } | null = null;
  private gone = false;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  async push(item: T): Promise<void> {
    if (this.gone || this.ended || this.failure) return;
    this.items.push(item);
    this.wake();
    while (this.items.length >= HIGH_WATER && !this.gone) await new Promise<void>((r) => (this.wakeProducer = r));
  }

  end(): void {
    this.ended = true;
    this.wake();
  }

  fail(err: unknown): void {
    this.failure ??= { err };
    this.wake();
  }

  async *drain(): AsyncGenerator<T> {
    try {
      for (;;) {
        if (this.failure) throw this.failure.err;
        const item = this.items.shift();
        if (item !== undefined) {
          this.wakeProducer?.();
          yield item;
        } else if (this.ended) {
          return;
        } else {
          await new Promise<void>((r) => (this.wakeConsumer = r));
        }
      }
    } finally {
      this.gone = true;
      this.items = [];
      this.wakeProducer?.();
    }
  }

  private wake(): void {
    const c = this.wakeConsumer;
    this.wakeConsumer = null;
    c?.();
  }
}

interface Unit {
  inputs: AsyncIterable<Input> | Iterable<Input>;
  end: string;
  records: Channel<BatchRecord>;
}

/** One extractMany call; replaced by a fresh one if the engine fails as a whole. */
class Run {
  /** Units not fed yet. */
  readonly pending: Unit[] = [];
  /** Units fed (or being fed) whose end marker has not come back yet, oldest first. */
  readonly fed: Unit[] = [];
  closing = false;
  private wakeFeed: (() => void) | null = null;
  private fillers = 0;

  submit(unit: Unit): void {
    this.pending.push(unit);
    this.wake();
  }

  close(): void {
    this.closing = true;
    this.wake();
  }

  async *feed(): AsyncGenerator<Input> {
    for (;;) {
      const unit = this.pending.shift();
      if (unit) {
        this.fed.push(unit);
        try {
          for await (const input of unit.inputs) yield input;
        } catch (err) {
          unit.records.fail(err); // its records (if any) are dropped; the marker still closes it
        }
        yield { kind: 'bytes', id: unit.end, bytes: new Uint8Array(0) };
        continue;
      }
      if (this.closing) return;
      if (this.fed.length === 0) {
        await new Promise<void>((r) => (this.wakeFeed = r));
      } else if (!(await this.waitFor(FILLER_AFTER_MS))) {
        yield { kind: 'bytes', id: `${FILLER}${++this.fillers}`, bytes: new Uint8Array(0) };
      }
    }
  }

  /** Resolves true when woken (a unit or close arrived) within `ms`. */
  private waitFor(ms: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.wakeFeed = null;
        resolve(false);
      }, ms);
      this.wakeFeed = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  private wake(): void {
    const w = this.wakeFeed;
    this.wakeFeed = null;
    w?.();
  }
}

export class ExtractSession {
  private run: Run | null = null;
  private pumps = new Set<Promise<void>>();
  private units = 0;
  private closed = false;

  constructor(
    private readonly extractMany: ExtractManyFn,
    private readonly options: BatchOptions = {},
  ) {}

  /** The records of one unit's inputs, in input order. Leaving the loop early discards the rest. */
  unit(inputs: AsyncIterable<Input> | Iterable<Input>): AsyncIterable<BatchRecord> {
    if (this.closed) throw new Error('extract session closed');
    const unit: Unit = { inputs, end: `${END}${++this.units}`, records: new Channel<BatchRecord>() };
    this.current().submit(unit);
    return unit.records.drain();
  }

  /** Let the engine finish what was fed and stop its pool. */
  async close(): Promise<void> {
    this.closed = true;
    this.run?.close();
    while (this.pumps.size > 0) await Promise.all([...this.pumps]);
  }

  private current(): Run {
    if (this.run) return this.run;
    const run = new Run();
    this.run = run;
    const pump = this.pump(run).finally(() => this.pumps.delete(pump));
    this.pumps.add(pump);
    return run;
  }

  private async pump(run: Run): Promise<void> {
    try {
      for await (const rec of this.extractMany(run.feed(), { ...this.options, ordered: true })) {
        const id = typeof rec.file === 'string' ? rec.file : '';
        if (id.startsWith(FILLER)) continue;
        const head = run.fed[0];
        if (!head) throw new Error(`extract session: a record arrived outside any unit (${id || rec.warc})`);
        if (id.startsWith(END)) {
          if (id !== head.end) throw new Error(`extract session: records out of order (${id} while expecting ${head.end})`);
          run.fed.shift();
          head.records.end();
        } else {
          await head.records.push(rec);
        }
      }
      if (run.fed.length > 0) throw new Error('extract session: the engine stopped before the end of its units');
    } catch (err) {
      // The run is lost (e.g. its pool died): its fed units fail (BullMQ retries them); the rest move on.
      for (const u of run.fed.splice(0)) u.records.fail(err);
    } finally {
      if (this.run === run) this.run = null;
      const left = run.pending.splice(0);
      if (left.length > 0) {
        if (this.closed) for (const u of left) u.records.fail(new Error('extract session closed'));
        else for (const u of left) this.current().submit(u);
      }
    }
  }
}

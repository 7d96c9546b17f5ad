/** The progress bar on stderr while a batch runs, and the one-line summary after it. */
import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import type { BatchStats } from './types.js';

/**
 * cli-progress is loaded when a bar is made, not with this module: the CLI imports summaryLine on
 * every run, and loading the bar cost 6–9 ms of a one-page run's start-up that never shows a bar.
 */
const requireModule = createRequire(import.meta.url);
const loadCliProgress = (): typeof cliProgress => requireModule('cli-progress') as typeof cliProgress;

interface ProgressPayload {
  errors: number;
}

export class ProgressBar {
  readonly #bar: cliProgress.SingleBar;
  readonly #startedAt = Date.now();

  constructor(stream: NodeJS.WritableStream) {
    this.#bar = new (loadCliProgress().SingleBar)({
      stream,
      noTTYOutput: true, // --progress forces it on a non-TTY too
      notTTYSchedule: 2000,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
      format: (options, params, payload: ProgressPayload) => {
        const seconds = (Date.now() - this.#startedAt) / 1000;
        const rate = seconds > 0 ? params.value / seconds : 0;
        const counts = `${params.value} pages | ${rate.toFixed(1)} pages/s | ${payload.errors} errors`;
        if (params.total <= 0) return counts; // total not known (WARC, stdin list) or not counted yet
        const width = options.barsize ?? 30;
        const filled = Math.round(Math.min(1, params.progress) * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        const eta = rate > 0 ? formatDuration((params.total - params.value) / rate) : '?';
        return `${bar} ${params.value}/${params.total} | ${rate.toFixed(1)} pages/s | ${payload.errors} errors | ETA ${eta}`;
      },
    });
    this.#bar.start(0, 0, { errors: 0 } satisfies ProgressPayload);
  }

  /** The number of pages expected, once known. */
  setTotal(total: number): void {
    this.#bar.setTotal(total);
  }

  update(stats: BatchStats): void {
    this.#bar.update(stats.pages, { errors: stats.pages - stats.ok } satisfies ProgressPayload);
  }

  stop(): void {
    this.#bar.stop();
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** e.g. `newsclean: 60 pages, 58 ok, 2 errors (empty 1, binary 1), 3 spam pages, 4 skipped, 41.7 pages/s`. */
export function summaryLine(stats: BatchStats): string {
  const errorCount = stats.pages - stats.ok;
  const byKind = Object.entries(stats.errors)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  const parts = [
    `${stats.pages} pages`,
    `${stats.ok} ok`,
    `${errorCount} errors${byKind ? ` (${byKind})` : ''}`,
    `${stats.spamPages} spam pages`,
  ];
  if (stats.skipped) parts.push(`${stats.skipped} skipped`);
  if (stats.resumed) parts.push(`${stats.resumed} already done`);
  if (stats.duplicates) parts.push(`${stats.duplicates} named twice (cleaned once)`);
  parts.push(`${stats.pagesPerSecond.toFixed(1)} pages/s`);
  return `newsclean: ${parts.join(', ')}`;
}

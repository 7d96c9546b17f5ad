/** Shared by the batch/CLI tests: temp dirs, simple news pages, running the built CLI. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The `newsclean` command as installed (package.json `bin`): it runs the bundle dist/cli.bundle.cjs. */
export const CLI = join(ROOT, 'bin', 'newsclean.cjs');
export const BUNDLE = join(ROOT, 'dist', 'cli.bundle.cjs');
// The command's V8 code cache goes to a directory of this test run, not the user's ~/.cache.
process.env.NEWSCLEAN_CODE_CACHE ??= mkdtempSync(join(tmpdir(), 'newsclean-code-cache-'));

/** The CLI and the pool's workers run from dist/: `npm test` builds first. */
export function assertBuilt(): void {
  if (!existsSync(BUNDLE) || !existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  }
}

export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'newsclean-test-'));
}

/** A small but real-looking article page whose title is `title`. */
export function newsPage(title: string, paragraphs = 4): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p>${title}: paragraph ${i + 1} of the report. The city council met on Tuesday to discuss the new budget, ` +
      'and several members raised questions about the cost of the planned tram line and the schedule for its construction.</p>',
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main>
<footer>© 2024 Example News</footer></body></html>
`;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsclean …args` (node bin/newsclean.cjs), feeding `input` on stdin (stdin is closed either way). */
export function runCli(args: string[], input?: string | Uint8Array, cwd = ROOT): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export function parseJsonl(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

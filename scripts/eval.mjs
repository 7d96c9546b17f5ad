#!/usr/bin/env node
/**
 * npm run eval [-- --check] [--sets a,b] [--corpus DIR]
 * Runs the newsclean CLI over ../shared/corpus/<set>/html, scores each set with
 * ../shared/eval/score.py, prints one markdown table, and with --check fails (exit 1) when a
 * score drops below the committed floor in eval/floor.json.
 *
 * A set whose truth gives its dates as UTC instants (every dated line has `date_is_utc: true`, as the
 * mercury fixtures do) is run with `--utc`: score.py compares calendar days, and the day of an
 * instant depends on the zone it is written in. Page-local days are what newsclean writes by default.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = opt('--corpus', join(root, '..', 'shared', 'corpus'));
const scorer = opt('--scorer', join(root, '..', 'shared', 'eval', 'score.py'));
const check = args.includes('--check');
const floorFile = join(root, 'eval', 'floor.json');

if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: corpus (${corpus}) or scorer (${scorer}) not found; nothing to score`);
  process.exit(check ? 0 : 2);
}
const sets = (opt('--sets', '') || readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'truth.jsonl'))).join(',')).split(',');
const outDir = join(root, '.eval');
mkdirSync(outDir, { recursive: true });

/** The columns of the table: score.py key → header. Only those with pages are shown per set. */
const COLUMNS = [
  ['f1', 'body F1', 'body_pages'], ['accuracy', 'acc@0.9', 'body_pages'], ['snippet_f1', 'snippet F1', null],
  ['title', 'title', 'title_pages'], ['date', 'date', 'date_pages'], ['authors', 'authors', 'author_pages'],
  ['source', 'source', 'source_pages'], ['editor', 'editor', 'editor_pages'], ['site_name', 'site', 'site_name_pages'],
];

/** True when every dated truth line of the set declares its date a UTC instant. */
function datesAreUtc(truthFile) {
  const rows = readFileSync(truthFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const dated = rows.filter((r) => r.date);
  return dated.length > 0 && dated.every((r) => r.date_is_utc === true);
}

const results = {};
for (const set of sets) {
  const out = join(outDir, `${set}.jsonl`);
  const t0 = Date.now();
  const zone = datesAreUtc(join(corpus, set, 'truth.jsonl')) ? ['--utc'] : [];
  const cli = [join(root, 'dist', 'cli.js'), join(corpus, set, 'html'), '--out', out, '--no-progress', ...zone];
  const run = spawnSync(process.execPath, cli, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`eval: newsclean failed on ${set} (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
  const seconds = (Date.now() - t0) / 1000;
  const score = spawnSync('python3', [scorer, join(corpus, set, 'truth.jsonl'), out, '--json', '--per-page', join(outDir, `${set}.tsv`)], { encoding: 'utf8' });
  if (score.status !== 0) {
    console.error(`eval: score.py failed on ${set}:\n${score.stderr}`);
    process.exit(2);
  }
  results[set] = { ...JSON.parse(score.stdout), seconds };
}

const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
console.log(`| set | pages | errors | ${COLUMNS.map((c) => c[1]).join(' | ')} |`);
console.log(`|---|---|---|${COLUMNS.map(() => '---').join('|')}|`);
for (const [set, r] of Object.entries(results)) {
  const cells = COLUMNS.map(([key, , pages]) => (pages && !r[pages] ? '–' : fmt(r[key])));
  console.log(`| ${set} | ${r.pages} | ${r.errors} | ${cells.join(' | ')} |`);
}

if (check) {
  const floor = JSON.parse(readFileSync(floorFile, 'utf8'));
  const drops = [];
  for (const [set, scores] of Object.entries(floor)) {
    for (const [key, min] of Object.entries(scores)) {
      const got = results[set]?.[key];
      if (got === undefined || got === null || got < min - 1e-9) drops.push(`${set}.${key}: ${fmt(got)} < floor ${min}`);
    }
  }
  if (drops.length) {
    console.error(`eval: scores below the floor (eval/floor.json):\n  ${drops.join('\n  ')}`);
    process.exit(1);
  }
  console.error('eval: all scores at or above the floor');
}

#!/usr/bin/env node
/**
 * npm run eval [-- --check] [--sets a,b] [--corpus DIR] [--folds K] [--ablate [name,…]] [--heuristics SPEC]
 *
 * Runs the newsclean CLI over ../shared/corpus/<set>/html, scores each set with ../shared/eval/score.py and
 * prints one markdown table.
 * - `--check` fails (exit 1) when a score drops below the committed floor in eval/floor.json.
 * - `--folds K` also splits every set by host into K folds (a host's pages always share a fold) and prints
 *   every figure per fold: a rule that only helps the pages it was written from shows up as a gap between folds.
 * - `--ablate` runs the body sets again with each content rule (src/data/heuristics.json) switched off and prints,
 *   per rule, the pages it helps and hurts (|ΔF1| ≥ 0.01), the summed ΔF1 per set, the distinct hosts on each
 *   side and whether it pays (helps pages of ≥ 3 hosts, and no body set is net negative).
 *   `--ablate a,b` measures only those rules.
 * - `--heuristics SPEC` (`name=off,…`) runs everything with those switches, to try a change before making it.
 * - `--strip-structured` runs every set again on copies of its pages without their structured data (JSON-LD blocks,
 *   and <meta> tags whose attributes name a date or time) and prints that table too: how the readers of the visible
 *   page (info line, byline, headline) fare on a page that states nothing in its markup, as many held-out pages do.
 *
 * A set whose truth gives its dates as UTC instants (every dated line has `date_is_utc: true`, as the
 * mercury fixtures do) is run with `--utc`: score.py compares calendar days, and the day of an
 * instant depends on the zone it is written in. Page-local days are what newsclean writes by default.
 *
 * Each page's host is its truth URL's host or, when the set gives no URL (cwced), the registrable domain
 * most of the page's absolute links point to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = opt('--corpus', join(root, '..', 'shared', 'corpus'));
const scorer = opt('--scorer', join(root, '..', 'shared', 'eval', 'score.py'));
const check = args.includes('--check');
const folds = Number(opt('--folds', '0')) || 0;
const ablateArg = args.includes('--ablate') ? (opt('--ablate', '') ?? '') : null;
const baseSwitches = opt('--heuristics', '');
const stripStructured = args.includes('--strip-structured');
const floorFile = join(root, 'eval', 'floor.json');

if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: corpus (${corpus}) or scorer (${scorer}) not found; nothing to score`);
  process.exit(check ? 0 : 2);
}
const sets = (
  opt('--sets', '') ||
  readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, 'truth.jsonl')))
    .join(',')
).split(',');
const outDir = join(root, '.eval');
mkdirSync(outDir, { recursive: true });

/** The columns of the table: score.py key → header. Only those with pages are shown per set. */
const COLUMNS = [
  ['f1', 'body F1', 'body_pages'],
  ['accuracy', 'acc@0.9', 'body_pages'],
  ['snippet_f1', 'snippet F1', null],
  ['title', 'title', 'title_pages'],
  ['date', 'date', 'date_pages'],
  ['authors', 'authors', 'author_pages'],
  ['authors_extra', 'authors ∉ truth', 'author_pages'],
  ['source', 'source', 'source_pages'],
  ['editor', 'editor', 'editor_pages'],
  ['site_name', 'site', 'site_name_pages'],
];

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** True when every dated truth line of the set declares its date a UTC instant. */
function datesAreUtc(rows) {
  const dated = rows.filter((r) => r.date);
  return dated.length > 0 && dated.every((r) => r.date_is_utc === true);
}

/** Registrable domain by the common rule (as src/prune/context.ts siteKey). */
function siteKey(host) {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const n = labels.length;
  if (n <= 2) return labels.join('.');
  const generic = labels[n - 1].length === 2 && /^(com|net|org|gov|edu|ac|co|or|ne|go|mil|nic|gob|gv)$/.test(labels[n - 2]);
  return labels.slice(generic ? -3 : -2).join('.');
}

/** The host a truth row belongs to: its URL's, else the domain most of the page's links point to. */
function hostOf(set, row) {
  if (row.url) {
    try {
      return siteKey(new URL(row.url).hostname);
    } catch {
      /* fall through */
    }
  }
  const html = readFileSync(join(corpus, set, 'html', `${row.id}.html`)).toString('latin1');
  const counts = new Map();
  for (const m of html.matchAll(/(?:href|src)\s*=\s*["']?https?:\/\/([^/"'>\s:?#]+)/gi)) {
    const key = siteKey(m[1]);
    if (/^(beian|miit|googleapis|google|gstatic|bootcss|doubleclick|baidu)\b/.test(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = null;
  for (const [k, n] of counts) if (!best || n > best[1]) best = [k, n];
  return best ? best[0] : `page:${row.id}`;
}

/** A stable fold for a host: FNV-1a of its name. */
function foldOf(host, k) {
  let h = 0x811c9dc5;
  for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

/** A page without its structured data: JSON-LD blocks, and <meta> tags naming a date or time (bytes kept as they are). */
const withoutStructuredData = (html) =>
  html
    .replace(/<script\b[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta\b[^>]*(?:date|time|publish|modified|created|issued)[^>]*>/gi, '');

/** The folder of a set's pages: the corpus's own, or (`--strip-structured`) copies without structured data. */
function pagesOf(set, stripped) {
  const dir = join(corpus, set, 'html');
  if (!stripped) return dir;
  const copy = join(outDir, 'stripped', set);
  mkdirSync(copy, { recursive: true });
  for (const f of readdirSync(dir)) {
    const html = readFileSync(join(dir, f)).toString('latin1');
    writeFileSync(join(copy, f), Buffer.from(withoutStructuredData(html), 'latin1'));
  }
  return copy;
}

/** Runs newsclean over a set; returns the JSONL path. */
function runSet(set, truthRows, switches, tag) {
  const out = join(outDir, `${set}${tag}.jsonl`);
  const zone = datesAreUtc(truthRows) ? ['--utc'] : [];
  const pages = pagesOf(set, tag === '.stripped');
  const cli = [join(root, 'dist', 'cli.js'), pages, '--out', out, '--no-progress', ...zone];
  const env = { ...process.env, NEWSCLEAN_HEURISTICS: switches };
  const run = spawnSync(process.execPath, cli, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  if (run.status !== 0 && run.status !== 1) {
    console.error(`eval: newsclean failed on ${set} (exit ${run.status}):\n${run.stderr}`);
    process.exit(2);
  }
  return out;
}

function score(truthFile, out, perPage) {
  const extra = perPage ? ['--per-page', perPage] : [];
  const res = spawnSync('python3', [scorer, truthFile, out, '--json', ...extra], { encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(`eval: score.py failed on ${truthFile}:\n${res.stderr}`);
    process.exit(2);
  }
  return JSON.parse(res.stdout);
}

const idOf = (rec) =>
  (rec.file ?? '')
    .split('/')
    .pop()
    .replace(/\.[^./]+$/, '');
const fold = (s) => [...(s ?? '').normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
const squash = (s) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

/** Share of author-scored pages whose predicted authors hold a name the truth does not (precision's side). */
function authorsExtra(truthRows, predById) {
  let pages = 0;
  let extra = 0;
  for (const t of truthRows) {
    if (!Array.isArray(t.authors)) continue;
    pages++;
    const truth = new Set(t.authors.map(fold).filter(Boolean));
    const pred = (predById.get(t.id)?.authors ?? []).map(fold).filter(Boolean);
    if (pred.some((a) => !truth.has(a))) extra++;
  }
  return pages ? extra / pages : null;
}

/** Per-page body quality: token F1 from score.py's TSV, or for snippet sets the share of snippets judged right. */
function perPageQuality(truthRows, predById, tsv) {
  const q = new Map();
  if (tsv && existsSync(tsv)) {
    const [head, ...lines] = readFileSync(tsv, 'utf8').split('\n').filter(Boolean);
    const cols = head.split('\t');
    const f1 = cols.indexOf('F1');
    for (const line of lines) {
      const cells = line.split('\t');
      if (cells[f1] !== '') q.set(cells[0], Number(cells[f1]));
    }
  }
  for (const t of truthRows) {
    const wanted = t.body_must_contain ?? [];
    const unwanted = t.body_must_not_contain ?? [];
    if (q.has(t.id) || !(wanted.length + unwanted.length)) continue;
    const flat = squash(predById.get(t.id)?.text ?? '');
    let right = 0;
    for (const s of wanted) if (flat.includes(squash(s))) right++;
    for (const s of unwanted) if (!flat.includes(squash(s))) right++;
    q.set(t.id, right / (wanted.length + unwanted.length));
  }
  return q;
}

/** One full pass over the sets with the given switches: scores, per-fold scores, per-page quality. */
function evaluate(switches, tag) {
  const results = {};
  for (const set of sets) {
    const truthFile = join(corpus, set, 'truth.jsonl');
    const truthRows = readJsonl(truthFile);
    if (tag.startsWith('.ablate') && !truthRows.some((r) => r.body || r.body_must_contain)) continue; // ablation: body sets only
    const t0 = Date.now();
    const out = runSet(set, truthRows, switches, tag);
    const seconds = (Date.now() - t0) / 1000;
    const tsv = join(outDir, `${set}${tag}.tsv`);
    const predById = new Map(readJsonl(out).map((r) => [idOf(r), r]));
    const r = { ...score(truthFile, out, tsv), seconds, authors_extra: authorsExtra(truthRows, predById) };
    r.quality = perPageQuality(truthRows, predById, tsv);
    r.hosts = new Map(truthRows.map((row) => [row.id, hostOf(set, row)]));
    if (folds > 1) {
      r.folds = [];
      for (let f = 0; f < folds; f++) {
        const rows = truthRows.filter((row) => foldOf(r.hosts.get(row.id), folds) === f);
        const file = join(outDir, `${set}${tag}.fold${f}.truth.jsonl`);
        writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
        r.folds.push({
          ...score(file, out),
          authors_extra: authorsExtra(rows, predById),
          hostCount: new Set(rows.map((row) => r.hosts.get(row.id))).size,
        });
      }
    }
    results[set] = r;
  }
  return results;
}

const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
const cellsOf = (r) => COLUMNS.map(([key, , pages]) => (pages && !r[pages] ? '–' : fmt(r[key])));

function printTable(results, suffix) {
  console.log(`| set | pages | errors | ${COLUMNS.map((c) => c[1]).join(' | ')} |`);
  console.log(`|---|---|---|${COLUMNS.map(() => '---').join('|')}|`);
  for (const [set, r] of Object.entries(results)) {
    console.log(`| ${set}${suffix} | ${r.pages} | ${r.errors} | ${cellsOf(r).join(' | ')} |`);
    for (const [i, f] of (r.folds ?? []).entries()) {
      console.log(`| ${set} fold ${i + 1}/${folds} (${f.hostCount} hosts) | ${f.pages} | ${f.errors} | ${cellsOf(f).join(' | ')} |`);
    }
  }
}

const results = evaluate(baseSwitches, '');
printTable(results, '');

if (stripStructured) {
  console.log('\nThe same pages without their structured data (JSON-LD, date and time <meta> tags):');
  printTable(evaluate(baseSwitches, '.stripped'), ' (stripped)');
}

if (ablateArg !== null) {
  const { HEURISTIC_NAMES } = await import(join(root, 'dist', 'heuristics', 'index.js'));
  const names = ablateArg && !ablateArg.startsWith('--') ? ablateArg.split(',') : HEURISTIC_NAMES;
  const bodySets = Object.keys(results).filter((s) => results[s].quality.size);
  console.log(
    '\nAblation: each rule switched off; Δ = F1 with the rule − F1 without it (per page; snippet sets: share of snippets right).',
  );
  console.log(`| rule | pages helped | pages hurt | hosts helped | hosts hurt | ${bodySets.map((s) => `ΣΔ ${s}`).join(' | ')} | pays |`);
  console.log(`|---|---|---|---|---|${bodySets.map(() => '---').join('|')}|---|`);
  for (const name of names) {
    const off = evaluate([baseSwitches, `${name}=off`].filter(Boolean).join(','), `.ablate-${name}`);
    let helped = 0;
    let hurt = 0;
    const helpedHosts = new Set();
    const hurtHosts = new Set();
    const sums = [];
    for (const set of bodySets) {
      let sum = 0;
      for (const [id, on] of results[set].quality) {
        const d = on - (off[set]?.quality.get(id) ?? on);
        sum += d;
        if (d >= 0.01) {
          helped++;
          helpedHosts.add(`${set}:${results[set].hosts.get(id)}`);
        }
        if (d <= -0.01) {
          hurt++;
          hurtHosts.add(`${set}:${results[set].hosts.get(id)}`);
        }
      }
      sums.push(sum);
    }
    const bodyCore = bodySets.map((s, i) => [s, sums[i]]).filter(([s]) => ['cwced', 'magic_html_article', 'fundus'].includes(s));
    const pays = helpedHosts.size >= 3 && bodyCore.every(([, v]) => v >= -1e-9) && sums.reduce((a, b) => a + b, 0) > 0;
    console.log(
      `| ${name} | ${helped} | ${hurt} | ${helpedHosts.size} | ${hurtHosts.size} | ${sums.map((v) => v.toFixed(2)).join(' | ')} | ${pays ? 'yes' : 'no'} |`,
    );
  }
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

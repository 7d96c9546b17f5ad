#!/usr/bin/env node
/**
 * npm run fuzz -- [--count N] [--seed S] [--jobs J] [--limit-ms MS] [--slow-ms MS] [--max-slow-share F]
 *                 [--out DIR] [--corpus DIR | --no-corpus] [--replay FILE.json] [--quiet]
 *
 * Mutates the bundled fixtures (and ../shared/corpus when present) in the ways hostile and broken pages differ
 * from real ones, runs extract() on each mutated page in a child process (J children, the main thread of each,
 * so the ordinary call stack), and reports:
 *   - exceptions other than ExtractError (crashes),
 *   - inputs still running after --limit-ms (10 s; the child is killed and replaced),
 *   - inputs over --slow-ms (2 s), failing when more than --max-slow-share (0.5%) of the run (wall time; the
 *     summary's over2sCpu counts the child's CPU time too, which other work on a shared machine does not stretch),
 *   - Articles that fail the schema check (src/schema.ts: types, ISO dates, no control characters).
 * Each failing input is saved under --out (.fuzz/) as <seed>-<index>.bin with a .json telling its seed, index,
 * base page, mutations and finding; `--replay FILE.json` runs one again in this process. Exits 1 on findings.
 *
 * Deterministic: input i of seed S is the same bytes on every machine with the same fixtures and corpus.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: small, fast, good enough to pick mutations. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return { next, int, pick };
}

/** The seed of input `index` of run `seed` (FNV-1a over both). */
function inputSeed(seed, index) {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Base pages

function basePages(corpus) {
  const files = [];
  const fixtures = join(root, 'fixtures');
  for (const d of readdirSync(fixtures).sort()) {
    for (const name of ['page.html', 'page.txt']) {
      const f = join(fixtures, d, name);
      if (existsSync(f)) files.push(f);
    }
  }
  if (corpus && existsSync(corpus)) {
    for (const set of readdirSync(corpus).sort()) {
      const dir = join(corpus, set, 'html');
      if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.html')) files.push(join(dir, f));
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Pages are handled as latin1 strings (one char per byte, lossless); inserted text is UTF-8.

const u8 = (s) => Buffer.from(s, 'utf8').toString('latin1');
const MB = 1024 * 1024;

/** A position in the page, most often inside <body> (where the readers look). */
function position(page, r) {
  const body = page.search(/<body/i);
  if (body >= 0 && r.next() < 0.8) return r.int(body, page.length);
  return r.int(0, page.length);
}
const insertAt = (page, r, s) => {
  const at = position(page, r);
  return page.slice(0, at) + s + page.slice(at);
};

const NEST = [
  ['<div>', '</div>'],
  ['<table><tr><td>', '</td></tr></table>'],
  ['<ul><li>', '</li></ul>'],
  ['<blockquote>', '</blockquote>'],
  ['<span>', '</span>'],
  ['<b><i>', '</i></b>'],
  ['<section><article>', '</article></section>'],
  ['<div><p>x', '</p></div>'],
  ['<font size="2">', '</font>'],
  ['<a href="#">', '</a>'],
];
const SNIPPETS = [
  '<div>',
  '</div>',
  '</p>',
  '<p>',
  '<table><tr><td>',
  '</table>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<style>',
  '<![CDATA[',
  ']]>',
  '<svg><foreignObject>',
  '<math>',
  '<p',
  '">',
  "'",
  '<',
  '&',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '</body></html>',
  '<html><head><title>',
  '</title>',
  '<head>',
  '<body>',
  '<template>',
  '<textarea>',
  '<plaintext>',
  '<noscript>',
  '<iframe>',
  '<frameset>',
  '<select><option>',
  '<h1>',
  '</h1>',
  '<meta charset="big5">',
  '<base href="javascript:">',
];
const CHARSETS = [
  'utf-16',
  'utf-16le',
  'gbk',
  'gb2312',
  'big5',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'utf-7',
  'x-user-defined',
  'windows-1252',
  'koi8-r',
  'utf-32',
  'bogus-charset',
  'utf-8',
  'hz-gb-2312',
  'replacement',
  '',
];
const ONE_CHARS = [' ', 'a', '-', '.', '<', '&', '中', '\u00a0', '!', '0', '\n', '=', '"', '/', '\u3000', '*', '9', '—', '…', '\u{1F600}'];
const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\ufdef',
  '\u{1fffe}',
  '\u{10ffff}',
  '\u200b',
  '\ufeff',
  '\u2028',
];

/** Each mutation: (page as latin1 string, rng) → page. */
const MUTATIONS = {
  'byte-flip': (p, r) => {
    const b = Buffer.from(p, 'latin1');
    for (let k = r.int(1, 64); k > 0 && b.length; k--) b[r.int(0, b.length - 1)] ^= 1 << r.int(0, 7);
    return b.toString('latin1');
  },
  truncate: (p, r) => p.slice(0, r.int(0, p.length)),
  'insert-markup': (p, r) => {
    let out = p;
    for (let k = r.int(1, 30); k > 0; k--) out = insertAt(out, r, r.pick(SNIPPETS));
    return out;
  },
  'duplicate-markup': (p, r) => {
    const from = r.int(0, p.length);
    const slice = p.slice(from, from + r.int(100, 100_000));
    const times = Math.max(1, Math.min(r.int(2, 400), Math.floor((r.pick([0.25, 0.5, 1, 1, 2, 4]) * MB) / Math.max(1, slice.length))));
    return insertAt(p, r, slice.repeat(times));
  },
  'deep-nesting': (p, r) => {
    const [open, close] = r.pick(NEST);
    const depth = r.pick([200, 500, 1000, 2000, 5000, 20_000, 100_000]);
    const inner = r.next() < 0.5 ? 'deep text of a nested block' : '';
    const closing = r.next() < 0.6 ? close.repeat(depth) : '';
    const step = r.next() < 0.3 ? `${open}word ` : open;
    return insertAt(p, r, step.repeat(depth) + inner + closing);
  },
  'huge-attribute': (p, r) => {
    const value = r.pick(['a', ' ', '"', 'x ', '0', '-', '&amp;', '中']).repeat(r.int(10_000, r.next() < 0.8 ? 256 * 1024 : MB));
    const attr = r.pick(['class', 'style', 'id', 'data-x', 'href', 'title', 'datetime', 'content', 'width', 'src']);
    const tag = r.pick(['div', 'a', 'time', 'meta name="author"', 'img', 'p', 'marquee', 'span']);
    return insertAt(p, r, `<${tag} ${attr}="${u8(value)}">text</${tag.split(' ')[0]}>`);
  },
  'one-char-run': (p, r) => {
    const mb = r.next() < 0.85 ? r.int(1, 4) : r.int(11, 13);
    return insertAt(
      p,
      r,
      u8(r.pick(ONE_CHARS))
        .repeat(Math.ceil((mb * MB) / u8('中').length))
        .slice(0, mb * MB),
    );
  },
  'invalid-bytes': (p, r) => {
    let out = p;
    for (let k = r.int(1, 40); k > 0; k--) {
      const bytes = Array.from({ length: r.int(1, 16) }, () => String.fromCharCode(r.int(0x80, 0xff)));
      out = insertAt(out, r, bytes.join(''));
    }
    return out;
  },
  'nul-bytes': (p, r) => {
    let out = p;
    for (let k = r.int(1, 40); k > 0; k--) out = insertAt(out, r, '\u0000'.repeat(r.pick([1, 1, 2, 16, 1000])));
    return out;
  },
  bom: (p, r) => r.pick(['\xef\xbb\xbf', '\xff\xfe', '\xfe\xff', '\xef\xbb\xbf\xef\xbb\xbf', '\x00\x00\xfe\xff']) + p,
  'charset-lie': (p, r) => {
    const cs = r.pick(CHARSETS);
    const replaced = p.replace(/charset\s*=\s*["']?[\w-]+/gi, `charset=${cs}`);
    return replaced !== p && r.next() < 0.7 ? replaced : `<meta charset="${cs}">` + p;
  },
  'link-block': (p, r) => {
    const n = r.pick([1000, 3000, 10_000, 10_000, 30_000]);
    const links = Array.from({ length: n }, (_, i) => `<a href="http://spam${i % 97}.example/${i}">链接 link ${i}</a>`);
    return insertAt(p, r, `<div class="links">${links.join(r.pick([' ', '', '<br>', ' | ']))}</div>`);
  },
  'long-line': (p, r) => {
    const words = ['the', 'council', 'budget', '新闻', '记者', 'Zeitung', '2023-07-21', 'By', 'July', '21,', 'von'];
    const parts = [];
    for (let n = 0, target = r.pick([0.1, 0.25, 0.5, 1, 1, 2, 4]) * MB; n < target; ) {
      const w = r.pick(words);
      parts.push(w);
      n += w.length + 1;
    }
    return insertAt(p, r, `<p>${u8(parts.join(' '))}</p>`);
  },
  'impossible-dates': (p, r) => {
    const dates = [
      '2023-13-45',
      '9999-99-99T99:99:99+99:99',
      '0000-00-00',
      '2023-02-30',
      '2023年13月32日',
      '2023年2月30日 25:61',
      '-271821-04-19',
      '+275760-09-13T00:00:00Z',
      '1e400',
      'February 30, 2023',
      '31 Apr 2023',
      '2023-07-21T24:00:00+25:00',
      '12/31/99999',
      'NaN-NaN-NaN',
      '2023-07-21T09:31:05.1234567890123+08:00',
      '2023/07/21 99:99',
      '21.07.-2023',
    ];
    const d = u8(r.pick(dates));
    const where = [
      `<time datetime="${d}">${d}</time>`,
      `<meta property="article:published_time" content="${d}">`,
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${d}","dateModified":"${d}"}</script>`,
      `<p>发布时间：${d}</p>`,
      `<span class="date">${d}</span>`,
    ];
    let out = p;
    for (let k = r.int(1, 4); k > 0; k--) out = insertAt(out, r, r.pick(where));
    return out;
  },
  'huge-jsonld': (p, r) => {
    const kind = r.int(0, 4);
    let json;
    if (kind === 0) {
      const depth = r.pick([1000, 10_000, 50_000]);
      json = '{"@graph":'.repeat(depth) + '{"@type":"NewsArticle","headline":"Deep"}' + '}'.repeat(depth);
    } else if (kind === 1) {
      const depth = r.pick([1000, 10_000, 50_000]);
      json = '{"@type":"NewsArticle","mainEntity":'.repeat(depth) + '{}' + '}'.repeat(depth);
    } else if (kind === 2) {
      const names = Array.from(
        { length: r.pick([1000, 32_000]) },
        (_, i) => `{"@type":"Person","name":"Name${String.fromCharCode(97 + (i % 26))}"}`,
      );
      json = `{"@type":"NewsArticle","headline":"Many authors","author":[${names.join(',')}]}`;
    } else if (kind === 3) {
      const depth = r.pick([1000, 10_000, 100_000]);
      json = `{"@type":"NewsArticle","author":${'['.repeat(depth)}"Deep Array"${']'.repeat(depth)},"headline":${'['.repeat(depth)}"x"${']'.repeat(depth)}}`;
    } else {
      json = `{"@type":"NewsArticle","headline":"${'标题 '.repeat(r.int(10_000, 300_000))}","articleBody":"${'x'.repeat(r.int(1, 3) * MB)}"}`;
    }
    return insertAt(p, r, `<script type="application/ld+json">${u8(json)}</script>`);
  },
  /** Inputs aimed at the regexes of the field readers and the hidden-block rules. */
  'regex-bait': (p, r) => {
    const n = r.pick([32 * 1024, 128 * 1024, 390 * 1024]);
    const baits = [
      () => `<div style="width:${'1'.repeat(n)}x;overflow:hidden">a</div>`,
      () => `<div style="font-size:${'9'.repeat(n)}.">a</div>`,
      () => `<p style="position:absolute;left:-${'0'.repeat(n)}z">a</p>`,
      () => `<time datetime="2023-07-21 09:31${' '.repeat(n)}x">July 21</time>`,
      () => `<time datetime="2023-07-21${' '.repeat(n)}">x</time>`,
      () => `<p>July 21${' '.repeat(n)}x</p>`,
      () => `<p>${'July 21 '.repeat(n / 8)}</p>`,
      () => `<p>${'21 July '.repeat(n / 8)}</p>`,
      () => `<marquee width="0${' '.repeat(n)}x">spam</marquee>`,
      () => `<marquee height="${' '.repeat(n)}1 ${' '.repeat(n)}x">spam</marquee>`,
      () => `<style>/*${'a{b:c}'.repeat(n / 6)}</style>`,
      () => `<style>${'/*'.repeat(n / 2)}</style>`,
      () => `<style>${'.a{'.repeat(n / 3)}</style>`,
      () => `<p>By ${'Anna '.repeat(n / 5)}</p>`,
      () => `<p>${'2023-07-21 '.repeat(n / 11)}</p>`,
      () => `<p>${'09:31 '.repeat(n / 6)}</p>`,
      () => `<p>来源：${'新'.repeat(n)}</p>`,
      () => `<p>${'　'.repeat(n)}</p>`,
      () => `<meta name="author" content="${'a '.repeat(n / 2)}">`,
      () => `<p>${'2023年7月'.repeat(n / 7)}</p>`,
      () => `<p>${'1/'.repeat(n / 2)}</p>`,
      () => `<p>${'-'.repeat(n)}</p>`,
      () => `<title>${'|'.repeat(n)}</title>`,
    ];
    return insertAt(p, r, u8(r.pick(baits)()));
  },
  'control-chars': (p, r) => {
    let out = p;
    for (let k = r.int(1, 60); k > 0; k--) out = insertAt(out, r, u8(r.pick(CONTROL)));
    out = out.replace(/<title>/i, `<title>${u8(r.pick(CONTROL))}`);
    return out.replace(/<h1([^>]*)>/i, (m) => m + u8(r.pick(CONTROL)));
  },
};
const KINDS = Object.keys(MUTATIONS);
const MAX_BYTES = 15 * MB;

/** Input `index` of run `seed`: the page bytes and how they were made. */
function makeInput(seed, index, files) {
  const r = rng(inputSeed(seed, index));
  const file = r.pick(files);
  let page = readFileSync(file).toString('latin1');
  const mutations = [];
  for (let k = r.next() < 0.7 ? 1 : r.int(2, 3); k > 0; k--) {
    const kind = r.pick(KINDS);
    mutations.push(kind);
    page = MUTATIONS[kind](page, r);
    if (page.length > MAX_BYTES) page = page.slice(0, MAX_BYTES);
  }
  const options = r.next() < 0.1 ? { format: 'text' } : {};
  if (r.next() < 0.15) options.contentType = `text/html; charset=${r.pick(CHARSETS)}`;
  // a capture time, as a WARC record gives: the readers of relative dates (`3小时前`, `2 hours ago`) run then
  if (r.next() < 0.2) options.capturedAt = '2024-03-05T06:30:00Z';
  return { bytes: Buffer.from(page, 'latin1'), file, mutations, options };
}

// ---------------------------------------------------------------------------------------------------------------
// Child: runs extract() on the inputs the parent names.

async function child() {
  const { extract, ExtractError } = await import(join(root, 'dist', 'index.js'));
  const { articleProblems } = await import(join(root, 'dist', 'schema.js'));
  const files = JSON.parse(process.env.FUZZ_FILES);
  const seed = Number(process.env.FUZZ_SEED);
  process.on('message', ({ index }) => {
    const input = makeInput(seed, index, files);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let result;
    try {
      const article = extract(new Uint8Array(input.bytes), input.options);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const problems = articleProblems(JSON.parse(JSON.stringify(article)));
      result = { index, ms, cpuMs, outcome: problems.length ? 'schema' : 'ok', problems: problems.slice(0, 10) };
    } catch (e) {
      const ms = performance.now() - t0;
      if (e instanceof ExtractError && e.kind !== 'internal') result = { index, ms, outcome: 'extract-error', kind: e.kind };
      else
        result = {
          index,
          ms,
          outcome: 'exception',
          message: String(e?.stack ?? e).slice(0, 2000),
          cause: String(e?.cause?.stack ?? '').slice(0, 2000),
        };
    }
    process.send(result);
  });
  process.send({ ready: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Parent

async function parent() {
  const count = Number(opt('--count', '300'));
  const seed = Number(opt('--seed', '1'));
  const jobs = Number(opt('--jobs', '2'));
  const limitMs = Number(opt('--limit-ms', '10000'));
  const slowMs = Number(opt('--slow-ms', '2000'));
  const maxSlowShare = Number(opt('--max-slow-share', '0.005'));
  const outDir = opt('--out', join(root, '.fuzz'));
  const corpus = args.includes('--no-corpus') ? null : opt('--corpus', join(root, '..', 'shared', 'corpus'));
  const quiet = args.includes('--quiet');
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    console.error('fuzz: dist/ not built; run `npm run build` first');
    process.exit(2);
  }
  const files = basePages(corpus);
  console.error(`fuzz: seed ${seed}, ${count} inputs from ${files.length} pages, ${jobs} child processes, limit ${limitMs} ms`);

  const findings = [];
  const slow = [];
  const outcomes = {};
  const times = [];
  const cpuTimes = []; // CPU time of the child (a loaded machine stretches wall time, not this)
  const save = (index, finding) => {
    mkdirSync(outDir, { recursive: true });
    const input = makeInput(seed, index, files);
    const name = `${seed}-${index}`;
    writeFileSync(join(outDir, `${name}.bin`), input.bytes);
    const meta = { seed, index, base: relative(root, input.file), mutations: input.mutations, options: input.options, ...finding };
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify(meta, null, 2) + '\n');
    return name;
  };

  let next = 0;
  let done = 0;
  const started = Date.now();
  await new Promise((resolveAll) => {
    const spawnWorker = () => {
      const proc = fork(fileURLToPath(import.meta.url), ['--child'], {
        env: { ...process.env, FUZZ_FILES: JSON.stringify(files), FUZZ_SEED: String(seed) },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
      let current = null;
      let timer = null;
      let stderr = '';
      let killed = false; // after a timeout: a result already on its way is ignored, nothing more is sent
      proc.on('error', () => {}); // a send racing the kill; the exit handler replaces the child
      proc.stderr.on('data', (d) => {
        stderr = (stderr + d).slice(-4000);
      });
      const dispatch = () => {
        if (next >= count) {
          proc.kill();
          return;
        }
        current = next++;
        const index = current;
        timer = setTimeout(() => {
          current = null;
          killed = true;
          record({ index, ms: limitMs, outcome: 'hang' });
          proc.kill('SIGKILL');
        }, limitMs);
        proc.send({ index });
      };
      proc.on('message', (m) => {
        if (killed) return;
        if (m.ready) return dispatch();
        clearTimeout(timer);
        current = null;
        record(m);
        dispatch();
      });
      proc.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (current !== null) {
          // died mid-input: out of memory or a native crash
          record({ index: current, ms: 0, outcome: 'exception', message: `child exited (${signal ?? code}): ${stderr.slice(-1500)}` });
        }
        if (next < count) spawnWorker();
        else if (done >= count) resolveAll();
      });
    };
    const record = (m) => {
      done++;
      outcomes[m.outcome] = (outcomes[m.outcome] ?? 0) + 1;
      times.push(m.ms);
      if (m.cpuMs !== undefined) cpuTimes.push(m.cpuMs);
      if (m.outcome === 'exception' || m.outcome === 'hang' || m.outcome === 'schema' || m.ms >= limitMs) {
        const name = save(m.index, m);
        findings.push({ name, ...m });
        console.error(
          `fuzz: #${m.index} ${m.outcome}${m.problems ? ': ' + m.problems[0] : m.message ? ': ' + m.message.split('\n')[0] : ''} → ${name}`,
        );
      } else if (m.ms > slowMs) {
        const name = save(m.index, { outcome: 'slow', ms: m.ms, cpuMs: m.cpuMs });
        slow.push({ name, ...m });
        if (!quiet) console.error(`fuzz: #${m.index} slow: ${Math.round(m.ms)} ms (cpu ${Math.round(m.cpuMs ?? 0)} ms) → ${name}`);
      }
      if (!quiet && done % 100 === 0) console.error(`fuzz: ${done}/${count} (${Math.round((Date.now() - started) / 1000)} s)`);
      if (done >= count) resolveAll();
    };
    for (let j = 0; j < Math.min(jobs, count); j++) spawnWorker();
  });

  times.sort((a, b) => a - b);
  const over = (ms) => times.filter((t) => t > ms).length;
  const summary = {
    seed,
    inputs: count,
    pages: files.length,
    seconds: Math.round((Date.now() - started) / 1000),
    outcomes,
    exceptions: outcomes.exception ?? 0,
    overLimit: outcomes.hang ?? 0,
    over2s: over(slowMs),
    over2sCpu: cpuTimes.filter((t) => t > slowMs).length,
    schemaViolations: outcomes.schema ?? 0,
    medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    p99Ms: Math.round(times[Math.floor(times.length * 0.99)] ?? 0),
    maxMs: Math.round(times[times.length - 1] ?? 0),
  };
  console.log(JSON.stringify(summary, null, 2));
  const slowFails = summary.over2s / count > maxSlowShare;
  if (findings.length || slowFails) {
    console.error(
      `fuzz: FAILED: ${findings.length} findings${slowFails ? `, ${summary.over2s} inputs over ${slowMs} ms` : ''}; inputs saved in ${relative(process.cwd(), outDir) || '.'}/`,
    );
    process.exit(1);
  }
}

/** Runs one saved input again in this process (stack traces and profiling are easier here). */
async function replay(file) {
  const meta = JSON.parse(readFileSync(file, 'utf8'));
  const bytes = readFileSync(file.replace(/\.json$/, '.bin'));
  const { extract } = await import(join(root, 'dist', 'index.js'));
  const { articleProblems } = await import(join(root, 'dist', 'schema.js'));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const article = extract(new Uint8Array(bytes), meta.options ?? {});
  const cpu = process.cpuUsage(cpu0);
  console.log(
    JSON.stringify({
      ms: Math.round(performance.now() - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      problems: articleProblems(JSON.parse(JSON.stringify(article))),
      title: article.title,
    }),
  );
}

if (args.includes('--child')) await child();
else if (args.includes('--replay')) await replay(opt('--replay'));
else await parent();

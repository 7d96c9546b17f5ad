#!/usr/bin/env bash
# The package as a user gets it: packs the tarball, installs it into a new ESM project and a new TypeScript
# project (module nodenext, strict), compiles and runs the README's library examples, and checks that the
# install pulled no queue package. Needs the npm registry (for the dependencies); not part of `npm test`.
# Usage: bash scripts/pack-check.sh [WORK_DIR]   (default: a new temporary directory)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
(cd "$ROOT" && npm pack --pack-destination "$WORK" --silent >/dev/null)
TARBALL="$(ls "$WORK"/newsclean-*.tgz | head -1)"
PAGE="$ROOT/fixtures/english-jsonld/page.html"

setup() { # dir
  rm -rf "$1" && mkdir -p "$1/crawl" && cd "$1"
  printf '{ "name": "%s", "version": "1.0.0", "private": true, "type": "module" }\n' "$(basename "$1")" > package.json
  cp "$PAGE" page.html && cp "$ROOT/fixtures/xinhuanet-utf8/page.html" crawl/a.html && cp "$ROOT/fixtures/people-gbk/page.html" crawl/b.html
  npm install "$TARBALL" --no-audit --no-fund --silent
  if ls node_modules | grep -qiE '^(bullmq|ioredis|msgpackr)'; then echo "FAIL: queue packages installed" >&2; exit 1; fi
}

EXAMPLE='import { extract, extractMany, ExtractPool, ExtractError, toMarkdown, type Article } from "newsclean";
import { readFileSync } from "node:fs";

const article: Article = extract(readFileSync("page.html"), { url: "https://www.example.com/2023-07/21/c_1.htm" });
console.log(article.title, article.date, article.authors, article.image, article.tags, article.text.length);
console.log(toMarkdown(article).split("\n")[0]);

for await (const record of extractMany(["crawl/", "segment.warc.gz"], { jobs: 2 })) {
  if ("error" in record) console.error(record.file ?? record.warc, record.error.kind);
}

const pool = new ExtractPool({ jobs: 2, timeoutMs: 10_000 });
const one = await pool.page({ kind: "bytes", id: "upload-1", bytes: readFileSync("page.html"), url: "https://example.com/a" });
for await (const record of pool.records(["crawl/"], { ordered: true })) { console.log("record", record.file); }
await pool.close();
console.log("ok", "error" in one ? one.error.kind : one.title, ExtractError.name);'

echo "== ESM project: $WORK/esm"
setup "$WORK/esm"
# The same example without its type annotations.
printf '%s\n' "$EXAMPLE" | sed -e 's/, type Article//' -e 's/const article: Article/const article/' > example.mjs
node example.mjs
npx --no newsclean crawl/ --jobs 1 --no-progress > /dev/null
if npx --no newsclean queue status 2> queue.err; then echo "FAIL: queue ran without bullmq" >&2; exit 1; fi
grep -q 'npm install bullmq ioredis' queue.err

echo "== TypeScript project (module nodenext, strict): $WORK/ts"
setup "$WORK/ts"
npm install -D typescript@5.9 @types/node@20 --no-audit --no-fund --silent
printf '%s\n' '{ "compilerOptions": { "target": "ES2022", "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "outDir": "out", "types": ["node"] }, "include": ["example.ts"] }' > tsconfig.json
printf '%s\n' "$EXAMPLE" > example.ts
./node_modules/.bin/tsc -p .
node out/example.js
echo "pack check passed"

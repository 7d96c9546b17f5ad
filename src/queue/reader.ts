/**
 * Where unit inputs come from. Units name inputs by ref (a path on the shared filesystem today);
 * another reader (object storage) can implement the same interface without touching push/work.
 */
import { constants } from 'node:fs';
import { access, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';

export interface InputReader {
  /** Expand user inputs (files, dirs, globs) into concrete refs; throws when an input matches nothing. */
  list(inputs: string[]): Promise<string[]>;
  /** Resolve when `ref` is readable now, reject with the reason otherwise. */
  check(ref: string): Promise<void>;
  read(ref: string): Promise<Uint8Array>;
  /**
   * A local path the batch engine can open itself (streams WARCs, keeps `file`/`warc` identities equal to
   * a local run), or null when the bytes must go through `read`.
   */
  localPath(ref: string): string | null;
  /** What `inputs` let workers read: recorded by push as the default allowed input roots. */
  roots?(inputs: string[]): Promise<string[]>;
}

/**
 * Page files picked up when a directory is given (the batch engine's walk takes the same); explicit files
 * and glob matches are taken as they are.
 */
export const PAGE_EXTENSIONS = ['html', 'htm', 'shtml', 'xhtml', 'txt'] as const;
const DIR_PATTERN = `**/*.{${PAGE_EXTENSIONS.join(',')},warc,warc.gz}`;

export class FsReader implements InputReader {
  /** Relative inputs resolve against `cwd`; refs are absolute so workers on other machines agree. */
  constructor(private readonly cwd: string = process.cwd()) {}

  async list(inputs: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const input of inputs) {
      const abs = path.resolve(this.cwd, input);
      const st = await stat(abs).catch(() => null);
      let matches: string[];
      if (st?.isFile()) matches = [abs];
      // Symlinked directories are not followed: `self -> .` or `up -> ..` would list forever.
      else if (st?.isDirectory())
        matches = await fg(DIR_PATTERN, {
          cwd: abs,
          absolute: true,
          onlyFiles: true,
          dot: true,
          caseSensitiveMatch: false,
          followSymbolicLinks: false,
        });
      else if (fg.isDynamicPattern(input))
        matches = await fg(input, { cwd: this.cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false });
      else throw new Error(`no such input: ${input}`);
      if (matches.length === 0) throw new Error(`input matches no files: ${input}`);
      for (const m of matches) found.add(path.normalize(m));
    }
    return [...found].sort();
  }

  /** A file or directory input is its own root (symlinks resolved); a glob, the directory before its first pattern part. */
  async roots(inputs: string[]): Promise<string[]> {
    const roots = new Set<string>();
    for (const input of inputs) {
      let base = path.resolve(this.cwd, input);
      if (!(await stat(base).catch(() => null)) && fg.isDynamicPattern(input)) {
        const parts = base.split(path.sep);
        const firstPattern = parts.findIndex((part) => fg.isDynamicPattern(part));
        base = parts.slice(0, firstPattern).join(path.sep) || path.sep;
      }
      roots.add(await realpath(base).catch(() => base));
    }
    return [...roots].sort();
  }

  async check(ref: string): Promise<void> {
    await access(ref, constants.R_OK);
    const st = await stat(ref);
    if (!st.isFile()) throw new Error(`not a regular file: ${ref}`);
  }

  async read(ref: string): Promise<Uint8Array> {
    return readFile(ref);
  }

  localPath(ref: string): string {
    return ref;
  }
}

/** `.warc` / `.warc.gz` files are units of their own; everything else is a page. */
export function isWarc(ref: string): boolean {
  return /\.warc(\.gz)?$/i.test(ref);
}

/** Which files a command works on: every `.md` below the paths given. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { UsageError } from '../errors.js';

/** Names skipped when walking a folder (a file named explicitly is always read). */
const SKIPPED_FILES = new Set(['README.md', 'CHANGELOG.md', 'LICENSE.md']);
const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * The sources named and found below the folders named, each once. A
 * UsageError when a path does not exist, is neither a file nor a folder (a
 * FIFO or a device would block the read), or when nothing is found: a check
 * pointed at the wrong folder must not pass.
 */
export async function collectSources(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`cannot read ${path}: no such file or folder`);
    }
    if (info.isDirectory()) await walk(path, out);
    else if (info.isFile()) out.push(path);
    else throw new UsageError(`cannot read ${path}: not a file or folder`);
  }
  if (!out.length) throw new UsageError(`no .md sources in ${paths.join(', ')}`);
  return [...new Set(out)];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(full, out);
    } else if (e.isFile() /* not a FIFO, socket or device, nor a link */ && e.name.endsWith('.md') && !SKIPPED_FILES.has(e.name)) {
      out.push(full);
    }
  }
}

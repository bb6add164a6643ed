/** Which files a command works on: every `.md` below the paths given. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../errors.js';

/** Names skipped when walking a folder (a file named explicitly is always read). */
const SKIPPED_FILES = new Set(['README.md', 'CHANGELOG.md', 'LICENSE.md']);
const SKIPPED_DIRS = new Set(['node_modules']);

/** Whether a file a folder scan found is a source. */
export type Keep = (file: string) => boolean;
const noFilter: Keep = () => true;

/**
 * The sources named and found below the folders named, each once. A
 * UsageError when a path does not exist, is neither a file nor a folder (a
 * FIFO or a device would block the read), or when nothing is found: a check
 * pointed at the wrong folder must not pass. `keep` chooses among the files
 * a folder scan finds (the config's `sources` and `exclude`).
 */
export async function collectSources(paths: readonly string[], problems?: Diagnostic[], keep: Keep = noFilter): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`cannot read ${path}: no such file or folder`);
    }
    if (info.isDirectory()) await walk(path, out, keep, problems);
    else if (info.isFile()) out.push(path);
    else throw new UsageError(`cannot read ${path}: not a file or folder`);
  }
  if (!out.length) throw new UsageError(`no .md sources in ${paths.join(', ')}${keep === noFilter ? '' : " (the config's sources and exclude choose among them)"}`);
  return [...new Set(out)];
}

/** A subfolder that cannot be listed is a diagnostic when `problems` takes them (the folder named must be readable). */
async function walk(dir: string, out: string[], keep: Keep, problems?: Diagnostic[], depth = 0): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (depth === 0 || !problems) throw new UsageError(`cannot read the folder ${dir}: ${code}`);
    problems.push({ code: 'folder-unreadable', severity: 'error', file: dir, message: `cannot list the folder ${dir}: ${code}`, hint: 'the sources in it are not checked; fix its permissions or leave it out' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(full, out, keep, problems, depth + 1);
    } else if (e.isFile() /* not a FIFO, socket or device, nor a link */ && e.name.endsWith('.md') && !SKIPPED_FILES.has(e.name) && keep(full)) {
      out.push(full);
    }
  }
}

export interface SourceSet {
  /** Every source once, as named or found. */
  files: string[];
  /** Subfolders that could not be listed. */
  diagnostics: Diagnostic[];
  /** Each file's output name: its path below the folder named, without `.md`; a file named alone, its base name. */
  names: Map<string, string>;
}

/** The sources of every path, each with its output name (collectSources, one path at a time, so each knows its folder). */
export async function collectSourceSet(paths: readonly string[], keep: Keep = noFilter): Promise<SourceSet> {
  const files: string[] = [];
  const names = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const path of paths.length ? paths : ['.']) {
    const isDir = (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
    for (const f of await collectSources([path], diagnostics, keep)) {
      if (names.has(f)) continue;
      files.push(f);
      names.set(f, (isDir ? relative(resolve(path), resolve(f)) : basename(f)).split(sep).join('/').replace(/\.md$/i, ''));
    }
  }
  return { files, names, diagnostics };
}

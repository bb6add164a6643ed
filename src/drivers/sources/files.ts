/** Which files a command works on: every `.md` below the paths given. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { containedPath } from '../../base/containment.js';
import { outputName } from './source-filter.js';
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { UsageError } from '../../base/errors.js';
import { readCause } from '../../base/diagnostics/io-problem.js';
import { say } from '../../base/messages/index.js';

/** Names skipped when walking a folder (a file named explicitly is always read). */
const SKIPPED_FILES = new Set(['README.md', 'CHANGELOG.md', 'LICENSE.md']);
const SKIPPED_DIRS = new Set(['node_modules']);

export interface CollectOptions {
  /** The project folder: a link found in a sources folder is followed only when it resolves inside it or the folder named. */
  root?: string;
  /**
   * Where a subfolder that cannot be listed (`folder-unreadable`) and a link
   * that is not followed (`source-link-skipped`) are reported; without it,
   * an unlistable folder is a usage error.
   */
  problems?: Diagnostic[];
  /** Chooses among the files a folder scan finds (the config's `sources` and `exclude`). */
  keep?: Keep;
}

/** Whether a file a folder scan found is a source. */
export type Keep = (file: string) => boolean;
const noFilter: Keep = () => true;

/**
 * The sources named and found below the folders named, each once. A
 * UsageError when a path does not exist, is neither a file nor a folder (a
 * FIFO or a device would block the read), or when nothing is found: a check
 * pointed at the wrong folder must not pass. Symbolic links found in a
 * folder (to a source or to a folder of sources) are followed when they
 * resolve inside the project; others are reported, never skipped silently.
 */
export async function collectSources(paths: readonly string[], options: CollectOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(say('sources.missing', { path }));
    }
    if (info.isDirectory())
      await walk(path, out, { roots: options.root ? [options.root, path] : [path], problems: options.problems, keep: options.keep ?? noFilter, seen: new Set() });
    else if (info.isFile()) out.push(path);
    else throw new UsageError(say('sources.not-file', { path }));
  }
  if (!out.length) throw new UsageError(say('sources.none', { paths: paths.join(', '), filtered: options.keep ? 'yes' : 'no' }));
  return [...new Set(out)];
}

interface Walk {
  roots: string[];
  keep: Keep;
  problems?: Diagnostic[];
  /** Folders walked, by real path: a link back up does not loop. */
  seen: Set<string>;
}

/** A subfolder that cannot be listed is a diagnostic when `problems` takes them (the folder named must be readable). */
async function walk(dir: string, out: string[], w: Walk, depth = 0): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (w.seen.has(real)) return;
  w.seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if (depth === 0 || !w.problems) throw new UsageError(say('sources.folder-unreadable', { path: dir, cause: readCause(e) }));
    w.problems.push({
      code: 'folder-unreadable',
      severity: 'error',
      file: dir,
      message: say('folder-unreadable.message', { path: dir, cause: readCause(e) }),
      hint: say('folder-unreadable.hint'),
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    let kind: 'dir' | 'file' | undefined = e.isDirectory() ? 'dir' : e.isFile() ? 'file' : undefined;
    if (e.isSymbolicLink()) kind = await linkKind(full, w);
    if (kind === 'dir') {
      if (!SKIPPED_DIRS.has(e.name)) await walk(full, out, w, depth + 1);
    } else if (kind === 'file' /* not a FIFO, socket or device */ && e.name.endsWith('.md') && !SKIPPED_FILES.has(e.name) && w.keep(full)) {
      out.push(full);
    }
  }
}

/** What a link found in a sources folder is, when it may be followed; otherwise a warning says why not. */
async function linkKind(link: string, w: Walk): Promise<'dir' | 'file' | undefined> {
  const found = containedPath(link, w.roots);
  const info = 'real' in found ? await stat(found.real).catch(() => undefined) : undefined;
  if (found.ok) return info?.isDirectory() ? 'dir' : info?.isFile() ? 'file' : undefined;
  // Only what could hold sources is worth a word: a link named .md, or one to a folder.
  if (!link.endsWith('.md') && !info?.isDirectory()) return undefined;
  const message = say('source-link-skipped.message', { link, why: 'real' in found ? 'outside' : 'nowhere', target: 'real' in found ? found.real : '' });
  w.problems?.push({ code: 'source-link-skipped', severity: 'warning', file: link, message });
  return undefined;
}

export interface SourceSet {
  /** Every source once, as named or found. */
  files: string[];
  /** Subfolders that could not be listed, links not followed. */
  diagnostics: Diagnostic[];
  /** Each file's output name: its path below the project's output base without `.md` (outputName), however it was named. */
  names: Map<string, string>;
}

/**
 * The sources of every path, each with its output name (see outputName:
 * from the project, not from the paths given). `root` is the project
 * folder, for the links found (see collectSources); `base` the folder
 * output names start from (outputBase), the project folder by default.
 */
export async function collectSourceSet(paths: readonly string[], options: Pick<CollectOptions, 'root' | 'keep'> & { base?: string } = {}): Promise<SourceSet> {
  const files: string[] = [];
  const names = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const root = options.root ?? process.cwd();
  for (const path of paths.length ? paths : ['.']) {
    for (const f of await collectSources([path], { ...options, problems: diagnostics })) {
      if (names.has(f)) continue;
      files.push(f);
      names.set(f, outputName(f, options.base ?? root, root));
    }
  }
  return { files, names, diagnostics };
}

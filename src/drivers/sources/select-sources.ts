/**
 * The sources a command works on: the .md files below the paths given that
 * the config's `sources`/`exclude` choose, and, with --changed REF, only
 * those changed since REF (committed since, staged, unstaged or untracked),
 * for a pre-commit hook. A changed config changes every file's findings, so
 * then every source is checked.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { LoadedConfig } from '../../pipeline/config.js';
import { UsageError } from '../../base/errors.js';
import { say } from '../../base/messages/index.js';
import { collectSourceSet, type SourceSet } from './files.js';
import { outputBase, sourceFilter } from './source-filter.js';

const git = promisify(execFile);

export interface Selected {
  set: SourceSet;
  /** Said on stderr: why fewer (or all) files are checked. */
  note?: string;
}

/**
 * What `--changed` was given: the ref, and the paths. The option's value is
 * optional, so in `check --changed gatherings` it takes the folder's name:
 * a word that names no commit but a file or folder is a path, the ref HEAD.
 */
export async function changedRef(value: string | true | undefined, paths: readonly string[], cwd: string): Promise<{ ref?: string; paths: readonly string[] }> {
  if (value === undefined) return { paths };
  if (value === true || value === '') return { ref: 'HEAD', paths };
  if (!existsSync(resolve(cwd, value)) || (await isCommit(value, cwd))) return { ref: value, paths };
  return { ref: 'HEAD', paths: [value, ...paths] };
}

export async function selectSources(paths: readonly string[], loaded: LoadedConfig, cwd: string, changedOption?: string | true): Promise<Selected> {
  const { ref: changedSince, paths: named } = await changedRef(changedOption, paths, cwd);
  const keep = sourceFilter({ root: loaded.root, sources: loaded.config.sources, exclude: loaded.config.exclude }, cwd);
  const set = await collectSourceSet(named, { root: loaded.root, base: outputBase({ root: loaded.root, sources: loaded.config.sources }), keep });
  if (changedSince === undefined) return { set };
  const changed = await changedFiles(changedSince, cwd);
  if (loaded.file && changed.has(resolve(cwd, loaded.file))) return { set, note: say('sources.changed-config', { ref: changedSince }) };
  const files = set.files.filter((f) => changed.has(resolve(cwd, f)));
  return { set: { ...set, files }, note: files.length ? undefined : say('sources.unchanged', { ref: changedSince }) };
}

/** Absolute paths of the files that differ from `ref` in the work tree, and the untracked ones git does not ignore. */
async function changedFiles(ref: string, cwd: string): Promise<Set<string>> {
  const run = async (args: string[]) => {
    try {
      return (await git('git', args, { cwd, maxBuffer: 64 << 20 })).stdout;
    } catch (e) {
      const said = ((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n')[0];
      // The two a user meets, said in her words rather than git's English.
      if (/not a git repository/i.test(said)) throw new UsageError(say('sources.not-git', { ref }));
      if (/unknown revision|bad revision|ambiguous argument/i.test(said)) throw new UsageError(say('sources.unknown-ref', { ref }));
      throw new UsageError(say('sources.git-failed', { ref, command: args[0], said }));
    }
  };
  const top = (await run(['rev-parse', '--show-toplevel'])).trim();
  // Before the first commit there is no HEAD: every file is new, as against git's empty tree.
  const base = ref === 'HEAD' && !(await hasCommit(cwd)) ? EMPTY_TREE : ref;
  const diff = await run(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', base, '--']);
  const untracked = await run(['ls-files', '--others', '--exclude-standard', '-z', '--full-name']);
  const names = [...diff.split('\0'), ...untracked.split('\0')].filter(Boolean);
  return new Set(names.map((n) => resolve(top, n)));
}

const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const hasCommit = (cwd: string) => isCommit('HEAD', cwd);

async function isCommit(ref: string, cwd: string): Promise<boolean> {
  try {
    await git('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

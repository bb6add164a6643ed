/**
 * Which of the .md files a folder scan finds are gatherings: the config's
 * `sources` globs (when given) and not its `exclude` globs, both relative to
 * the config's folder. Files named on the command line are always read.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { withoutHidden } from '../../base/hidden.js';

export interface SourceSelection {
  /** The folder the globs are relative to (the config's). */
  root: string;
  sources?: readonly string[];
  exclude?: readonly string[];
}

/** The globs that say something: a blank one (`sources: [""]`) is no pattern. */
function globs(list: readonly unknown[] | undefined): string[] | undefined {
  return list?.filter((g): g is string => typeof g === 'string' && g.trim() !== '');
}

/** A test for a found file's path (as found, resolved against cwd), or undefined when every file is a source. */
export function sourceFilter(selection: SourceSelection, cwd: string): ((file: string) => boolean) | undefined {
  // A blank glob matches nothing a user could mean (and picomatch throws on one): it is left out.
  const sources = globs(selection.sources);
  const exclude = globs(selection.exclude);
  if (!sources?.length && !exclude?.length) return undefined;
  const options = { dot: false };
  const wanted = sources?.length ? picomatch([...sources], options) : () => true;
  const unwanted = exclude?.length ? picomatch([...exclude], options) : () => false;
  return (file) => {
    const path = relative(selection.root, resolve(cwd, file)).split(sep).join('/');
    return wanted(path) && !unwanted(path);
  };
}

/**
 * The folder output names are taken from (docs/format.md, "Where the
 * outputs go"): the config's folder, and below it the folder every
 * `sources` glob starts with (`gatherings/**` and `gatherings/*.md` give `gatherings`).
 * It depends on the project alone, never on the paths a command was given.
 */
export function outputBase(selection: Pick<SourceSelection, 'root' | 'sources'>): string {
  const bases = (globs(selection.sources) ?? []).map((glob) =>
    picomatch
      .scan(glob)
      .base.split('/')
      .filter((part) => part && part !== '.'),
  );
  if (!bases.length || bases.some((b) => b.includes('..'))) return selection.root;
  const common: string[] = [];
  for (let i = 0; bases.every((b) => i < b.length && b[i] === bases[0][i]); i++) common.push(bases[0][i]);
  return join(selection.root, ...common);
}

/**
 * A source's output name: its path below the base without `.md`; outside
 * it, below the project; outside that, its file name. Characters that hide
 * or turn text round (U+202E, zero-width, controls) are left out of it, so
 * that no file on disk, link or index entry reads other than it is: a
 * source named "Invoice\u{202e}gnp.exe.md" gives Invoicegnp.exe.html. Two
 * sources whose names then agree are an output-clash, as any two are.
 */
export function outputName(file: string, base: string, root: string): string {
  const full = resolve(file);
  for (const folder of [base, root]) {
    const path = relative(folder, full);
    if (path && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)) return visible(path.split(sep).join('/').replace(/\.md$/i, ''));
  }
  return visible(full.split(sep).pop()!.replace(/\.md$/i, ''));
}

/** Each part of a name without its hidden and control characters; a part that was nothing else is named by its code points (u202e). */
function visible(name: string): string {
  return name
    .split('/')
    .map((part) => withoutHidden(part).replace(/\p{Cc}/gu, '') || [...part].map((c) => `u${c.codePointAt(0)!.toString(16)}`).join('-'))
    .join('/');
}

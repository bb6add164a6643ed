/**
 * Which of the .md files a folder scan finds are gatherings: the config's
 * `sources` globs (when given) and not its `exclude` globs, both relative to
 * the config's folder. Files named on the command line are always read.
 */
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export interface SourceSelection {
  /** The folder the globs are relative to (the config's). */
  root: string;
  sources?: readonly string[];
  exclude?: readonly string[];
}

/** A test for a found file's path (as found, resolved against cwd), or undefined when every file is a source. */
export function sourceFilter(selection: SourceSelection, cwd: string): ((file: string) => boolean) | undefined {
  const { sources, exclude } = selection;
  if (!sources?.length && !exclude?.length) return undefined;
  const options = { dot: false };
  const wanted = sources?.length ? picomatch([...sources], options) : () => true;
  const unwanted = exclude?.length ? picomatch([...exclude], options) : () => false;
  return (file) => {
    const path = relative(selection.root, resolve(cwd, file)).split(sep).join('/');
    return wanted(path) && !unwanted(path);
  };
}

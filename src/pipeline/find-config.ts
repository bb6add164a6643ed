/**
 * Where the project config is: `agenda.config.yaml` in the folder or the
 * nearest one above it. Its own module, light, so that the face can read
 * the config's `messages:` before it speaks without loading the checker.
 */
import { existsSync, statSync } from 'node:fs';
import { containedPath } from '../base/containment.js';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_NAME = 'agenda.config.yaml';

export function findConfig(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Where a found config really is, when that is outside the folder it was
 * found in: a repository can commit agenda.config.yaml as a link to
 * /proc/self/environ or a file in the home folder, whose values the
 * findings would then quote. Such a config is not read. (A config named
 * with --config is the user's own choice, and read wherever it is.)
 */
export function configLinkedOutside(file: string): string | undefined {
  const found = containedPath(file, [dirname(file)]);
  return !found.ok && found.reason === 'outside' ? found.real : undefined;
}

/**
 * The configs of the paths named that this run does not use: the config is
 * looked for from the working folder, so `agenda check p` run beside p
 * leaves p/agenda.config.yaml (its rules, templates, sources) unread. Each
 * found once, for a note that says so.
 */
export function configsNotUsed(paths: readonly string[], used: string | undefined, cwd: string): string[] {
  const own = used === undefined ? undefined : resolve(cwd, used);
  const out = new Set<string>();
  for (const path of paths) {
    const full = resolve(cwd, path);
    let start = full;
    try {
      if (!statSync(full).isDirectory()) start = dirname(full);
    } catch {
      continue;
    }
    const found = findConfig(start);
    if (found && found !== own) out.add(found);
  }
  return [...out];
}

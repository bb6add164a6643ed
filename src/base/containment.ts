/**
 * The one rule for files a repository names (images, the logo, templates,
 * partials, style sheets, sources found through links): read only when the
 * path, with every symbolic link followed, lies inside an allowed folder.
 * A committed link such as `base.css → /proc/self/environ` is refused.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

export function isInside(file: string, root: string): boolean {
  const rel = relative(root, file);
  return rel === '' ? false : !rel.startsWith('..') && !isAbsolute(rel);
}

export type Contained = { ok: true; real: string } | { ok: false; reason: 'missing' } | { ok: false; reason: 'outside'; real: string };

/** Where `path` really is, when that is inside one of `roots` (themselves resolved); else why not. */
export function containedPath(path: string, roots: readonly string[]): Contained {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  for (const root of roots) {
    let realRoot: string;
    try {
      realRoot = realpathSync(root);
    } catch {
      continue;
    }
    if (isInside(real, realRoot)) return { ok: true, real };
  }
  return { ok: false, reason: 'outside', real };
}

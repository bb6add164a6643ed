/**
 * What rendering will read, checked ahead: an image the body names or the
 * config's logo must be a readable image inside the project, or `check`
 * says why (with the folder searched, and the file's real spelling when
 * only its case differs). It asks the renderer's own image reader (imageFile), so
 * what check passes, build can show.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { containedPath } from '../base/containment.js';
import { say } from '../base/messages/index.js';
import { type ImageRole, imageFile } from './images.js';

/** Why the image at `path` (relative to `base`) cannot be shown, or undefined when it can. */
export function imageProblem(path: string, base: string, root: string, what: ImageRole): { message: string; hint?: string } | undefined {
  const probed = probeImage(path, base, root, what);
  return 'bytes' in probed ? undefined : probed;
}

/** The bytes the image at `path` puts into the page, or why it cannot be shown. */
export function probeImage(path: string, base: string, root: string, what: ImageRole): { bytes: number } | { message: string; hint?: string } {
  try {
    return { bytes: imageFile(path, base, root, what).bytes.length };
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'EISDIR' ? say('image.folder', { what, path }) : (e as Error).message;
    return { message, hint: hintFor(path, base, root) };
  }
}

/**
 * What to do: for a file that is not there, the folder it was looked for
 * in (or its real spelling); for one outside the project, to copy it in.
 * A file that is there but no image, or too large, needs no folder named.
 */
function hintFor(path: string, base: string, root: string): string | undefined {
  const where = containedPath(resolve(base, path), [root]);
  if (where.ok) return undefined;
  if (where.reason === 'outside') return say('image.hint.outside', { root: relative(process.cwd(), root) || root });
  const folder = relative(process.cwd(), dirname(resolve(base, path))) || '.';
  return caseHint(path, base) ?? say('image.hint.folder', { folder });
}

function caseHint(path: string, base: string): string | undefined {
  const wanted = resolve(base, path);
  let names: string[];
  try {
    names = readdirSync(dirname(wanted));
  } catch {
    return undefined;
  }
  const name = basename(wanted);
  const same = names.find((n) => n !== name && n.toLowerCase() === name.toLowerCase());
  return same ? say('image.hint.case', { name: same }) : undefined;
}

/**
 * Writes a file so that readers see either the old file or the whole new
 * one: a temporary file in the same folder (so rename never crosses file
 * systems), flushed to disk, then renamed into place. On any failure the
 * temporary file is removed.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from './process-alive.js';

export function temporaryPathFor(target: string): string {
  const dir = path.dirname(target);
  const name = path.basename(target);
  return path.join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Makes a folder and any missing parents (mkdir -p). Node's own
 * `mkdir(dir, { recursive: true })` never returns for a path that cannot
 * exist under an existing folder, such as /proc/x: it makes the parent,
 * finds it there, and tries the folder again, for ever. Here a folder whose
 * parent exists and that still cannot be made is an error (ENOENT).
 */
export async function makeDirectory(dir: string): Promise<void> {
  const made = async (): Promise<boolean> => {
    try {
      await mkdir(dir);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        if ((await stat(dir)).isDirectory()) return true;
        // A file where the folder should be: the disk's word for a file on the way.
        throw Object.assign(new Error(`ENOTDIR: not a folder: ${dir}`), { code: 'ENOTDIR', path: dir, syscall: 'mkdir' });
      }
      if (code === 'ENOENT') return false;
      throw error;
    }
  };
  if (await made()) return;
  const parent = path.dirname(dir);
  if (parent !== dir) await makeDirectory(parent);
  if (!(await made())) {
    throw Object.assign(new Error(`ENOENT: cannot make the folder ${dir}`), { code: 'ENOENT', path: dir, syscall: 'mkdir' });
  }
}

/** Writes a new file, synced to the disk; 'wx': never follows or reuses something already at the name. */
async function writeNew(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to `target` (its folder made if missing) through a temporary file renamed into place. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await makeDirectory(path.dirname(target));
  const temporary = temporaryPathFor(target);
  try {
    await writeNew(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `data` to `target` only if nothing is there (false when something
 * is): the whole file appears at once or not at all, as writeFileAtomic's,
 * but linked into place, which never replaces. The folder must exist.
 */
export async function writeFileExclusive(target: string, data: string | Uint8Array): Promise<boolean> {
  const temporary = temporaryPathFor(target);
  try {
    await writeNew(temporary, data);
    await link(temporary, target);
    return true;
  } catch (error) {
    const { code, syscall } = error as NodeJS.ErrnoException;
    if (syscall === 'link' && code === 'EEXIST') return false;
    // A disk without links (a FAT memory stick): created only if absent, removed again if the write fails.
    if (syscall === 'link' && (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS')) return writeCreating(target, data);
    throw error;
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

async function writeCreating(target: string, data: string | Uint8Array): Promise<boolean> {
  const handle = await open(target, 'wx', 0o644).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EEXIST') return undefined;
    throw e;
  });
  if (!handle) return false;
  try {
    await handle.writeFile(data);
    await handle.close();
    return true;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(target, { force: true }).catch(() => undefined);
    throw error;
  }
}

const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files that a writer killed before its rename left
 * below `dir` (SIGKILL, a power cut): those whose process is gone. Returns
 * how many it removed.
 */
export async function removeStaleTemporaries(dir: string): Promise<number> {
  let removed = 0;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else {
        const m = TEMPORARY.exec(e.name);
        if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) {
          await rm(full, { force: true });
          removed++;
        }
      }
    }
  };
  await walk(dir);
  return removed;
}

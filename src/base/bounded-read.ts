/**
 * A file read whole only when its size allows: a source or config of
 * hundreds of megabytes (a log, a disk image named .md) was read into
 * memory before any limit was looked at; 600 MB took 40 s and 1.1 GB,
 * and then failed with "Cannot create a string longer than …", and 3 GB
 * with Node's own English words. The size is asked of the open file, so
 * what is read is the file that was measured.
 *
 * Only an ordinary file is read. A config committed as a link to
 * /dev/zero reports a size of 0 and never ends (check grew past 2 GB),
 * and opening a named pipe waits for a writer that never comes: the file
 * is opened without waiting, anything but an ordinary file is refused
 * (`ENOTFILE`), and no more than the limit and one byte is ever read,
 * whatever size the system reports (files under /proc report 0).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** The file's bytes, or its size when that is over the limit. */
export type Bounded = { bytes: Buffer; tooLarge?: undefined } | { bytes?: undefined; tooLarge: number };

/** The code of the error a bounded read throws for a device, a pipe or a socket: io.read-cause says it in words. */
export const NOT_A_FILE = 'ENOTFILE';

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A folder is EISDIR, as reading it whole would have said; a device, pipe or socket NOT_A_FILE. */
function notAFile(file: string, stat: { isDirectory(): boolean }): NodeJS.ErrnoException {
  return stat.isDirectory()
    ? Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' })
    : Object.assign(new Error(`${file} is not an ordinary file`), { code: NOT_A_FILE });
}

export function readBoundedSync(file: string, max: number): Bounded {
  const fd = openSync(file, FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(file, stat);
    if (stat.size > max) return { tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(max + 1 - total, 1 << 16));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) break;
    }
    // Over the limit: the size the stat said, or more than the limit when the file kept giving.
    return total > max ? { tooLarge: Math.max(stat.size, total) } : { bytes: Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/**
 * readBoundedSync for an async caller (the config, in the command and the
 * language server): what it reads is at most a config's 64 KB, and its open
 * never waits, so one read path serves both.
 */
export async function readBounded(file: string, max: number): Promise<Bounded> {
  return readBoundedSync(file, max);
}

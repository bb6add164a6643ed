/**
 * A file read whole only when its size allows: a source or config of
 * hundreds of megabytes (a log, a disk image named .md) was read into
 * memory before any limit was looked at; 600 MB took 40 s and 1.1 GB,
 * and then failed with "Cannot create a string longer than …", and 3 GB
 * with Node's own English words. The size is asked of the open file, so
 * what is read is the file that was measured.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** The file's bytes, or its size when that is over the limit. */
export type Bounded = { bytes: Buffer; tooLarge?: undefined } | { bytes?: undefined; tooLarge: number };

export function readBoundedSync(file: string, max: number): Bounded {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    return size > max ? { tooLarge: size } : { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

export async function readBounded(file: string, max: number): Promise<Bounded> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    return size > max ? { tooLarge: size } : { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDirectory, temporaryPathFor, writeFileAtomic } from '../../../src/drivers/disk/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agenda-atomic-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('puts the temporary file beside the target, hidden and unique', () => {
    const a = temporaryPathFor(path.join(dir, 'invitation.pdf'));
    const b = temporaryPathFor(path.join(dir, 'invitation.pdf'));
    expect(path.dirname(a)).toBe(dir);
    expect(path.basename(a)).toMatch(new RegExp(`^\\.invitation\\.pdf\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(a).not.toBe(b);
  });

  it('writes the whole file and leaves nothing else behind', async () => {
    const target = path.join(dir, 'invitation.pdf');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(target, 'latin1')).toBe('%PDF');
    expect(await readdir(dir)).toEqual(['invitation.pdf']);
  });

  it('removes the temporary file and keeps the old target when the rename fails', async () => {
    // A non-empty directory where the file should go: the rename itself fails.
    const target = path.join(dir, 'invitation.pdf');
    await mkdir(target);
    await writeFile(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['invitation.pdf']);
    expect(await readdir(target)).toEqual(['keep']);
  });

  it('makes a missing folder, and fails cleanly when a file stands where the folder should be', async () => {
    await writeFileAtomic(path.join(dir, 'new', 'x.ics'), 'BEGIN:VCALENDAR');
    expect(await readFile(path.join(dir, 'new', 'x.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
    await writeFile(path.join(dir, 'file'), 'not a folder');
    await expect(writeFileAtomic(path.join(dir, 'file', 'x.pdf'), new Uint8Array([1]))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['file', 'new']);
  });
});

describe('makeDirectory', () => {
  it('makes missing parents, and takes a folder that is there', async () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    await makeDirectory(deep);
    await makeDirectory(deep);
    expect((await stat(deep)).isDirectory()).toBe(true);
  });

  it('refuses a file where a folder should be', async () => {
    await writeFile(path.join(dir, 'file'), 'x');
    // A file in the way is the same refusal whether it is the folder itself or one on the way: said as ENOTDIR.
    await expect(makeDirectory(path.join(dir, 'file'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirectory(path.join(dir, 'file', 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node's mkdir(…, { recursive: true }) never returns for this path.
  it.runIf(existsSync('/proc/self'))(
    'fails, and returns, for a folder that cannot exist (/proc/x)',
    async () => {
      await expect(makeDirectory('/proc/agenda-cannot-exist/sub')).rejects.toMatchObject({ code: 'ENOENT' });
    },
    5_000,
  );
});

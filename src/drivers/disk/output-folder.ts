/**
 * What the build may do inside its output folder. The folder is often
 * committed or restored from a CI cache, so what is found there is not
 * trusted: a folder in it may be a planted symbolic link to elsewhere, and
 * a file in it may be someone's own page. Writes and removals go only to
 * real folders below the output folder, and a file there that the tool
 * did not write is never overwritten.
 */
import { lstat, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../base/errors.js';
import { say } from '../../base/messages/index.js';

/** Thrown when an output cannot be written where it should go; the message says why, the hint what to do. */
export class OutputRefused extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A temporary file's name is the target's with this much around it (atomic-write: `.<name>.<pid>.<12 hex>.tmp`, pids up to 7 digits). */
const TEMPORARY_EXTRA = '..1234567.123456789012.tmp'.length;
/** The longest file name most file systems take, in bytes. */
const NAME_MAX = 255;

/**
 * Makes the folders of the output `name` (a relative path such as
 * `2025/mars`) below `outDir`, each a real folder: a symbolic link or a
 * file on the way is refused, so nothing is written outside the output
 * folder. Refuses names whose files (or their temporary files) would be
 * too long for the file system.
 */
export async function prepareOutputFolder(outDir: string, name: string, kinds: readonly string[]): Promise<void> {
  const parts = name.split('/');
  const base = parts.pop()!;
  for (const kind of kinds) {
    const bytes = Buffer.byteLength(`${base}.${kind}`);
    if (bytes + TEMPORARY_EXTRA > NAME_MAX) {
      const max = NAME_MAX - TEMPORARY_EXTRA;
      throw new OutputRefused(say('write-failed.name-too-long', { name: base.slice(0, 40), kind, bytes, max }), say('write-failed.rename-hint'));
    }
  }
  await realFolders(outDir, parts, true);
}

/**
 * Walks `parts` below `root`; each must be a real folder (made when
 * missing and `make` is set). Returns false when one is missing.
 */
async function realFolders(root: string, parts: readonly string[], make: boolean): Promise<boolean> {
  let dir = root;
  for (const part of parts) {
    if (Buffer.byteLength(part) > NAME_MAX)
      throw new OutputRefused(say('write-failed.folder-too-long', { name: part.slice(0, 40), max: NAME_MAX }), say('write-failed.rename-hint'));
    dir = path.join(dir, part);
    const info = await lstat(dir).catch(() => undefined);
    if (info?.isDirectory()) continue;
    if (info?.isSymbolicLink()) throw new OutputRefused(say('write-failed.link', { path: dir }), say('write-failed.link-hint'));
    if (info) throw new OutputRefused(say('write-failed.file-in-way', { path: dir }), say('write-failed.hint', { code: 'ENOTDIR' }));
    if (!make) return false;
    await mkdir(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
  return true;
}

/**
 * Removes outputs of earlier builds (paths relative to `outDir`, from the
 * build record), only through real folders: a path whose folder is a
 * symbolic link, or that leaves the folder, is left alone. Returns those removed.
 */
export async function removeOutputs(outDir: string, files: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const file of files) {
    const parts = file.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..') || path.isAbsolute(file)) continue;
    parts.pop();
    try {
      if (!(await realFolders(outDir, parts, false)) || !(await lstat(path.join(outDir, file)).catch(() => undefined))) continue;
      await rm(path.join(outDir, file), { force: true });
      removed.push(file);
    } catch {
      // a link or a file where a folder should be: not ours to remove through
    }
  }
  return removed;
}

/** What this tool writes into each kind of file, near its start (HTML, calendar) or anywhere (the PDF's Creator, UTF-16). */
const MARKS: Record<string, string> = {
  html: '<meta name="generator" content="agenda">',
  ics: 'PRODID:-//agenda//',
  pdf: '/Creator <FEFF006100670065006E00640061>',
};

/** Whether a file found in the output folder says it was made by this tool. */
async function madeByAgenda(file: string): Promise<boolean> {
  const mark = MARKS[path.extname(file).slice(1)];
  if (!mark) return false;
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return false;
    // A PDF's Creator sits in its trailer objects: the whole file is read (invitations are small).
    const length = mark.startsWith('/Creator') ? Math.min(info.size, 64 * 1024 * 1024) : Math.min(info.size, 16 * 1024);
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead).includes(mark);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Refuses to build when a file the build would write is already in the
 * output folder and was not written by this tool: neither listed in the
 * build record nor made by agenda (say `-o` names the sources folder, or a
 * folder with hand-written pages). `index.html` counts as the tool's when
 * there is a build record. `shownOut` is the folder as the user named it.
 */
export async function refuseForeignFiles(outDir: string, shownOut: string, targets: readonly string[], recorded: ReadonlySet<string>, hasRecord: boolean): Promise<void> {
  const foreign: string[] = [];
  for (const target of targets) {
    if (recorded.has(target) || (target === 'index.html' && hasRecord)) continue;
    const full = path.join(outDir, target);
    const info = await lstat(full).catch(() => undefined);
    if (!info) continue;
    if (info.isSymbolicLink() || !info.isFile() || !(await madeByAgenda(full))) foreign.push(target);
  }
  if (!foreign.length) return;
  throw new UsageError(say('output.foreign', { out: shownOut, files: foreign.slice(0, 5).join(', '), more: Math.max(0, foreign.length - 5) }));
}

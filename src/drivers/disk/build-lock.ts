/**
 * One build at a time per output folder: two at once would each write the
 * build record and lose the other's outputs. A lock file in the folder
 * holds the building process's id; it is removed when the build ends (or
 * the process exits), and one whose process is gone (killed with SIGKILL,
 * a power cut) is stale and taken over.
 */
import { unlinkSync } from 'node:fs';
import { lstat, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../../base/errors.js';
import { processAlive } from './process-alive.js';

export const LOCK = '.agenda-build.lock';

export interface BuildLock extends AsyncDisposable {
  release(): Promise<void>;
}

/** Locks held by this process, removed should it exit before releasing them. */
const held = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the output folder's lock, or refuses (a UsageError naming the
 * process) when another build that is still running holds it. `shownOut`
 * is the folder as the user named it. Use with `await using`.
 */
export async function lockOutputFolder(outDir: string, shownOut: string): Promise<BuildLock> {
  const file = path.join(outDir, LOCK);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o644);
      await handle.writeFile(`${process.pid} ${os.hostname()}\n`).finally(() => handle.close());
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = await holderOf(file);
    if (holder !== undefined) {
      throw new UsageError(
        `another agenda build (process ${holder}) is writing into ${shownOut}; wait until it ends. ` + `If none is running, remove ${path.join(shownOut, LOCK)}`,
      );
    }
    await rm(file, { force: true });
  }
  held.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const f of held) {
        try {
          unlinkSync(f);
        } catch {
          // already gone
        }
      }
    });
  }
  const release = async () => {
    if (held.delete(file)) await rm(file, { force: true });
  };
  return { release, [Symbol.asyncDispose]: release };
}

/** The id of the running process that holds the lock, or undefined when the lock is stale. */
async function holderOf(file: string): Promise<number | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const [pid, host] = (await readFile(file, 'utf8').catch(() => '')).trim().split(' ');
  // From another machine: a folder restored from a CI cache after its job was killed.
  if (host && host !== os.hostname()) return undefined;
  if (Number(pid) === process.pid) return held.has(file) ? process.pid : undefined;
  return processAlive(Number(pid)) ? Number(pid) : undefined;
}

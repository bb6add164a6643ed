/**
 * One build at a time per output folder: two at once would each write the
 * build record and lose the other's outputs. A lock file in the folder
 * holds the building process's id; it is removed when the build ends (or
 * the process exits), and one whose process is gone (killed with SIGKILL,
 * a power cut) is stale and taken over.
 *
 * Taking over is the one step that removes a lock this process does not
 * hold, so it is done under a second lock, `.agenda-build.lock.takeover`,
 * made create-exclusive: only its holder may remove the lock file, and it
 * looks again, under it, whether the lock is still the stale one. Every
 * other step only creates the lock where none is (create-exclusive), so of
 * the builds that start together against a stale lock exactly one goes on
 * and the others are refused as they are by a lock that is fresh.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, lstat, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../../base/errors.js';
import { systemCode, writeFailed } from '../../base/diagnostics/io-problem.js';
import { say } from '../../base/messages/index.js';
import { temporaryPathFor } from './atomic-write.js';
import { processAlive } from './process-alive.js';

export const LOCK = '.agenda-build.lock';
/** Held only while a stale lock is being replaced (milliseconds). */
export const TAKEOVER = `${LOCK}.takeover`;

export interface BuildLock extends AsyncDisposable {
  release(): Promise<void>;
}

/** Lock files made by this process (→ their token), removed should it exit before releasing them. */
const held = new Map<string, string>();
/**
 * The tokens of this process's locks, being made, held or released (kept:
 * a lock read just before its release is still this process's, not stale).
 */
const ours = new Set<string>();
let exitHookInstalled = false;

/**
 * Takes the output folder's lock, or refuses (a UsageError naming the
 * process) when another build that is still running holds it, or (an
 * EnvironmentError) when the folder will not take the lock file: read-only,
 * full, not ours to write. `shownOut` is the folder as the user named it.
 * Use with `await using`.
 */
export async function lockOutputFolder(outDir: string, shownOut: string): Promise<BuildLock> {
  const file = path.join(outDir, LOCK);
  try {
    if (!(await createExclusive(file))) await takeOver(file, shownOut);
  } catch (e) {
    if (e instanceof UsageError || !systemCode(e)) throw e;
    throw new EnvironmentError([writeFailed(path.join(shownOut, LOCK), e, 'lock')]);
  }
  const release = () => letGo(file);
  return { release, [Symbol.asyncDispose]: release };
}

/** Replaces the stale lock at `file` with this process's, under the takeover lock; refuses when it is not stale (any more). */
async function takeOver(file: string, shownOut: string): Promise<void> {
  refuseIfHeld(await holderOf(file), shownOut);
  const guard = path.join(path.dirname(file), TAKEOVER);
  if (!(await createExclusive(guard))) {
    // Another build is taking the stale lock over this moment (or has just done so): it goes on, this one does not.
    const taker = await readLock(guard);
    if (taker === 'stale') throw new UsageError(say('lock.takeover-left', { file: path.join(shownOut, TAKEOVER) }));
    refuse(typeof taker === 'number' ? taker : await holderOf(file), shownOut);
  }
  try {
    // Under the guard no other build removes the lock; look again whether it is still stale.
    refuseIfHeld(await holderOf(file), shownOut);
    await rm(file, { force: true });
    // A build that found no lock at all may have made one in between: it goes on, this one is refused.
    if (!(await createExclusive(file))) refuse(await holderOf(file), shownOut);
  } finally {
    await letGo(guard);
  }
}

function refuseIfHeld(holder: number | undefined, shownOut: string): void {
  if (holder !== undefined) refuse(holder, shownOut);
}

function refuse(holder: number | undefined, shownOut: string): never {
  throw new UsageError(say('lock.held', { pid: holder ?? '?', out: shownOut, lock: path.join(shownOut, LOCK) }));
}

/**
 * Makes `file` holding this process's id, unless something is there
 * already (false). The id is written to a temporary file first and linked
 * to the name (link never replaces), so a lock is never seen empty. A
 * token tells this process's own attempts apart (several builds in one
 * process, as the tests and the watch session run them).
 */
async function createExclusive(file: string): Promise<boolean> {
  const temporary = temporaryPathFor(file);
  const token = randomBytes(6).toString('hex');
  // A write that fails halfway (a full disk) leaves no temporary file behind.
  await writeFile(temporary, `${process.pid} ${os.hostname()} ${token}\n`, { flag: 'wx', mode: 0o644 }).catch(async (e: unknown) => {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw e;
  });
  ours.add(token);
  try {
    await link(temporary, file);
  } catch (error) {
    ours.delete(token);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  holdUntilExit(file, token);
  return true;
}

/** Removes a lock file this process made; it counts as this process's until it is gone. */
async function letGo(file: string): Promise<void> {
  if (!held.has(file)) return;
  held.delete(file);
  await rm(file, { force: true });
}

function holdUntilExit(file: string, token: string): void {
  held.set(file, token);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const f of held.keys()) {
      try {
        unlinkSync(f);
      } catch {
        // already gone
      }
    }
  });
}

/** The id of the running process that holds the lock, or undefined when the lock is stale or gone. */
async function holderOf(file: string): Promise<number | undefined> {
  const found = await readLock(file);
  return typeof found === 'number' ? found : undefined;
}

/** Who holds the lock file: a running process's id, 'stale' when that process is gone, 'gone' when there is no lock. */
async function readLock(file: string): Promise<number | 'stale' | 'gone'> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return 'gone';
  if (!info.isFile()) return 'stale';
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return 'gone';
  const [pid, host, token] = text.trim().split(' ');
  // From another machine: a folder restored from a CI cache after its job was killed.
  if (host && host !== os.hostname()) return 'stale';
  if (Number(pid) === process.pid) return ours.has(token) ? process.pid : 'stale';
  return processAlive(Number(pid)) ? Number(pid) : 'stale';
}

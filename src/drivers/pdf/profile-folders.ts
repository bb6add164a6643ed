/**
 * The browser's profile folders, one per launch in the temporary folder,
 * named after the process that made it (`agenda-chromium-<pid>-XXXXXX`),
 * and the browser's process group. A build killed with SIGKILL cannot
 * clean up; the next one removes the folders whose process is gone, and
 * kills a browser still running in one.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { lstat, mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { processAlive } from '../disk/process-alive.js';

const PREFIX = 'agenda-chromium-';
const OURS = /^agenda-chromium-(\d+)-[A-Za-z0-9]{6}$/;

/** A new, empty profile folder for one launch. */
export function makeProfile(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
}

/** Removes a profile folder and the socket folder Chromium made for it. */
export async function removeProfile(profile: string): Promise<void> {
  const socketDir = socketDirOf(await readlink(path.join(profile, 'SingletonSocket')).catch(() => undefined));
  const options = { recursive: true, force: true, maxRetries: 10, retryDelay: 50 };
  // Helper processes may still be writing for a moment after the browser itself exits.
  await rm(profile, options).catch(() => undefined);
  if (socketDir) await rm(socketDir, options).catch(() => undefined);
}

/** The same, for the process's exit hook, where nothing asynchronous runs. */
export function removeProfileSync(profile: string): void {
  let socketDir: string | undefined;
  try {
    socketDir = socketDirOf(readlinkSync(path.join(profile, 'SingletonSocket')));
  } catch {
    // no socket link
  }
  rmSync(profile, { recursive: true, force: true });
  if (socketDir) rmSync(socketDir, { recursive: true, force: true });
}

/**
 * Removes the profile folders of builds that are gone (killed with
 * SIGKILL, a power cut), first killing a browser that still runs in one.
 * Another user's folders, and those of builds still running, are left.
 * Returns how many it removed.
 */
export async function removeStaleProfiles(tmp = os.tmpdir()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const owner = OURS.exec(name)?.[1];
    if (!owner || Number(owner) === process.pid || processAlive(Number(owner))) continue;
    const dir = path.join(tmp, name);
    const info = await lstat(dir).catch(() => undefined);
    if (!info?.isDirectory() || info.uid !== process.getuid?.()) continue;
    const browser = browserIn(dir, await readlink(path.join(dir, 'SingletonLock')).catch(() => undefined));
    if (browser) killGroup(browser);
    await removeProfile(dir);
    removed++;
  }
  return removed;
}

/**
 * The browser still running in a profile folder: Chromium's SingletonLock
 * link reads `<host>-<pid>`; the process must be the group leader whose
 * command line names this folder (a pid may have been reused).
 */
function browserIn(dir: string, lock: string | undefined): number | undefined {
  const pid = Number(/-(\d+)$/.exec(lock ?? '')?.[1]);
  if (!processAlive(pid)) return undefined;
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    return command.includes(`--user-data-dir=${dir}\0`) && group === pid ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves once no process of the group `pgid` runs any more, or after
 * `maxMs`. Members killed with the group die a moment after the browser
 * (one writing a crash report, later still); once dead they may stay
 * zombies until the system reaps them, which takes up to a second here,
 * and those count as gone. Reads /proc; where there is none, resolves at
 * once.
 */
export async function groupEnded(pgid: number, maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  while (runningInGroup(pgid) && Date.now() < until) await delay(10);
}

function runningInGroup(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return false;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command's name: state, parent, group.
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pgid && state !== 'Z' && state !== 'X') return true;
    } catch {
      // gone meanwhile
    }
  }
  return false;
}

/** Kills a browser with its whole process group (renderers included); where there are no groups, or it fails, the process alone. */
export function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * The socket folder a killed Chromium leaves behind (e.g.
 * /tmp/org.chromium.Chromium.XXXXXX), which its profile's SingletonSocket
 * link points into; undefined for a link that is not one.
 */
function socketDirOf(link: string | undefined): string | undefined {
  return link && path.basename(link) === 'SingletonSocket' && /chrom/i.test(path.basename(path.dirname(link))) ? path.dirname(link) : undefined;
}

/**
 * File system changes, in batches. chokidar turns the operating system's
 * events into add/change/unlink per path, and with `atomic` an editor's
 * save by writing a new file and renaming it over the old one reads as one
 * change. A burst of events (several saves, a formatter, a `git checkout`)
 * is gathered until it has been quiet for a moment, as Typst's watcher
 * does, so it gives one rebuild; a stream that never goes quiet still gives
 * a batch every `maxWaitMs`.
 *
 * chokidar never watches a named folder again once it has been removed,
 * nor a named file whose folder was (chokidar issues 1042, 1278: a
 * `git checkout` or a branch switch does both, and a removal and a new
 * folder within a millisecond gives no event at all). So the paths named
 * are looked at every `rootCheckMs`: one that is gone is reported, and one
 * that is back, or that is another folder than the one watched, is watched
 * anew and given as changed.
 */
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { FSWatcher } from 'chokidar';

export interface FileWatcherOptions {
  /** Paths (absolute) not to watch: the output folder, dot files, node_modules. */
  ignored: (path: string) => boolean;
  /** A batch is handed on once no event has come for this long (default 100 ms)… */
  quietMs?: number;
  /** …or once its first event is this old (default five times that). */
  maxWaitMs?: number;
  /** How often the paths named are looked at, to find one removed and come back (default 500 ms). */
  rootCheckMs?: number;
  onBatch: (paths: string[]) => void;
  onError: (error: Error) => void;
  /** A path named went away, or came back (and is watched again; a batch with it follows). */
  onRoot?: (path: string, state: 'gone' | 'back') => void;
}

export interface FileWatcher {
  /** Watches more paths (files a build read: images, the logo); those watched already are left as they are. */
  add(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** Watches `paths` (files and folders, recursively); resolves once the first scan is done. */
export async function watchFiles(paths: readonly string[], o: FileWatcherOptions): Promise<FileWatcher> {
  const quietMs = o.quietMs ?? 100;
  const maxWaitMs = o.maxWaitMs ?? 5 * quietMs;
  const roots = [...new Set(paths.map((p) => resolve(p)))];
  const watched = new Set(roots);
  let batch = new Set<string>();
  let first = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const paths = [...batch];
    batch = new Set();
    if (paths.length) o.onBatch(paths);
  };
  const onEvent = (path: string) => {
    if (!batch.size) first = Date.now();
    batch.add(resolve(path));
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(quietMs, first + maxWaitMs - Date.now())));
  };

  let closed = false;
  let watcher = await chokidarOn([...watched], o, onEvent);
  const held = new Map(await Promise.all(roots.map(async (r) => [r, await folderHeld(r)] as const)));
  // Watches everything anew: the paths that are back, and the files added since, in a watcher that has lost nothing.
  const renew = async (back: string[]) => {
    await watcher.close();
    if (closed) return;
    watcher = await chokidarOn([...watched], o, onEvent);
    for (const r of back) onEvent(r);
  };
  const looks = everyWhile(o.rootCheckMs ?? 500, async () => {
    const back: string[] = [];
    for (const root of roots) {
      const now = await folderHeld(root);
      const before = held.get(root);
      if (now === before) continue;
      held.set(root, now);
      if (now === undefined) o.onRoot?.(root, 'gone');
      else {
        if (before === undefined) o.onRoot?.(root, 'back');
        back.push(root);
      }
    }
    if (back.length && !closed) await renew(back);
  });

  return {
    add(more) {
      const fresh = more.map((p) => resolve(p)).filter((p) => !watched.has(p));
      for (const p of fresh) watched.add(p);
      if (fresh.length) watcher.add(fresh);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await looks.stop();
      await watcher.close();
    },
  };
}

async function chokidarOn(paths: string[], o: FileWatcherOptions, onEvent: (path: string) => void): Promise<FSWatcher> {
  const { watch } = await import('chokidar');
  const watcher: FSWatcher = watch(paths, { ignoreInitial: true, atomic: true, ignored: (path) => o.ignored(resolve(path)) });
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink' || event === 'addDir' || event === 'unlinkDir') onEvent(path);
  });
  watcher.on('error', (e) => o.onError(e instanceof Error ? e : new Error(String(e))));
  await new Promise<void>((done) => watcher.once('ready', done));
  return watcher;
}

/**
 * Which folder chokidar holds for a path named: the folder itself, or a
 * file's folder (a file replaced by an editor's rename is followed by
 * chokidar; its folder replaced is not), as device, inode and time of
 * making (a folder made at once after one removed often gets its inode
 * number). Undefined when the path is gone.
 */
async function folderHeld(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  const folder = info.isDirectory() ? info : await stat(dirname(path)).catch(() => undefined);
  return folder && `${folder.dev}:${folder.ino}:${folder.birthtimeMs}`;
}

/** Runs `look` every `ms` (never two at once) until stopped; stop() waits for the one running. */
function everyWhile(ms: number, look: () => Promise<void>): { stop: () => Promise<void> } {
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= look()
      .catch(() => undefined)
      .finally(() => (running = undefined));
  }, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

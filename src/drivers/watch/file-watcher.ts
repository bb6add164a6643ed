/**
 * File system changes, in batches. chokidar turns the operating system's
 * events into add/change/unlink per path, and with `atomic` an editor's
 * save by writing a new file and renaming it over the old one reads as one
 * change. A burst of events (several saves, a formatter, a `git checkout`)
 * is gathered until it has been quiet for a moment, as Typst's watcher
 * does, so it gives one rebuild; a stream that never goes quiet still gives
 * a batch every `maxWaitMs`.
 */
import { resolve } from 'node:path';
import type { FSWatcher } from 'chokidar';

export interface FileWatcherOptions {
  /** Paths (absolute) not to watch: the output folder, dot files, node_modules. */
  ignored: (path: string) => boolean;
  /** A batch is handed on once no event has come for this long (default 100 ms)… */
  quietMs?: number;
  /** …or once its first event is this old (default five times that). */
  maxWaitMs?: number;
  onBatch: (paths: string[]) => void;
  onError: (error: Error) => void;
}

export interface FileWatcher {
  /** Watches more paths (files a build read: images, the logo); those watched already are left as they are. */
  add(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** Watches `paths` (files and folders, recursively); resolves once the first scan is done. */
export async function watchFiles(paths: readonly string[], o: FileWatcherOptions): Promise<FileWatcher> {
  const { watch } = await import('chokidar');
  const quietMs = o.quietMs ?? 100;
  const maxWaitMs = o.maxWaitMs ?? 5 * quietMs;
  const watched = new Set(paths.map((p) => resolve(p)));
  const watcher: FSWatcher = watch([...watched], {
    ignoreInitial: true,
    atomic: true,
    ignored: (path) => o.ignored(resolve(path)),
  });

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
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink' || event === 'addDir' || event === 'unlinkDir') onEvent(path);
  });
  watcher.on('error', (e) => o.onError(e instanceof Error ? e : new Error(String(e))));
  await new Promise<void>((done) => watcher.once('ready', done));

  return {
    add(more) {
      const fresh = more.map((p) => resolve(p)).filter((p) => !watched.has(p));
      for (const p of fresh) watched.add(p);
      if (fresh.length) watcher.add(fresh);
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}

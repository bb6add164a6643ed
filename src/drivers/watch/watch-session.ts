/**
 * The watch driver: one build, then a rebuild for every batch of changes,
 * through the same build() as `agenda build`, with one browser kept warm
 * for the whole session. The build record knows what each view read (its
 * source, the templates, images), so a rebuild makes only the views a
 * change touched, and the session can tell which sources a change
 * affected: their diagnostics are the ones worth showing again. Nothing
 * here prints; events go to a callback.
 */
import { resolve, sep } from 'node:path';
import { build, type BuildOptions, type BuildReport, type ProgressEvent } from '../build/build.js';
import { MANIFEST, readManifest } from '../build/cache.js';
import type { LoadedConfig } from '../../pipeline/config.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import { watchFiles, type FileWatcher } from './file-watcher.js';

export type SessionBuildOptions = Omit<BuildOptions, 'loaded' | 'renderer' | 'signal' | 'onProgress' | 'onChecked'>;

export interface WatchSessionOptions {
  build: SessionBuildOptions;
  /** Reads the config again (and the first time): a change to it applies to the next rebuild. */
  loadConfig: () => Promise<LoadedConfig>;
  onEvent: (event: WatchEvent) => void;
  /** A rebuild starts once file events have been quiet this long (default 100 ms). */
  quietMs?: number;
  /** How often the paths named are looked at, to find one that was removed and is back (default 500 ms). */
  rootCheckMs?: number;
}

export type WatchEvent =
  | { kind: 'progress'; event: ProgressEvent }
  /** Files changed (absolute paths); a rebuild follows. */
  | { kind: 'changed'; paths: string[] }
  /** A build finished. `affected`: the sources (as the report names them) whose outputs or findings the change may have changed. */
  | { kind: 'built'; report: BuildReport; affected: string[]; first: boolean; ms: number }
  /** A rebuild could not run (a source named on the command line is gone, the config cannot be read, …); the session goes on. */
  | { kind: 'failed'; error: Error }
  /** A path named (or the config, the templates folder) went away, or came back: it is watched again and built. */
  | { kind: 'path'; path: string; state: 'gone' | 'back' };

export class WatchSession {
  readonly #o: WatchSessionOptions;
  readonly #outDir: string;
  readonly #stop = new AbortController();
  #loaded!: LoadedConfig;
  #renderer: PdfRenderer | undefined;
  #watcher: FileWatcher | undefined;
  #pending = new Set<string>();
  /** The files the pages read at the last build (absolute paths). */
  #dependencies = new Set<string>();
  #running: Promise<void> | undefined;
  #closed = false;

  #starting: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(o: WatchSessionOptions) {
    this.#o = o;
    this.#outDir = resolve(o.build.cwd, o.build.outDir);
  }

  /**
   * Starts watching, then builds once: a save made during the first build
   * gives a rebuild after it. A first build that cannot run at all (bad
   * usage) throws, with nothing left running; closed meanwhile (Ctrl-C), it
   * returns once the build has stopped.
   */
  start(): Promise<void> {
    return (this.#starting ??= this.#start());
  }

  async #start(): Promise<void> {
    try {
      this.#loaded = await this.#o.loadConfig();
      this.#renderer = await this.#openRenderer();
      if (this.#closed) return;
      this.#watcher = await watchFiles(this.#watchRoots(), {
        ignored: (path) => this.#ignored(path),
        quietMs: this.#o.quietMs,
        rootCheckMs: this.#o.rootCheckMs,
        onBatch: (paths) => this.#changed(paths),
        onError: (error) => this.#o.onEvent({ kind: 'failed', error }),
        onRoot: (path, state) => this.#closed || this.#o.onEvent({ kind: 'path', path, state }),
      });
      if (this.#closed) return;
      // What changes meanwhile waits in #pending (a rebuild runs only when none is running), and is built next.
      this.#running = this.#build([], true);
      await this.#running.finally(() => (this.#running = undefined));
      if (this.#closed) return;
      await this.#watchDependencies();
      this.#next();
    } catch (e) {
      this.#closed = true;
      await this.#release();
      throw e;
    }
  }

  get outDir(): string {
    return this.#outDir;
  }

  /** The project folder (the config's, else the working folder) that the build record's sources are relative to. */
  get root(): string {
    return this.#loaded.root;
  }

  /** Stops watching, lets the build in progress finish its invitations in progress, and closes the browser. */
  close(): Promise<void> {
    this.#closed = true;
    this.#stop.abort();
    return (this.#closing ??= (async () => {
      await this.#starting?.catch(() => undefined);
      await this.#release();
    })());
  }

  async #release(): Promise<void> {
    await this.#watcher?.close();
    this.#watcher = undefined;
    await this.#running?.catch(() => undefined);
    await this.#renderer?.close();
    this.#renderer = undefined;
  }

  /** The config again; a browser it names differently (or a new concurrency) replaces the session's. */
  async #reloadConfig(): Promise<void> {
    const before = this.#loaded.config;
    this.#loaded = await this.#o.loadConfig();
    const after = this.#loaded.config;
    if (before.browser === after.browser && before.concurrency === after.concurrency) return;
    await this.#renderer?.close();
    this.#renderer = await this.#openRenderer();
  }

  /** A browser for the whole session, when PDFs are wanted and one is found; else each build says why there are no PDFs. */
  async #openRenderer(): Promise<PdfRenderer | undefined> {
    if (!this.#o.build.formats.includes('pdf')) return undefined;
    const { openPdfRenderer } = await import('../pdf/pdf-renderer.js');
    const b = this.#o.build;
    return openPdfRenderer({
      executablePath: b.browser ?? this.#loaded.config.browser,
      concurrency: b.concurrency ?? this.#loaded.config.concurrency,
      noSandbox: b.noSandbox,
      onNote: b.onNote,
      env: b.env,
      ...b.pdfRendererOptions,
    }).catch(() => undefined);
  }

  /** The sources named, the config file and the templates folder; the files each view read are added after each build. */
  #watchRoots(): string[] {
    const roots = (this.#o.build.paths.length ? this.#o.build.paths : ['.']).map((p) => resolve(p));
    if (this.#loaded.file) roots.push(resolve(this.#loaded.file));
    if (this.#loaded.templatesDir) roots.push(this.#loaded.templatesDir);
    return roots;
  }

  async #watchDependencies(): Promise<void> {
    const { manifest } = await readManifest(this.#outDir);
    this.#dependencies = new Set(Object.values(manifest.outputs).flatMap((e) => Object.keys(e.deps)));
    this.#watcher?.add([...this.#dependencies]);
  }

  /** A source, the config, a template or a file a page read: a change to anything else beside them (notes, office files) makes nothing. */
  #matters(path: string): boolean {
    const templates = this.#loaded.templatesDir;
    return (
      /\.md$/i.test(path) ||
      this.#dependencies.has(path) ||
      path === (this.#loaded.file && resolve(this.#loaded.file)) ||
      (!!templates && (path === templates || path.startsWith(templates + sep))) ||
      this.#watchRoots().includes(path)
    );
  }

  /** What the build writes, and what editors and tools keep beside the sources, never starts a rebuild. */
  #ignored(path: string): boolean {
    if (path === this.#outDir || path.startsWith(this.#outDir + sep)) return true;
    const name = path.slice(path.lastIndexOf(sep) + 1);
    return name === 'node_modules' || (name.startsWith('.') && name !== '.') || name.endsWith('~') || name === MANIFEST;
  }

  #changed(paths: string[]): void {
    if (this.#closed) return;
    for (const p of paths) if (this.#matters(p)) this.#pending.add(p);
    this.#next();
  }

  /** Rebuilds for what is pending, unless a build runs: one at a time, what changes meanwhile is gathered for the next. */
  #next(): void {
    if (!this.#pending.size || this.#closed) return;
    this.#running ??= this.#drain().finally(() => (this.#running = undefined));
  }

  async #drain(): Promise<void> {
    while (this.#pending.size && !this.#closed) {
      const paths = [...this.#pending];
      this.#pending.clear();
      this.#o.onEvent({ kind: 'changed', paths });
      try {
        if (this.#loaded.file && paths.includes(resolve(this.#loaded.file))) await this.#reloadConfig();
        await this.#build(paths, false);
        await this.#watchDependencies();
      } catch (e) {
        this.#o.onEvent({ kind: 'failed', error: e instanceof Error ? e : new Error(String(e)) });
      }
    }
  }

  async #build(changed: readonly string[], first: boolean): Promise<void> {
    const started = Date.now();
    const { manifest: before } = await readManifest(this.#outDir);
    const report = await build({
      ...this.#o.build,
      loaded: this.#loaded,
      renderer: this.#renderer,
      signal: this.#stop.signal,
      onProgress: (event) => this.#o.onEvent({ kind: 'progress', event }),
    });
    const config = this.#loaded.file ? [this.#loaded.file] : [];
    const affected = first ? [...report.files, ...config] : this.#affected(changed, report, before.outputs);
    this.#o.onEvent({ kind: 'built', report, affected, first, ms: Date.now() - started });
  }

  /** The sources a change touched: those changed, those that read a changed file, or all when the config or a template changed. */
  #affected(changed: readonly string[], report: BuildReport, outputs: Record<string, { source: string; deps: Record<string, string> }>): string[] {
    const set = new Set(changed);
    const templates = this.#loaded.templatesDir;
    const everything = changed.some((p) => p === (this.#loaded.file && resolve(this.#loaded.file)) || (templates && (p === templates || p.startsWith(templates + sep))));
    if (everything) return [...report.files, ...(this.#loaded.file ? [this.#loaded.file] : [])];
    const readers = new Set(
      Object.values(outputs)
        .filter((e) => Object.keys(e.deps).some((d) => set.has(d)))
        .map((e) => resolve(this.#loaded.root, e.source)),
    );
    // A folder that changed as a whole (removed and back) touched every source below it.
    const below = (f: string) => changed.some((p) => f.startsWith(p + sep));
    return report.files.filter((f) => set.has(resolve(f)) || readers.has(resolve(f)) || below(resolve(f)));
  }
}

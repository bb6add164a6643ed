/**
 * The preview beside a watch session: the server starts before the first
 * build, and the address is given out as soon as the first page is on disk
 * (or the first build is over, when it makes no page), not once every view
 * is made. Until the index is written, the server answers its address with
 * a page that lists the invitations made so far. Each finished build is
 * then announced to the open pages, in order, once the build record it
 * wrote has been read. Nothing here prints; the address goes to a callback.
 */
import type { BuildReport } from '../build/build.js';
import { readManifest } from '../build/cache.js';
import { startPreviewServer, type PreviewServer } from './preview-server.js';
import { problemsOf } from './preview-state.js';
import type { WatchEvent, WatchSession } from './watch-session.js';

export class LivePreview {
  readonly #server: PreviewServer;
  readonly #onReady: (url: string) => void;
  #ready = false;
  #session: WatchSession | undefined;
  #build = 0;
  #last: BuildReport | undefined;
  /** Builds are announced in order, each once the record of what it made has been read. */
  #announced = Promise.resolve();

  private constructor(server: PreviewServer, onReady: (url: string) => void) {
    this.#server = server;
    this.#onReady = onReady;
  }

  /** Serves `outDir` (absolute; the first build makes it) on 127.0.0.1 at `port` (0 or none: a free one). */
  static async start(outDir: string, port: number | undefined, onReady: (url: string) => void): Promise<LivePreview> {
    return new LivePreview(await startPreviewServer(outDir, port), onReady);
  }

  get url(): string {
    return this.#server.url;
  }

  /** Each event of the session, as it comes: the first page made gives out the address. */
  onEvent(e: WatchEvent): void {
    if (e.kind === 'built') {
      this.#last = e.report;
      this.#announce();
    }
    if ((e.kind === 'progress' && e.event.kind === 'view') || e.kind === 'built' || e.kind === 'failed') this.#readyOnce();
  }

  /** The session is running: the builds so far can be announced (their problems are named against its project folder). */
  started(session: WatchSession): void {
    this.#session = session;
    this.#announce();
  }

  async close(): Promise<void> {
    await this.#announced.catch(() => undefined);
    await this.#server.close();
  }

  #readyOnce(): void {
    if (this.#ready) return;
    this.#ready = true;
    this.#onReady(this.#server.url);
  }

  #announce(): void {
    const report = this.#last;
    const number = ++this.#build;
    this.#announced = this.#announced.then(async () => {
      const session = this.#session;
      if (!session || !report) return;
      const { manifest } = await readManifest(session.outDir);
      this.#server.publish({ build: number, problems: problemsOf(report, manifest, session.root) });
    });
  }
}

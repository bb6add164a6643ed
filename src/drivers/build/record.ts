/**
 * The build record as a build goes: what the last build recorded, with each
 * view's new entry put in as it finishes, written to disk now and then, so
 * a build killed halfway leaves a record of what it made and the next one
 * makes only the rest.
 */
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { systemCode, writeFailed } from '../../base/diagnostics/io-problem.js';
import { writeManifest, type Entry, type Manifest } from './cache.js';
import type { CheckEntries } from './check-cache.js';

/** At most one write of the record in this many milliseconds while views finish. */
const EVERY_MS = 1000;

export class BuildRecord {
  readonly #outDir: string;
  readonly #name: string | undefined;
  readonly #outputs: Record<string, Entry>;
  #checks: CheckEntries;
  /** The key the index page was made with (index-key.ts); undefined once it is to be made again. */
  index: string | undefined;
  #last = 0;
  readonly #shown: string;
  #writing: Promise<void> = Promise.resolve();
  /** Why the record could not be written (a full disk): said once; the next build then makes every view again. */
  readonly problems: Diagnostic[] = [];

  /** `name`: the record's file name, when not the default (a shard's); `shown`: its path as the user should see it. */
  constructor(outDir: string, previous: Manifest, name?: string, shown = name ?? '.agenda-build.json') {
    this.#outDir = outDir;
    this.#name = name;
    this.#shown = shown;
    this.#outputs = Object.assign(Object.create(null), previous.outputs);
    this.#checks = Object.assign(Object.create(null), previous.checks);
    this.index = previous.index;
  }

  /** This build's checks, by source id, in place of the last build's; those of sources not in this build stay while `stays` says so (the source is still there). */
  checked(checks: CheckEntries, stays: (id: string) => boolean): void {
    const kept: CheckEntries = Object.create(null);
    for (const [id, entry] of Object.entries(this.#checks)) if (stays(id)) kept[id] = entry;
    this.#checks = Object.assign(kept, checks);
  }

  get outputs(): Readonly<Record<string, Entry>> {
    return this.#outputs;
  }

  /** A view finished: its entry, or none when nothing of it is on disk. */
  async set(name: string, entry: Entry | undefined): Promise<void> {
    if (entry) this.#outputs[name] = entry;
    else delete this.#outputs[name];
    if (Date.now() - this.#last >= EVERY_MS) await this.flush();
  }

  delete(name: string): void {
    delete this.#outputs[name];
  }

  /** Writes the record now (one write at a time, in order). */
  async flush(): Promise<void> {
    this.#last = Date.now();
    const manifest: Manifest = { version: 2, outputs: { ...this.#outputs }, checks: this.#checks, index: this.index };
    this.#writing = this.#writing.then(() => writeManifest(this.#outDir, manifest, this.#name).catch((e) => this.#failed(e)));
    await this.#writing;
  }

  #failed(e: unknown): void {
    if (!systemCode(e)) throw e;
    if (!this.problems.length) this.problems.push(writeFailed(this.#shown, e, 'record'));
  }
}

/**
 * `agenda build`, a driver over the pipeline (src/pipeline/compile.ts): it collects
 * the sources, checks them as `agenda check` does, plans each valid
 * source's invitations, skips those whose inputs are unchanged since the
 * last build into the folder, and has the rest rendered, printed and
 * written, a few at a time. It prints nothing: progress goes to a
 * callback, every problem is a diagnostic, and the command line decides
 * what to show.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Project } from '../../pipeline/compile.js';
import type { LoadedConfig } from '../../pipeline/config.js';
import { compareDiagnostics, type Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { EnvironmentError, UsageError } from '../../base/errors.js';
import { systemCode, writeFailed } from '../../base/diagnostics/io-problem.js';
import { say } from '../../base/messages/index.js';
import { makeDirectory, removeStaleTemporaries, writeFileAtomic } from '../disk/atomic-write.js';
import { lockOutputFolder } from '../disk/build-lock.js';
import { refuseForeignFiles, removeOutputs } from '../disk/output-folder.js';
import { sourceDateEpoch } from '../disk/source-date-epoch.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import { collectSourceSet, type SourceSet } from '../sources/files.js';
import { outputBase, sourceFilter } from '../sources/source-filter.js';
import { hash } from './record-values.js';
import { fileHash, readManifest, recordedFiles, upToDate, type Entry, type Manifest } from './cache.js';
import { checkSources, type CheckedSet } from './check-sources.js';
import { writeFeeds } from '../site/feed.js';
import { indexPage, type IndexOptions } from '../site/index-page.js';
import { makeView, type Format, type MakeContext, type ViewJob } from './make-view.js';
import { planJobs, sourceIdOf, toolKeyOnce, type Plan } from './plan-jobs.js';
import { renderPool, type RenderLimits } from '../../pipeline/render-pool.js';
import { BuildRecord } from './record.js';
import { indexKey } from './index-key.js';
import { pdfSupply } from './pdf-supply.js';
import { inShard, recordName, type Shard } from './shard.js';
import type { CalendarDate } from '../../base/calendar-date.js';
import { own } from '../../base/own.js';
import { append } from '../../base/arrays.js';

export type { Format } from './make-view.js';
export { sourceIdOf } from './plan-jobs.js';

export interface BuildOptions {
  paths: readonly string[];
  outDir: string;
  /** The folder the output folder is resolved against (sources are read as named, from the process folder, as `agenda check` reads them). */
  cwd: string;
  loaded: LoadedConfig;
  formats: readonly Format[];
  /** Rebuild everything, up to date or not. */
  force?: boolean;
  concurrency?: number;
  /** Browser executable (overrides the config). */
  browser?: string;
  noSandbox?: boolean;
  /** Told once a process when PDFs are printed without the browser's sandbox, and why. */
  onNote?: (line: string) => void;
  /** Audience views: 'all' or ids (overrides the config). */
  audiences?: 'all' | readonly string[];
  /** A view per group of a series (overrides the config). */
  groups?: boolean;
  /** Only this share of the sources, with its own build record and no index (see shard.ts). */
  shard?: Shard;
  today: CalendarDate;
  env: NodeJS.ProcessEnv;
  onProgress?: (event: ProgressEvent) => void;
  /** Once aborted (Ctrl-C), no new invitation is started; those in progress are finished and recorded. */
  signal?: AbortSignal;
  /** Called once every source is checked, before anything is rendered. */
  onChecked?: (diagnostics: readonly Diagnostic[], files: readonly string[]) => void;
  /** A renderer the caller opened and will close (watch, preview); otherwise one is opened for the build when needed. */
  renderer?: PdfRenderer;
  /** How long one view may take to render (default RENDER_TIMEOUT_MS). */
  renderTimeoutMs?: number;
  /** @internal Parsed sources kept from their check while their texts add up to at most this many characters (default KEEP_PARSED_CHARS); tests pass 0. */
  keepParsedChars?: number;
  /** @internal Tests pass a renderer that crashes or is slow. */
  pdfRendererOptions?: Record<string, unknown>;
}

export type ProgressEvent =
  | { kind: 'start'; total: number }
  | { kind: 'view'; done: number; total: number; name: string; source: string; files: string[]; upToDate: boolean }
  | { kind: 'failed'; done: number; total: number; name: string; source: string; message: string };

export interface BuildReport {
  files: string[];
  /** The sources' and the build's diagnostics: a view that could not be made is one too. */
  diagnostics: Diagnostic[];
  /** Sources not built because they have errors. */
  invalid: string[];
  views: number;
  built: number;
  upToDate: number;
  /** Views that could not be made. */
  failed: number;
  /** Files written, relative to the output folder. */
  written: string[];
  /** Files removed because their view is no longer made, relative to the output folder. */
  removed: string[];
  browserLaunched: boolean;
  /** The output folder's index page, relative to it; '' for a shard (no index). */
  index: string;
  /** Audiences asked for by id that no valid source declares. */
  unknownAudiences: string[];
  /** The audience ids the valid sources declare. */
  declaredAudiences?: string[];
  /** Stopped by the signal before every view was made. */
  interrupted: boolean;
}

export async function build(o: BuildOptions): Promise<BuildReport> {
  const outDir = await prepareOutDir(o);
  await using _lock = await lockOutputFolder(outDir, o.outDir);
  const { manifest: previous, found: recordFound, diagnostics: recordDiagnostics } = await readManifest(outDir, join(o.outDir, recordName(o.shard)), recordName(o.shard));
  const { set, project, checked } = await checkAll(o, previous);
  const diagnostics = [...o.loaded.diagnostics, ...checked.diagnostics, ...recordDiagnostics];
  o.onChecked?.(diagnostics, set.files);

  const formats = new Set(o.formats);
  const pdf = formats.has('pdf') ? await pdfSupply(o) : undefined;
  if (pdf?.problem) diagnostics.push(pdf.problem);
  const epoch = sourceDateEpoch(o.env);
  // Left by a build that was killed before it could rename them into place.
  await removeStaleTemporaries(outDir);
  const outFormats = [...formats].filter((f) => f !== 'pdf' || pdf?.renderer).sort();
  const plan = await planJobs({ checked, set, project, outFormats, pdfIdentity: pdf?.identity, epoch, templates: o.loaded.templatesDir, previous, root: o.loaded.root });
  await refuseForeignFiles(outDir, o.outDir, [...plan.jobs.flatMap((j) => outFormats.map((f) => `${j!.view.name}.${f}`)), 'index.html'], recordedFiles(previous), recordFound);
  const report = emptyReport(set.files, checked.invalid, plan);
  const record = new BuildRecord(outDir, previous, recordName(o.shard), join(o.outDir, recordName(o.shard)));
  record.checked(checked.checks, (id) => existsSync(resolve(o.loaded.root, id)));
  o.onProgress?.({ kind: 'start', total: plan.jobs.length });

  // The browser closes while the index and the record are written; the build returns once both are done.
  let closed: Promise<void> | undefined;
  try {
    try {
      const limits: RenderLimits = { timeoutMs: o.renderTimeoutMs ?? RENDER_TIMEOUT_MS, signal: o.signal, slowTemplates: new Map() };
      await makeAll(plan, o, { project, render: renderPool(), limits, outDir, shownOut: o.outDir, formats, pdf: pdf?.renderer }, { previous, record, report, diagnostics });
    } finally {
      report.browserLaunched = pdf?.launched() ?? false;
      if (!o.renderer) closed = pdf?.close();
    }
    report.interrupted = !!o.signal?.aborted && report.built + report.upToDate + report.failed < report.views;
    if (!report.interrupted) report.removed = await removeStale(outDir, plan.stale, record);
    if (pdf?.failure) diagnostics.push(pdf.failure);
    if (o.shard) report.index = '';
    else await writeSite(o, outDir, record, diagnostics);
    await record.flush();
  } finally {
    await closed;
  }
  append(diagnostics, record.problems);
  // A source that changed under the build fails each of its views with the same diagnostic: said once.
  report.diagnostics = [...new Set(diagnostics)].sort(compareDiagnostics);
  return report;
}

/** How long one view may take to render before it is abandoned (\`render-timeout\`). */
export const RENDER_TIMEOUT_MS = 30_000;

/**
 * Parsed sources are kept from their check until their views are made while
 * their texts add up to at most this many characters (about 360 of the
 * examples); the others are parsed again then. What a build holds is so
 * bounded, whatever its number of sources (docs/performance.md).
 */
const KEEP_PARSED_CHARS = 2_000_000;

/**
 * The sources found (this shard's), the project, and every source checked,
 * reusing the last build's check of those unchanged (not with --force);
 * with errors in the config, none is made (the last good outputs stay).
 */
async function checkAll(o: BuildOptions, previous: Manifest): Promise<{ set: SourceSet; project: Project; checked: CheckedSet }> {
  const { root, config } = o.loaded;
  const base = outputBase({ root, sources: config.sources });
  const set = await collectSourceSet(o.paths, { root, base, keep: sourceFilter({ root, sources: config.sources, exclude: config.exclude }, o.cwd) });
  if (o.shard) set.files = set.files.filter((f) => inShard(sourceIdOf(root, f), o.shard!));
  const project = projectOf(o);
  const reuse = o.force ? {} : (previous.checks ?? {});
  const checked = await checkSources(set, project, {
    previous: reuse,
    tool: await toolKeyOnce(),
    idOf: (f) => sourceIdOf(root, f),
    keepChars: o.keepParsedChars ?? KEEP_PARSED_CHARS,
  });
  if (o.loaded.diagnostics.some((d) => d.severity === 'error')) for (const f of set.files) checked.invalid.add(f);
  return { set, project, checked };
}

interface Tally {
  previous: Manifest;
  record: BuildRecord;
  report: BuildReport;
  diagnostics: Diagnostic[];
}

/** Every planned view: skipped when up to date, otherwise made and recorded as it finishes. */
async function makeAll(plan: Plan, o: BuildOptions, ctx: Omit<MakeContext, 'previous'>, t: Tally): Promise<void> {
  const total = plan.jobs.length;
  // Which views are up to date is known before any is made, so the browser starts while the first pages are made.
  const current = new Set<ViewJob>();
  if (!o.force) for (const job of plan.jobs) if (await upToDate(own(t.previous.outputs, job!.view.name), job!.key, ctx.outDir)) current.add(job!);
  // Each source's views to make are rendered together, in one request to a render thread.
  for (const job of plan.jobs) if (!current.has(job!)) job!.source.toMake.push(job!.view);
  if (current.size < total) {
    // The render thread loads the renderer (a third of a second) while the browser starts; a build with nothing to make starts neither.
    ctx.render.warm();
    void ctx.pdf?.();
  }
  await runJobs(plan, o, async (job, done) => {
    const about = { name: job.view.name, source: job.source.file, total };
    if (current.has(job)) {
      t.report.upToDate++;
      return o.onProgress?.({ kind: 'view', ...about, done: done(), files: [], upToDate: true });
    }
    const made = await makeView(job, { ...ctx, previous: own(t.previous.outputs, job.view.name) });
    if (made.interrupted) return;
    await t.record.set(job.view.name, made.entry);
    t.report.written.push(...made.written);
    if (made.diagnostics.length) {
      t.report.failed++;
      append(t.diagnostics, made.diagnostics);
      o.onProgress?.({ kind: 'failed', ...about, done: done(), message: made.diagnostics[0].message });
    } else {
      t.report.built++;
      o.onProgress?.({ kind: 'view', ...about, done: done(), files: made.written, upToDate: false });
    }
  });
}

/** The output folder, made if need be; a usage error when it cannot be. */
async function prepareOutDir(o: BuildOptions): Promise<string> {
  if (!o.outDir.trim()) throw new UsageError(say('build.out-empty'));
  const outDir = resolve(o.cwd, o.outDir);
  const info = await stat(outDir).catch(() => undefined);
  // A file where the output folder should be: the disk's own word for it, as when it is on the way to it.
  if (info && !info.isDirectory()) throw new EnvironmentError([writeFailed(o.outDir, { code: 'ENOTDIR' }, 'folder')]);
  const templates = o.loaded.templatesDir;
  const templatesInfo = templates === undefined ? undefined : await stat(templates).catch(() => undefined);
  if (templates !== undefined && !templatesInfo?.isDirectory()) {
    throw new UsageError(say('build.templates-missing', { path: relative(o.cwd, templates) || templates, state: templatesInfo ? 'file' : 'none' }));
  }
  try {
    await makeDirectory(outDir);
  } catch (e) {
    if (!systemCode(e)) throw e;
    throw new EnvironmentError([writeFailed(o.outDir, e, 'folder')]);
  }
  return outDir;
}

function projectOf(o: BuildOptions): Project {
  const { config, root, templatesDir, templatesRoot, templateNames } = o.loaded;
  return { root, config, templatesDir, templatesRoot, templateNames, today: o.today, request: { audiences: o.audiences ?? config.audiences, groups: o.groups ?? config.groups } };
}

function emptyReport(files: string[], invalid: ReadonlySet<string>, plan: Plan): BuildReport {
  return {
    files,
    diagnostics: [],
    invalid: files.filter((f) => invalid.has(f)),
    views: plan.jobs.length,
    built: 0,
    upToDate: 0,
    failed: 0,
    written: [],
    removed: [],
    browserLaunched: false,
    index: 'index.html',
    unknownAudiences: plan.unknownAudiences,
    declaredAudiences: plan.declaredAudiences,
    interrupted: false,
  };
}

/** A few views in flight at once (one more than pages printed, so the pool never waits for a page to be made). */
async function runJobs(plan: Plan, o: BuildOptions, run: (job: ViewJob, done: () => number) => Promise<void>): Promise<void> {
  const width = Math.max(1, (o.concurrency ?? o.loaded.config.concurrency ?? availableParallelism()) + 1);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < plan.jobs.length && !o.signal?.aborted) {
      // Let go of each job once taken: its gathering is then garbage when done, so memory stays flat.
      const job = plan.jobs[next]!;
      plan.jobs[next++] = undefined;
      await run(job, () => ++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, plan.jobs.length) }, worker));
}

/** Removes the files of views no longer made (only once every view is made), and their entries. */
async function removeStale(outDir: string, stale: readonly [string, Entry][], record: BuildRecord): Promise<string[]> {
  const removed: string[] = [];
  for (const [name, entry] of stale) {
    removed.push(...(await removeOutputs(outDir, entry.files)));
    record.delete(name);
  }
  return removed;
}

/** The feeds and the index page (not made again when its key is the one recorded); one that cannot be written is a diagnostic, and the rest are still written. */
async function writeSite(o: BuildOptions, outDir: string, record: BuildRecord, diagnostics: Diagnostic[]): Promise<void> {
  const failed = (file: string, what: 'index' | 'feed') => (e: unknown) => {
    if (!systemCode(e)) throw e;
    diagnostics.push(writeFailed(join(o.outDir, file), e, what));
  };
  await writeFeeds(outDir, { version: 2, outputs: { ...record.outputs } }, (file, e) => failed(file, 'feed')(e));
  const { config, root, templatesDir, templatesRoot } = o.loaded;
  // The key of what the page is made from, and the hash of the page as made: a page edited or written by another command is made again.
  const key = await indexKey(record.outputs, { config, root, today: o.today, templatesDir, templatesRoot }, await toolKeyOnce());
  const onDisk = key === undefined ? undefined : await fileHash(join(outDir, 'index.html'));
  if (key !== undefined && record.index === `${key} ${onDisk}`) return;
  record.index = undefined;
  const html = await writeIndex(outDir, record.outputs, { config, root, today: o.today, templatesDir, roots: [templatesRoot] }).catch((e: unknown) =>
    failed('index.html', 'index')(e),
  );
  if (key !== undefined && html !== undefined) record.index = `${key} ${hash(Buffer.from(html))}`;
}

/** The page, written when it differs from what is there; its text. */
async function writeIndex(outDir: string, outputs: Readonly<Record<string, Entry>>, options: IndexOptions): Promise<string> {
  const html = indexPage({ version: 2, outputs: { ...outputs } }, options);
  const path = join(outDir, 'index.html');
  const before = await readFile(path, 'utf8').catch(() => undefined);
  if (before !== html) await writeFileAtomic(path, html);
  return html;
}

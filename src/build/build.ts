/**
 * `agenda build`: check every source, then write each valid source's
 * invitations (the whole gathering, and audience and group views when
 * asked) as HTML, PDF and an .ics calendar, plus an index.html.
 *
 * Incremental: a view whose key (source, view, options, templates, tool,
 * browser) and read files are unchanged since the last build is skipped, so
 * a rebuild of an unchanged repository parses and checks but launches no
 * browser. One failing view does not stop the others. Nothing here prints:
 * progress goes to a callback and the command line decides what to show.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { builtinTemplates, codeDir } from '../tool-paths.js';
import { checkFiles, type SourceResult } from '../compile.js';
import type { LoadedConfig } from '../config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { catalogue, fill } from '../i18n/index.js';
import { writeIcs } from '../ics/write-ics.js';
import { isoOf } from '../source/values.js';
import type { Gathering } from '../model/gathering.js';
import { makeDirectory, removeStaleTemporaries, writeFileAtomic } from '../output/atomic-write.js';
import { sourceDateEpoch } from '../output/source-date-epoch.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import type { FoundBrowser } from '../pdf/browser-finder.js';
import type { Branding } from '../render/render-html.js';
import { UsageError } from '../errors.js';
import { collectSources } from '../source/files.js';
import { browserIdentity, dependencyHashes, hash, hashTree, readManifest, upToDate, writeManifest, type Entry, type Manifest } from './cache.js';
import { calendarOf } from './calendar.js';
import { indexPage } from './index-page.js';
import { viewsOf, viewTitle, type View } from './views.js';

export type Format = 'html' | 'pdf' | 'ics';

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
  /** Audience views: 'all' or ids (overrides the config). */
  audiences?: 'all' | readonly string[];
  /** A view per group of a series (overrides the config). */
  groups?: boolean;
  today: { year: number; month: number; day: number };
  env: NodeJS.ProcessEnv;
  onProgress?: (event: ProgressEvent) => void;
  /** Once aborted (Ctrl-C), no new invitation is started; those in progress are finished and recorded. */
  signal?: AbortSignal;
  /** Called once every source is checked, before anything is rendered. */
  onChecked?: (diagnostics: readonly Diagnostic[], files: readonly string[]) => void;
  /** @internal Tests pass a renderer that crashes or is slow. */
  pdfRendererOptions?: Record<string, unknown>;
}

export type ProgressEvent =
  | { kind: 'start'; total: number }
  | { kind: 'view'; done: number; total: number; name: string; source: string; files: string[]; upToDate: boolean }
  | { kind: 'failed'; done: number; total: number; name: string; source: string; message: string };

export interface Failure {
  source: string;
  name: string;
  message: string;
}

export interface BuildReport {
  files: string[];
  diagnostics: Diagnostic[];
  /** Sources not built because they have errors. */
  invalid: string[];
  views: number;
  built: number;
  upToDate: number;
  failures: Failure[];
  /** Why there are no PDFs, when no browser was found. */
  noBrowser?: string;
  browserLaunched: boolean;
  /** The output folder's index page, relative to it. */
  index: string;
  /** Audiences asked for by id that no valid source declares. */
  unknownAudiences: string[];
  /** The audience ids the valid sources declare. */
  declaredAudiences?: string[];
  /** Stopped by the signal before every view was made. */
  interrupted: boolean;
}

interface Job {
  result: SourceResult & { gathering: Gathering };
  sourceId: string;
  view: View;
  key: string;
}

const require = createRequire(import.meta.url);

/** What every output depends on besides its source: the tool's code, built-in templates and fonts. */
async function toolKey(): Promise<string> {
  const fonts = ['@fontsource/source-sans-3', '@fontsource/source-serif-4'].map((p) => {
    try {
      return `${p}@${(require(`${p}/package.json`) as { version: string }).version}`;
    } catch {
      return `${p}@?`;
    }
  });
  return hash(await hashTree(codeDir), await hashTree(builtinTemplates), ...fonts);
}

/** Output names: a source's path below the folder named on the command line, without `.md` (clashes: see build). */
export function outputNames(files: readonly string[], roots: readonly (string | undefined)[]): Map<string, string> {
  const names = new Map<string, string>();
  files.forEach((file, i) => {
    const root = roots[i];
    names.set(file, (root ? relative(root, resolve(file)) : basename(file)).split(sep).join('/').replace(/\.md$/i, ''));
  });
  return names;
}

export async function build(o: BuildOptions): Promise<BuildReport> {
  const { config, root: projectRoot } = o.loaded;
  if (!o.outDir.trim()) throw new UsageError('--out is empty: name the folder to write the invitations to');
  const outDir = resolve(o.cwd, o.outDir);
  const outInfo = await statOrUndefined(outDir);
  if (outInfo && !outInfo.isDirectory()) throw new UsageError(`--out ${o.outDir} is a file, not a folder`);
  const files: string[] = [];
  const roots: (string | undefined)[] = [];
  // Files as they were named (diagnostics show them so), read relative to the working folder.
  for (const path of o.paths.length ? o.paths : ['.']) {
    const found = await collectSources([path]);
    const isDir = !(found.length === 1 && found[0] === path);
    for (const f of found) {
      if (files.includes(f)) continue;
      files.push(f);
      roots.push(isDir ? resolve(path) : undefined);
    }
  }
  const names = outputNames(files, roots);

  const templates = o.loaded.templatesDir;
  const templatesInfo = templates === undefined ? undefined : await statOrUndefined(templates);
  if (templates !== undefined && !templatesInfo?.isDirectory()) {
    throw new UsageError(`the templates folder ${relative(o.cwd, templates) || templates} ${templatesInfo ? 'is not a folder' : 'does not exist'}`);
  }
  const results = await checkFiles(files, { today: o.today, rules: config.rules, templates: o.loaded.templateNames });
  const diagnostics = [...o.loaded.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  const invalid = results.filter((r) => !r.gathering || r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file);
  o.onChecked?.(diagnostics, files);

  const branding: Branding | undefined = config.branding;
  const formats = new Set(o.formats);
  const wantPdf = formats.has('pdf');
  const request = { audiences: o.audiences ?? config.audiences, groups: o.groups ?? config.groups };
  const epoch = sourceDateEpoch(o.env);

  // The browser is looked for (not launched) only when PDFs are wanted; its identity is part of the key.
  let browser: FoundBrowser | undefined;
  let noBrowser: string | undefined;
  if (wantPdf) {
    const { findBrowser, BrowserNotFoundError } = await import('../pdf/browser-finder.js');
    try {
      browser = await findBrowser({ explicitPath: o.browser ?? config.browser, env: o.env });
    } catch (e) {
      if (!(e instanceof BrowserNotFoundError)) throw e;
      noBrowser = e.message;
    }
  }
  const pdfOn = wantPdf && !!browser;
  const outFormats = [...formats].filter((f) => f !== 'pdf' || pdfOn).sort();
  const common = hash(
    await toolKey(),
    await hashTree(templates),
    JSON.stringify({ config: { ...config, rules: undefined, 'max-warnings': undefined, concurrency: undefined }, templates, outFormats, epoch: epoch?.getTime() ?? null }),
    pdfOn ? await browserIdentity(browser!.path) : 'no-pdf',
  );

  const idOf = (f: string) => relative(projectRoot, resolve(f)).split(sep).join('/');
  try {
    await makeDirectory(outDir);
  } catch (e) {
    throw new UsageError(`cannot make the output folder --out ${o.outDir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const manifest = await readManifest(outDir);
  // Left by a build that was killed before it could rename them into place.
  await removeStaleTemporaries(outDir);
  const next: Manifest = { version: 2, outputs: {} };
  const jobs: Job[] = [];
  for (const r of results) {
    if (!r.gathering || invalid.includes(r.file)) continue;
    const text = r.text!;
    const sourceId = idOf(r.file);
    for (const view of viewsOf(r.gathering, names.get(r.file)!, request)) {
      const key = hash(common, sourceId, text, JSON.stringify(view));
      jobs.push({ result: r as Job['result'], sourceId, view, key });
    }
  }
  // Outputs of earlier builds that still stand: those of sources not in this build, when the source is still there.
  // Two views written to one name would overwrite each other (a/x.md and b/x.md named as files, x.md's
  // audience "owners" and x.owners.md, groups whose labels make the same slug); index.html is the listing's.
  const byName = new Map<string, Job>();
  for (const job of jobs) {
    const name = job.view.name.toLowerCase();
    const what = (j: Job) => `${j.result.file}${j.view.label ? ` (${j.view.label})` : ''}`;
    if (name === 'index') throw new UsageError(`${job.result.file} would be written as index.*, which is the listing of all invitations; rename the source`);
    const other = byName.get(name);
    if (other) throw new UsageError(`${what(other)} and ${what(job)} would both be written as ${job.view.name}.*; rename one`);
    byName.set(name, job);
  }

  // A source with errors keeps its last good outputs; a view no longer made, or whose source is gone, is removed.
  const valid = new Set(files.filter((f) => !invalid.includes(f)).map(idOf));
  const produced = new Set(jobs.map((j) => j.view.name));
  const stale: Entry[] = [];
  for (const [name, entry] of Object.entries(manifest.outputs)) {
    if (produced.has(name)) continue;
    const sourceGone = !existsSync(resolve(projectRoot, entry.source));
    if (valid.has(entry.source) || sourceGone) stale.push(entry);
    else next.outputs[name] = entry;
  }

  const report: BuildReport = { files, diagnostics, invalid, views: jobs.length, built: 0, upToDate: 0, failures: [], noBrowser, browserLaunched: false, index: 'index.html', unknownAudiences: [], interrupted: false };
  if (Array.isArray(request.audiences)) {
    const declared = new Set(results.flatMap((r) => Object.keys(r.gathering?.audiences ?? {})));
    report.unknownAudiences = request.audiences.filter((a) => !declared.has(a));
    report.declaredAudiences = [...declared].sort();
  }
  // The views hold what they need; the sources' gatherings go as their views are made.
  results.length = 0;
  o.onProgress?.({ kind: 'start', total: jobs.length });

  let renderer: Promise<PdfRenderer> | undefined;
  const pdfRenderer = () =>
    (renderer ??= import('../pdf/pdf-renderer.js').then(({ openPdfRenderer }) => {
      report.browserLaunched = true;
      return openPdfRenderer({ executablePath: browser!.path, concurrency: o.concurrency ?? config.concurrency, noSandbox: o.noSandbox, env: o.env, ...o.pdfRendererOptions });
    }));

  let done = 0;
  const runJob = async (job: Job) => {
    const { view, result } = job;
    const g = result.gathering;
    const previous = manifest.outputs[view.name];
    if (current.has(job)) {
      next.outputs[view.name] = previous!;
      report.upToDate++;
      o.onProgress?.({ kind: 'view', done: ++done, total: jobs.length, name: view.name, source: result.file, files: [], upToDate: true });
      return;
    }
    const written: string[] = [];
    let made: { title: string; language: string } | undefined;
    try {
      // The renderer and the Markdown parser are loaded by the first view that is not up to date.
      const [{ renderHtmlSync }, { loadMarkdown }] = await Promise.all([import('../render/render-html.js'), import('../source/markdown-body.js')]);
      await loadMarkdown();
      const page = renderHtmlSync(g, {
        audience: view.audience,
        group: view.group,
        templatesDir: templates,
        projectRoot,
        branding,
        timeSeparator: config['time-separator'],
        template: config.template,
      });
      made = page;
      const target = (ext: string) => join(outDir, `${view.name}.${ext}`);
      const date = epoch ?? (await sourceTime(result.file));
      if (formats.has('html')) {
        await writeFileAtomic(target('html'), page.html);
        written.push(`${view.name}.html`);
      }
      if (formats.has('ics')) {
        const cat = catalogue(g.language ?? 'nb');
        const link = config.link?.replace(/\{name\}/g, encodeURI(view.name));
        const cal = calendarOf(g, view, {
          sourceId: job.sourceId,
          labels: { deadline: cat.labels.deadline, day: (n) => fill(cat.labels.day, { n }) },
          url: link,
        });
        await writeFileAtomic(target('ics'), writeIcs(cal, { dtstamp: date }));
        written.push(`${view.name}.ics`);
      }
      const pdf = pdfOn && !report.noBrowser ? await pdfRenderer().catch((e: Error) => void (report.noBrowser ??= e.message)) : undefined;
      if (pdf) {
        await pdf.write({ html: page.html, meta: { title: page.title, author: page.author, subject: page.subject, language: page.language, date } }, target('pdf'));
        written.push(`${view.name}.pdf`);
      }
      next.outputs[view.name] = {
        source: job.sourceId,
        // Without its PDF (the browser would not start) the view is made again next time.
        key: pdfOn && !pdf ? 'incomplete' : job.key,
        deps: await dependencyHashes(page.files),
        files: written,
        title: viewTitle(page.title, view),
        date: isoOf(g.days[0].date),
        language: page.language,
        ...(view.label ? { label: view.label } : {}),
      };
      report.built++;
      o.onProgress?.({ kind: 'view', done: ++done, total: jobs.length, name: view.name, source: result.file, files: written, upToDate: false });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      report.failures.push({ source: result.file, name: view.name, message });
      // What the view has in the folder (new HTML and calendar, the last PDF) stays in the manifest, so the
      // index lists it and it goes with its source; a key that never matches makes the next build retry it.
      const files = [...new Set([...written, ...(previous?.files ?? [])])].filter((f) => existsSync(join(outDir, f))).sort();
      const about = made ? { title: viewTitle(made.title, view), language: made.language } : previous;
      if (about && files.length) {
        next.outputs[view.name] = { source: job.sourceId, key: 'failed', deps: {}, files, title: about.title, date: isoOf(g.days[0].date), language: about.language, ...(view.label ? { label: view.label } : {}) };
      }
      o.onProgress?.({ kind: 'failed', done: ++done, total: jobs.length, name: view.name, source: result.file, message });
    }
  };

  // Which views are up to date is known before any is made, so the browser starts while the first pages are made.
  const current = new Set<Job>();
  if (!o.force) for (const job of jobs) if (await upToDate(manifest.outputs[job.view.name], job.key, outDir)) current.add(job);
  if (pdfOn && current.size < jobs.length) pdfRenderer().catch(() => undefined);

  let nextJob = 0;
  try {
    // A few more views in flight than pages, so the pool never waits for an HTML page to be made.
    const width = Math.max(1, (o.concurrency ?? config.concurrency ?? availableParallelism()) + 1);
    const worker = async () => {
      while (nextJob < jobs.length && !o.signal?.aborted) {
        // Let go of each view once taken: its gathering (and the body tree the renderer parsed) is then garbage
        // when done, so memory stays flat however many sources there are.
        const job = jobs[nextJob];
        jobs[nextJob++] = undefined as unknown as Job;
        await runJob(job);
      }
    };
    await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  } finally {
    if (renderer) await (await renderer.catch(() => undefined))?.close();
  }

  if (nextJob < jobs.length) {
    // Interrupted: the views not started keep what the last build made of them.
    report.interrupted = true;
    for (const job of jobs.slice(nextJob)) {
      const before = manifest.outputs[job.view.name];
      if (before) next.outputs[job.view.name] = before;
    }
  } else {
    for (const entry of stale) {
      for (const f of entry.files) await rm(join(outDir, f), { force: true });
    }
  }
  await writeIndex(outDir, next, templates);
  await writeManifest(outDir, next);
  report.failures.sort((a, b) => (a.name < b.name ? -1 : 1));
  return report;
}

async function statOrUndefined(path: string) {
  return stat(path).catch(() => undefined);
}

/** Without SOURCE_DATE_EPOCH, dates in the outputs come from the source: its modification time, whole seconds. */
async function sourceTime(file: string): Promise<Date> {
  const s = await stat(file);
  return new Date(Math.floor(s.mtimeMs / 1000) * 1000);
}

async function writeIndex(outDir: string, manifest: Manifest, templates: string | undefined): Promise<void> {
  const html = indexPage(manifest, templates);
  const path = join(outDir, 'index.html');
  const before = await readFile(path, 'utf8').catch(() => undefined);
  if (before !== html) await writeFileAtomic(path, html);
}

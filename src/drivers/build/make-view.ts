/**
 * One invitation from source to disk: the pipeline renders it, this writes
 * its HTML and calendar, prints its PDF and says what the record should
 * hold. Every failure (a template, a print, a write) comes back as a
 * diagnostic; what was written before it stays listed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../../pipeline/compile.js';
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import type { Gathering } from '../../model/gathering.js';
import { writeFileAtomic } from '../disk/atomic-write.js';
import { OutputRefused, prepareOutputFolder } from '../disk/output-folder.js';
import type { PdfRenderer } from '../pdf/pdf-renderer.js';
import { isoOf } from '../../base/calendar-date.js';
import { writeFailed } from '../../base/diagnostics/io-problem.js';
import { say } from '../../base/messages/index.js';
import { dependencyHashes, type Entry } from './cache.js';
import { feedRecord } from '../site/feed.js';
import { listingFor } from '../site/listing.js';
import type { Rendered, RenderLimits, RenderPool } from '../../pipeline/render-pool.js';
import type { View } from '../../render/views.js';

export type Format = 'html' | 'pdf' | 'ics';

interface Parsed {
  gathering?: Gathering;
  diagnostics: Diagnostic[];
}

/** A source whose views the build makes: they are rendered together, in one request to a render thread. */
export interface SourceJob {
  /** The source as named (the gathering's file). */
  file: string;
  /** Its parse: kept from the check, or parsed again (parse) when its first view is made; let go with its views. */
  gathering?: Gathering;
  /** Parses the source again: the parse, or why there is none (it changed since it was checked). */
  parse: () => Parsed;
  /** What parse gave, once asked. */
  parsed?: Parsed;
  sourceId: string;
  date: Date;
  /** Its views that are not up to date, in order: filled before the first is made. */
  toMake: View[];
  /** Their renders, one for each of toMake: started when the first of them is made. */
  rendering?: Promise<Rendered>[];
}

export interface ViewJob {
  source: SourceJob;
  view: View;
  key: string;
}

export interface Made {
  /** What the record keeps for the view (absent when nothing of it is on disk). */
  entry?: Entry;
  written: string[];
  diagnostics: Diagnostic[];
  /** Stopped by the signal before it was made: neither made nor failed. */
  interrupted?: boolean;
}

export interface MakeContext {
  project: Project;
  render: RenderPool;
  limits: RenderLimits;
  outDir: string;
  /** The output folder as the user named it (-o), for messages. */
  shownOut?: string;
  formats: ReadonlySet<Format>;
  /** The PDF renderer, started on first use; undefined when no PDFs are made. */
  pdf?: () => Promise<PdfRenderer | undefined>;
  previous?: Entry;
}

export async function makeView(job: ViewJob, ctx: MakeContext): Promise<Made> {
  const { source, view } = job;
  // Parsed again once for all its views; each view that cannot be made says so with the same diagnostics (the build reports them once).
  source.parsed ??= source.gathering ? { gathering: source.gathering, diagnostics: [] } : source.parse();
  const g = source.parsed.gathering;
  if (!g) return { entry: ctx.previous, written: [], diagnostics: source.parsed.diagnostics };
  source.rendering ??= ctx.render.render({ gathering: g, views: source.toMake, project: ctx.project, context: { sourceId: source.sourceId, date: source.date } }, ctx.limits);
  const rendered = await source.rendering[source.toMake.indexOf(view)];
  if (rendered.interrupted) return { entry: ctx.previous, written: [], diagnostics: [], interrupted: true };
  const written: string[] = [];
  const about = { source: source.sourceId, date: isoOf(g.days[0].date), ...(view.label ? { label: view.label } : {}), ...feedRecord(g, view), listing: listingFor(g) };
  if (!rendered.value) return { entry: leftOver(ctx, written, about), written, diagnostics: rendered.diagnostics };
  const page = rendered.value;
  const target = (ext: string) => join(ctx.outDir, `${view.name}.${ext}`);
  const fail = (code: 'write-failed' | 'pdf-failed', e: unknown, file = view.name): Made => ({
    entry: leftOver(ctx, written, { ...about, title: page.title, language: page.language }),
    written,
    diagnostics: [
      code === 'write-failed'
        ? outputProblem(g.file, e, join(ctx.shownOut ?? ctx.outDir, file))
        : { code, severity: 'error', file: g.file, message: say('pdf-failed.message', { name: view.name, error: (e as Error).message }) },
    ],
  });
  try {
    await prepareOutputFolder(ctx.outDir, view.name, [...ctx.formats]);
  } catch (e) {
    return fail('write-failed', e);
  }
  for (const [format, text] of [
    ['html', page.html],
    ['ics', page.calendar],
  ] as const) {
    if (!ctx.formats.has(format)) continue;
    try {
      await writeFileAtomic(target(format), text);
    } catch (e) {
      return fail('write-failed', e, `${view.name}.${format}`);
    }
    written.push(`${view.name}.${format}`);
  }
  const pdf = ctx.formats.has('pdf') ? await ctx.pdf?.() : undefined;
  if (pdf) {
    try {
      await pdf.write(page.print, target('pdf'));
    } catch (e) {
      return fail(isWriteError(e) ? 'write-failed' : 'pdf-failed', e, `${view.name}.pdf`);
    }
    written.push(`${view.name}.pdf`);
  }
  // Without its PDF (the browser would not start) the view is made again next time.
  const key = ctx.formats.has('pdf') && !pdf ? 'incomplete' : job.key;
  const entry: Entry = { ...about, key, deps: await dependencyHashes(page.files), files: written, title: page.title, language: page.language };
  return { entry, written, diagnostics: [] };
}

/**
 * A view that failed keeps what it has in the folder (new HTML and calendar,
 * the last PDF) in the record, so the index lists it and it goes with its
 * source; a key that never matches makes the next build retry it.
 */
function leftOver(ctx: MakeContext, written: string[], about: Omit<Entry, 'key' | 'deps' | 'files' | 'title' | 'language'> & Partial<Entry>): Entry | undefined {
  const files = [...new Set([...written, ...(ctx.previous?.files ?? [])])].filter((f) => existsSync(join(ctx.outDir, f))).sort();
  const title = about.title ?? ctx.previous?.title;
  const language = about.language ?? ctx.previous?.language;
  if (!files.length || title === undefined || language === undefined) return undefined;
  return { ...about, key: 'failed', deps: {}, files, title, language };
}

const WRITE_CODES = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EDQUOT', 'EIO', 'ENAMETOOLONG', 'ENOTDIR', 'EISDIR', 'ENOENT', 'EEXIST']);

function isWriteError(e: unknown): boolean {
  return WRITE_CODES.has((e as NodeJS.ErrnoException)?.code ?? '');
}

/**
 * An output that cannot be written, on the source's line: what the folder
 * refused (a link, a file in the way, a name too long), or what the
 * machine did (a full disk, a read-only folder), naming the file.
 */
function outputProblem(file: string, e: unknown, shown: string): Diagnostic {
  if (e instanceof OutputRefused) return { code: 'write-failed', severity: 'error', file, message: e.message, hint: e.hint };
  return { ...writeFailed(shown, e, 'output'), file };
}

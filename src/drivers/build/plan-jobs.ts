/**
 * The build's plan: every invitation of every valid source, each with the
 * key of what makes it (source, view, options, templates, tool, browser);
 * and what the last build made that is no longer wanted.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import type { Project } from '../../pipeline/compile.js';
import type { SourceSet } from '../sources/files.js';
import { builtinTemplates, codeDir } from '../../base/tool-paths.js';
import { hashTemplates, hashTree, type Entry, type Manifest } from './cache.js';
import { hash } from './record-values.js';
import { type CheckedSet, parseAgain } from './check-sources.js';
import type { SourceJob, ViewJob } from './make-view.js';

export interface Plan {
  /** Emptied as the jobs are taken. */
  jobs: (ViewJob | undefined)[];
  /** Views of the last build no longer made: their files go once every view is made. */
  stale: [string, Entry][];
  unknownAudiences: string[];
  declaredAudiences?: string[];
}

export interface PlanInput {
  checked: CheckedSet;
  set: SourceSet;
  project: Project;
  outFormats: string[];
  pdfIdentity: string | undefined;
  epoch: Date | undefined;
  templates: string | undefined;
  previous: Manifest;
  root: string;
}

export async function planJobs(p: PlanInput): Promise<Plan> {
  const { config } = p.project;
  const common = hash(
    await toolKeyOnce(),
    await hashTemplates(p.templates, [p.project.templatesRoot ?? p.root]),
    JSON.stringify({
      config: { ...config, rules: undefined, 'max-warnings': undefined, concurrency: undefined },
      templates: p.templates,
      outFormats: p.outFormats,
      epoch: p.epoch?.getTime() ?? null,
    }),
    p.pdfIdentity ?? 'no-pdf',
  );
  const jobs: ViewJob[] = [];
  const declared = new Set<string>();
  for (const r of p.checked.results) {
    if (!r.views || !r.hash || !r.textHash || p.checked.invalid.has(r.file)) continue;
    for (const id of r.audiences ?? []) declared.add(id);
    const sourceId = sourceIdOf(p.root, r.file);
    // The views the check planned (compileSource), not planned again; the parse, when the check kept it, otherwise parsed again when they are made.
    const again = { file: r.file, name: p.set.names.get(r.file)!, hash: r.hash };
    const parse = () => parseAgain(again, p.project, p.checked.context);
    const source: SourceJob = { file: r.file, gathering: r.gathering, parse, sourceId, date: p.epoch ?? (await sourceTime(r.file)), toMake: [] };
    for (const view of r.views) jobs.push({ source, view, key: hash(common, sourceId, r.textHash, JSON.stringify(view)) });
  }
  // The views hold what they need; the sources' results go as their views are made.
  p.checked.results.length = 0;
  const audiences = p.project.request.audiences;
  return {
    jobs,
    ...staleOf(p, jobs),
    unknownAudiences: Array.isArray(audiences) ? audiences.filter((a) => !declared.has(a)) : [],
    declaredAudiences: Array.isArray(audiences) ? [...declared].sort() : undefined,
  };
}

/** A source with errors keeps its last good outputs; a view no longer made, or whose source is gone, goes. */
function staleOf(p: PlanInput, jobs: readonly ViewJob[]): Pick<Plan, 'stale'> {
  const valid = new Set(p.set.files.filter((f) => !p.checked.invalid.has(f)).map((f) => sourceIdOf(p.root, f)));
  const produced = new Set(jobs.map((j) => j.view.name));
  const stale: [string, Entry][] = [];
  for (const [name, entry] of Object.entries(p.previous.outputs)) {
    if (produced.has(name)) continue;
    if (valid.has(entry.source) || !existsSync(resolve(p.root, entry.source))) stale.push([name, entry]);
  }
  return { stale };
}

const require = createRequire(import.meta.url);

/** Hashed once per process: watch and preview build on every save, and the tool does not change under them. */
let toolKeyMemo: Promise<string> | undefined;

/** The tool's key (toolKey), hashed once per process. */
export function toolKeyOnce(): Promise<string> {
  toolKeyMemo ??= toolKey();
  return toolKeyMemo;
}

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

/** Without SOURCE_DATE_EPOCH, dates in the outputs come from the source: its modification time, whole seconds. */
async function sourceTime(file: string): Promise<Date> {
  const s = await stat(file);
  return new Date(Math.floor(s.mtimeMs / 1000) * 1000);
}

/** A source's id in the record and in calendar UIDs: its path relative to the project, forward slashes. */
export function sourceIdOf(root: string, file: string): string {
  return relative(root, resolve(file)).split(sep).join('/');
}

/**
 * Incremental builds. A view's outputs are up to date when the key of what
 * made them (source text, view, options, templates, tool and browser) is
 * the key recorded at the last build, every file the page read besides
 * (logo, images) still hashes the same, and the outputs are all there.
 * The manifest lives in the output folder; without it, everything is built.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { containedPath } from '../../base/containment.js';
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import { say } from '../../base/messages/index.js';
import { templateFolderFiles } from '../../render/template-names.js';
import { writeFileAtomic } from '../disk/atomic-write.js';
import type { Listing } from '../site/listing.js';
import { type CheckEntries, trustedChecks } from './check-cache.js';
import { hash, isRecord, isString } from './record-values.js';

export const MANIFEST = '.agenda-build.json';

export interface Entry {
  /** The source, relative to the project folder, forward slashes. */
  source: string;
  key: string;
  /** Files read besides the source → their content hash ('missing' when absent). */
  deps: Record<string, string>;
  /** Output files, relative to the output folder. */
  files: string[];
  /** For the index page. */
  title: string;
  date: string;
  language: string;
  label?: string;
  /** An audience's view: the audience id. For the calendar feeds (feed.ts). */
  audience?: string;
  /** The whole gathering's view: the audiences the source declares, id → label. */
  audiences?: Record<string, string>;
  /** The index page's facts of the gathering (site/listing.ts); absent in older records. */
  listing?: Listing;
}

export interface Manifest {
  version: 2;
  /** Output name → what made it. */
  outputs: Record<string, Entry>;
  /** Each source's check, by source id, for the next build to reuse (check-cache.ts). */
  checks?: CheckEntries;
  /** The key the output folder's index page was last made with (index-key.ts). */
  index?: string;
}

export interface ReadManifest {
  manifest: Manifest;
  /** Whether a record was there and trusted. */
  found: boolean;
  /** A warning when the record was there but could not be trusted (`build-record-corrupt`). */
  diagnostics: Diagnostic[];
}

/**
 * The record of the last build into `outDir`. It lives in a folder that is
 * committed or restored from a cache, so it is read as untrusted: a record
 * that is not JSON, or lists a file that is not one this tool writes there
 * (`name.html`, `.pdf`, `.ics` inside the folder), is ignored whole and
 * reported; everything is then built again and nothing it lists is removed.
 * `shown` is the record's path as the user should see it.
 */
export async function readManifest(outDir: string, shown = join(outDir, MANIFEST), name = MANIFEST): Promise<ReadManifest> {
  const empty = (): Manifest => ({ version: 2, outputs: Object.create(null) });
  let text: string;
  try {
    text = await readFile(join(outDir, name), 'utf8');
  } catch {
    return { manifest: empty(), found: false, diagnostics: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { manifest: empty(), found: false, diagnostics: [corrupt(shown, { why: 'json' })] };
  }
  const outputs = (data as { outputs?: unknown })?.outputs;
  // An older tool's record: rebuilt, as its format is not this one's.
  if ((data as { version?: unknown })?.version !== 2) return { manifest: empty(), found: false, diagnostics: [] };
  if (!isRecord(outputs)) return { manifest: empty(), found: false, diagnostics: [corrupt(shown, { why: 'outputs' })] };
  for (const [name, entry] of Object.entries(outputs)) {
    const wrong = entryProblem(name, entry);
    if (wrong) return { manifest: empty(), found: false, diagnostics: [corrupt(shown, wrong)] };
  }
  // Keyed by output names, which are the sources' names (`constructor.md` is one): no prototype to find them in.
  const { checks, index } = data as { checks?: unknown; index?: unknown };
  const manifest: Manifest = { version: 2, outputs: Object.assign(Object.create(null), outputs) as Record<string, Entry>, checks: trustedChecks(checks) };
  if (isString(index)) manifest.index = index;
  return { manifest, found: true, diagnostics: [] };
}

/** Why a record is not trusted: a reason of build-record-corrupt.message, and the entry, file and own files it names. */
interface Distrust {
  why: 'json' | 'outputs' | 'name' | 'object' | 'fields' | 'deps' | 'files' | 'stranger';
  name?: string;
  file?: string;
  own?: string;
}

function corrupt(file: string, d: Distrust): Diagnostic {
  return {
    code: 'build-record-corrupt',
    severity: 'warning',
    file,
    message: say('build-record-corrupt.message', { name: '', file: '', own: '', ...d }),
    hint: say('build-record-corrupt.hint'),
  };
}

/**
 * An output name as build makes them: a relative path below the output
 * folder, with no empty, `.` or `..` part (with either slash, so that no
 * system reads one as a parent).
 */
export function isOutputName(name: string): boolean {
  if (!name || name.startsWith('/') || name.startsWith('\\') || name.includes('\0')) return false;
  return name.split(/[/\\]/).every((part) => part !== '' && part !== '.' && part !== '..');
}

/** The kinds of file a view is written as. */
export const OUTPUT_KINDS = ['html', 'pdf', 'ics'] as const;

/** Why a record's entry is not one this tool wrote, or undefined when it could be. */
function entryProblem(entryName: string, entry: unknown): Distrust | undefined {
  const name = JSON.stringify(entryName).slice(0, 80);
  if (!isOutputName(entryName) || entryName.toLowerCase() === 'index') return { why: 'name', name };
  if (!isRecord(entry)) return { why: 'object', name };
  const { source, key, deps, files, title, date, language, label } = entry;
  if (![source, key, title, date, language].every(isString) || (label !== undefined && !isString(label))) return { why: 'fields', name };
  if (!isRecord(deps) || !Object.values(deps).every(isString)) return { why: 'deps', name };
  if (!Array.isArray(files)) return { why: 'files', name };
  const own = new Set(OUTPUT_KINDS.map((kind) => `${entryName}.${kind}`));
  const stranger = files.find((f) => !isString(f) || !own.has(f));
  if (stranger !== undefined) return { why: 'stranger', name, file: JSON.stringify(stranger).slice(0, 80), own: [...own].join(', ') };
  return undefined;
}

/** Every file a record lists, relative to the output folder. */
export function recordedFiles(manifest: Manifest): Set<string> {
  return new Set(Object.values(manifest.outputs).flatMap((e) => e.files));
}

export async function writeManifest(outDir: string, manifest: Manifest, name = MANIFEST): Promise<void> {
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
  const checks = manifest.checks && Object.keys(manifest.checks).length ? { checks: sorted(manifest.checks) } : {};
  const index = manifest.index ? { index: manifest.index } : {};
  await writeFileAtomic(join(outDir, name), JSON.stringify({ version: 2, outputs: sorted(manifest.outputs), ...index, ...checks }, null, 2) + '\n');
}

/** A file's content hash, or 'missing' (also for what is not a plain file: a record may name /dev/zero). */
export async function fileHash(path: string): Promise<string> {
  try {
    if (!(await stat(path)).isFile()) return 'missing';
    return hash(await readFile(path));
  } catch {
    return 'missing';
  }
}

export async function dependencyHashes(files: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of files) out[f] = await fileHash(f);
  return out;
}

export async function upToDate(entry: Entry | undefined, key: string, outDir: string): Promise<boolean> {
  if (!entry || entry.key !== key) return false;
  if (!entry.files.every((f) => existsSync(join(outDir, f)))) return false;
  for (const [file, before] of Object.entries(entry.deps)) if ((await fileHash(file)) !== before) return false;
  return true;
}

/** A hash of every file below a folder (names and contents), for the tool's own code and templates. */
export async function hashTree(dir: string | undefined): Promise<string> {
  if (!dir || !existsSync(dir)) return 'none';
  const entries: string[] = [];
  const walk = async (d: string, rel: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) await walk(join(d, e.name), `${rel}${e.name}/`);
      else if (e.isFile()) entries.push(`${rel}${e.name}`, hash(await readFile(join(d, e.name))));
    }
  };
  await walk(dir, '');
  return hash(...entries);
}

/**
 * A hash of what the renderer reads from a project templates folder, read
 * as it reads it (links followed, so a linked partials/ folder counts); a
 * file that resolves outside `roots` counts by where it points, as the
 * renderer refuses it.
 */
export async function hashTemplates(dir: string | undefined, roots: readonly string[]): Promise<string> {
  if (!dir) return 'none';
  const parts: string[] = [];
  for (const [name, file] of templateFolderFiles(dir)) {
    const found = containedPath(file, roots);
    parts.push(name, found.ok ? await fileHash(found.real) : found.reason === 'outside' ? `outside:${found.real}` : 'missing');
  }
  return hash(...parts);
}

/** The browser's identity without launching it: its path, size and modification time. */
export async function browserIdentity(path: string | undefined): Promise<string> {
  if (!path) return 'no-browser';
  try {
    const s = await stat(path);
    return `${path}:${s.size}:${Math.floor(s.mtimeMs)}`;
  } catch {
    return `${path}:missing`;
  }
}

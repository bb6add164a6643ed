/**
 * Incremental builds. A view's outputs are up to date when the key of what
 * made them (source text, view, options, templates, tool and browser) is
 * the key recorded at the last build, every file the page read besides
 * (logo, images) still hashes the same, and the outputs are all there.
 * The manifest lives in the output folder; without it, everything is built.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';

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
}

export interface Manifest {
  version: 2;
  /** Output name → what made it. */
  outputs: Record<string, Entry>;
}

export function hash(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(String(typeof p === 'string' ? p.length : p.byteLength));
    h.update(':');
    h.update(p);
  }
  return h.digest('hex');
}

export async function readManifest(outDir: string, name = MANIFEST): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(join(outDir, name), 'utf8'));
    if (data?.version === 2 && typeof data.outputs === 'object' && data.outputs) return data as Manifest;
  } catch {
    // none yet, or unreadable: everything is rebuilt
  }
  return { version: 2, outputs: {} };
}

export async function writeManifest(outDir: string, manifest: Manifest, name = MANIFEST): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(join(outDir, name), JSON.stringify({ version: 2, outputs: sorted }, null, 2) + '\n');
}

/** A file's content hash, or 'missing'. */
export async function fileHash(path: string): Promise<string> {
  try {
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

/** A hash of every file below a folder (names and contents), for templates and the tool's own code. */
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

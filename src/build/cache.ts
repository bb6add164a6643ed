/**
 * Incremental builds. A view's outputs are up to date when the key of what
 * made them (source text, templates and assets, options, tool version and
 * browser identity) matches the key recorded at the last build and the
 * files are still there. The manifest lives in the output folder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../output/atomic-write.js';

export const MANIFEST = '.agenda-build.json';

export interface Manifest {
  version: 1;
  /** Output name → key of what made it. */
  outputs: Record<string, string>;
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

export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8'));
    if (data?.version === 1 && typeof data.outputs === 'object') return data as Manifest;
  } catch {
    // none yet, or unreadable: everything is rebuilt
  }
  return { version: 1, outputs: {} };
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.outputs).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFileAtomic(join(outDir, MANIFEST), JSON.stringify({ version: 1, outputs: sorted }, null, 2) + '\n');
}

export function upToDate(manifest: Manifest, name: string, key: string, files: readonly string[]): boolean {
  return manifest.outputs[name] === key && files.every((f) => existsSync(f));
}

/** A hash of every file below a folder (names and contents), for templates and assets. */
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

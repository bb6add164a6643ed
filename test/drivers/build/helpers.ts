/** Shared by the build tests: temporary projects, builds through the API, outputs read back. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll } from 'vitest';
import { build, type BuildOptions, type BuildReport } from '../../../src/drivers/build/build.js';
import { loadConfig } from '../../../src/pipeline/config.js';

export const root = join(import.meta.dirname, '..', '..', '..');
export const examplesDir = join(root, 'examples');
export const examples = [
  'asker-ledernettverk-nov-2018',
  'kongsberg-samling-2025',
  'nordre-sunnmore-august',
  'ost-oppstart-2020',
  'roskilde-ledelseskonferencer-2020',
  'vastra-natverket-2026-27',
  'aarhus-skoleledermoede-2026',
  'sogn-haustseminar-2026',
];

/** 2023-11-14T22:13:20Z */
export const EPOCH = '1700000000';

/** The environment without SOURCE_DATE_EPOCH (and with it when given), so the machine's setting never leaks in. */
export function envWith(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  delete env.CI;
  return { ...env, ...extra };
}

const made: string[] = [];
/** A fresh folder below the system's temporary folder, removed after the file's tests. */
export async function tempDir(prefix = 'agenda-build-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A small valid source; `body` is its Markdown after the front matter. */
export function source(o: { title: string; organiser?: string; date?: string; items?: string[]; body?: string; extra?: string }): string {
  const items = o.items ?? [`Velkommen til ${o.title}`, 'Arbeid i grupper', 'Avslutning'];
  const times = ['09.00', '10.00', '11.30', '11.45', '11.50'];
  return `---
title: ${o.title}
organiser: ${o.organiser ?? 'Testkommune'}
language: nb
date: ${o.date ?? '2030-03-05'}
hours: 09.00–12.00
venue: Rådhuset
${o.extra ?? ''}programme:
${items.map((t, i) => `  - time: ${times[i]}\n    title: ${t}`).join('\n')}
---

${o.body ?? `Om ${o.title}.`}

::programme
`;
}

/** A temporary project folder holding the files given (name → content). */
export async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir('agenda-project-');
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

/**
 * Runs build() as `agenda build <cwd>` would in `cwd`, with defaults a test can override.
 * (Paths are given absolute: build() reads relative ones from the process's folder, not `cwd`.)
 */
export async function buildIn(cwd: string, o: Partial<BuildOptions> & { outDir: string }): Promise<BuildReport> {
  return build({
    paths: [cwd],
    cwd,
    loaded: await loadConfig(undefined, cwd),
    formats: ['html', 'pdf', 'ics'],
    concurrency: 2,
    today: { year: 2020, month: 1, day: 1 },
    env: envWith(),
    ...o,
  });
}

/** Every file below a folder, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1))
    .sort();
}

export const norm = (s: string) => s.replace(/[\s\u00ad]+/g, ' ').trim();

/**
 * Whether each of `wanted` is found in `text`, in order (white space collapsed, and
 * case ignored: templates may set a title in capitals); else the first one missing.
 */
export function inOrder(text: string, wanted: readonly string[]): { missing?: string } {
  const t = norm(text).toLowerCase();
  let at = 0;
  for (const w of wanted) {
    const i = t.indexOf(norm(w).toLowerCase(), at);
    if (i < 0) return { missing: w };
    at = i + norm(w).length;
  }
  return {};
}

export interface IcsEvent {
  uid: string;
  summary: string;
  start: Date;
  startIsDate: boolean;
  location?: string;
  categories: string[];
}

export function parseIcs(text: string): IcsEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((e) => {
    const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(e.getFirstPropertyValue('uid')),
      summary: String(e.getFirstPropertyValue('summary')),
      start: start.toJSDate(),
      startIsDate: start.isDate,
      location: (e.getFirstPropertyValue('location') as string | null) ?? undefined,
      categories: e.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    };
  });
}

export async function readIcs(file: string): Promise<IcsEvent[]> {
  return parseIcs(await readFile(file, 'utf8'));
}

/** A one-pixel PNG of the colour given, so tests can swap an image for another. */
export function png(r: number, g: number, b: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, r, g, b]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

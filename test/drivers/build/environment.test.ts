/**
 * The machine refuses a write (issue 25.9): a full disk, a read-only
 * folder, a file where a folder should be, a folder where a file should
 * be. Each is a `write-failed` diagnostic naming the path and the cause in
 * words, with exit 2, never "internal error"; nothing is left half-written
 * and no temporary file is left behind.
 *
 * The full and the read-only disk are real: a tmpfs mounted in a mount
 * namespace of the test's own (unshare; root, as here and in CI), gone when
 * the command ends. Where the machine refuses the namespace, the same
 * refusals are injected at the one place files are opened for writing
 * (node:fs/promises' open and writeFile, for paths below the folder).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, listFiles, project, root, source, tempDir } from './helpers.js';

/** Whether this machine lets the test mount a tmpfs in a namespace of its own. */
const canMount = !process.env.AGENDA_TEST_NO_MOUNT && spawnSync('unshare', ['--mount', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { stdio: 'ignore' }).status === 0;

/** Injected in a process that cannot mount: open and writeFile below AGENDA_REFUSE_DIR fail as a full (after a budget of bytes) or read-only disk. */
const INJECT = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const dir = process.env.AGENDA_REFUSE_DIR, code = process.env.AGENDA_REFUSE_CODE;
let budget = Number(process.env.AGENDA_REFUSE_BYTES ?? 0);
const refuse = () => Object.assign(new Error(code + ': refused by the test'), { code });
const below = (p) => String(p).startsWith(dir + '/');
const { open, writeFile } = fs.promises;
fs.promises.open = async (p, flags, mode) => {
  if (!below(p) || !/[wa]/.test(String(flags ?? 'r'))) return open(p, flags, mode);
  if (code === 'EROFS') throw refuse();
  const handle = await open(p, flags, mode);
  const write = handle.writeFile.bind(handle);
  handle.writeFile = async (data) => { budget -= Buffer.byteLength(data); if (budget < 0) { await write(Buffer.from(data).subarray(0, 100)); throw refuse(); } return write(data); };
  return handle;
};
fs.promises.writeFile = async (p, data, o) => { if (below(p) && (code === 'EROFS' || (budget -= Buffer.byteLength(data)) < 0)) throw refuse(); return writeFile(p, data, o); };
syncBuiltinESMExports();
`;

interface Refused {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the output folder held once the command ended, and where to read it. */
  files: string[];
  folder: string;
}

/** `agenda build` of `sources` into a folder that is a `kind` disk, as the machine allows; what the folder held after is copied out. */
async function buildOnDisk(kind: 'full' | 'read-only', sources: string, bytes: number): Promise<Refused> {
  const out = await tempDir('agenda-env-out-');
  const copy = await tempDir('agenda-env-copy-');
  const args = ['build', sources, '-o', out, '--no-pdf', '--today', '2020-01-01'];
  const agenda = [process.execPath, join(root, 'bin', 'agenda'), ...args];
  const result = canMount
    ? await spawned(
        'unshare',
        [
          '--mount',
          'sh',
          '-c',
          `mount -t tmpfs -o size=${bytes},mode=755${kind === 'read-only' ? ',ro' : ''} tmpfs "$0" && "$@"; c=$?; cp -a "$0/." "${copy}/"; exit $c`,
          out,
          ...agenda,
        ],
        {},
      )
    : await spawned(agenda[0], ['--import', `data:text/javascript,${encodeURIComponent(INJECT)}`, ...agenda.slice(1)], {
        AGENDA_REFUSE_DIR: out,
        AGENDA_REFUSE_CODE: kind === 'full' ? 'ENOSPC' : 'EROFS',
        AGENDA_REFUSE_BYTES: String(bytes),
      });
  const folder = canMount ? copy : out;
  return { ...result, files: await listFiles(folder), folder };
}

function spawned(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: envWith(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sources = () => project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }), 'gamma.md': source({ title: 'Gamma' }) });

describe('a disk that refuses the build’s writes', { timeout: 120_000 }, () => {
  it('a full disk: the invitations that fit are whole, the rest named with the cause, exit 2, no temporary file left', async () => {
    const dir = await sources();
    // Room for the lock, the first page or two (about 120 KB each, with their fonts), not for all three and the index.
    const r = await buildOnDisk('full', dir, 256 * 1024);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(/cannot be written: the disk is full\s+write-failed/);
    expect(r.stdout).toContain('hint: free some space on the disk, then run agenda again');
    expect(r.files.filter((f) => f.endsWith('.tmp') || f.includes('.agenda-build.lock'))).toEqual([]);
    for (const f of r.files.filter((f) => f.endsWith('.html'))) expect((await readFile(join(r.folder, f), 'utf8')).trimEnd()).toMatch(/<\/html>$/);
  });

  it('a read-only disk: the lock file cannot be made, said with its path, exit 2, nothing written', async () => {
    const dir = await sources();
    const r = await buildOnDisk('read-only', dir, 64 * 1024);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/agenda cannot make its lock file \S+\.agenda-build\.lock .*: the disk is read-only: it can be read, not written to\s+write-failed/);
    expect(r.files).toEqual([]);
  });
});

describe('a file or a folder in the way of a write', { timeout: 60_000 }, () => {
  it('an output folder under a file, or a file where it should be: write-failed naming it, exit 2', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), notes: 'not a folder' });
    for (const out of [join(dir, 'notes'), join(dir, 'notes', 'out')]) {
      const r = await run(['build', join(dir, 'alfa.md'), '-o', out, '--no-pdf', '--today', '2020-01-01'], envWith(), dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`The folder ${out} cannot be made: a file is in the way, where a folder should be  write-failed`);
      expect(r.stdout).toContain('hint: move or rename the file in the way, or choose another folder');
    }
  });

  it('a folder where the calendar feed or the build record goes: the invitations are written, the rest named, exit 2', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-env-out-');
    mkdirSync(join(out, 'calendar.ics'));
    mkdirSync(join(out, '.agenda-build.json'));
    writeFileSync(join(out, 'calendar.ics', 'mine.txt'), 'keep me');
    const r = await run(['build', dir, '-o', out, '--no-pdf', '--today', '2020-01-01'], envWith(), dir);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`The calendar feed ${join(out, 'calendar.ics')} cannot be written: a folder is in the way, where a file should be`);
    expect(r.stdout).toContain(`The build record ${join(out, '.agenda-build.json')} cannot be written: a folder is in the way, where a file should be`);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('alfa.html');
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(join(out, 'calendar.ics', 'mine.txt'), 'utf8')).toBe('keep me');
  });

  it('agenda new and init under a file, or where no folder can be made: write-failed naming the path, exit 2', async () => {
    const dir = await project({ notes: 'not a folder' });
    const under = await run(['new', 'notes/mars.md'], envWith(), dir);
    expect(under.code).toBe(2);
    expect(under.stdout).toMatch(/^notes\n.*The folder notes cannot be made: a file is in the way, where a folder should be {2}write-failed/);
    const init = await run(['init', 'notes/prosjekt', '--lang', 'en', '--org', 'Kommunen'], envWith(), dir);
    expect(init.code).toBe(2);
    expect(init.stdout).toContain('The folder notes/prosjekt cannot be made: a file is in the way, where a folder should be');
    // A folder that cannot exist: /proc takes no new folders.
    const nowhere = await run(['new', '/proc/agenda-nowhere/mars.md'], envWith(), dir);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stdout).toContain('The folder /proc/agenda-nowhere cannot be made: the folder it should go in does not exist and cannot be made');
    for (const r of [under, init, nowhere]) expect(r.stderr).not.toMatch(/internal error/);
    expect(await listFiles(dir)).toEqual(['notes']);
  });
});

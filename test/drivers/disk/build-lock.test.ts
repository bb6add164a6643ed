/**
 * Two builds into one output folder: the second is refused while the first
 * runs (they would lose each other's records); a lock left by a process
 * that is gone is taken over; the lock is removed when the build ends.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError, UsageError } from '../../../src/base/errors.js';
import { LOCK, lockOutputFolder, TAKEOVER } from '../../../src/drivers/disk/build-lock.js';
import { buildIn, listFiles, project, source, tempDir } from '../build/helpers.js';
import { deadPid, staleLockRace } from './stale-lock-race.js';

/** A process that takes the lock of `out` as a build would, and runs until killed. */
async function holder(out: string) {
  const script = `require('fs').writeFileSync(${JSON.stringify(join(out, LOCK))}, process.pid + ' ' + require('os').hostname()); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return child;
}

describe('the output folder lock', { timeout: 60_000 }, () => {
  it('refuses a build while another process builds into the folder, and lets it in once that process is gone', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-out-');
    const other = await holder(out);
    try {
      const refused = await buildIn(dir, { outDir: out, formats: ['html'] }).catch((e) => e);
      expect(refused).toBeInstanceOf(UsageError);
      expect(refused.message).toMatch(new RegExp(`another agenda build \\(process ${other.pid}\\) is writing into`));
      expect(await listFiles(out)).toEqual([LOCK]);
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // The holder was killed without cleaning up: its lock is stale.
    const report = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(report.built).toBe(1);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });

  it('names a folder where the lock file goes as write-failed, not an internal error', async () => {
    const out = await tempDir('agenda-out-');
    await mkdir(join(out, LOCK));
    const refused = await lockOutputFolder(out, 'ut').catch((e) => e);
    expect(refused).toBeInstanceOf(EnvironmentError);
    expect(refused.diagnostics.map((d: { code: string; file: string }) => `${d.code} ${d.file}`)).toEqual([`write-failed ${join('ut', LOCK)}`]);
    expect(refused.diagnostics[0].message).toContain('a folder is in the way');
  });

  it('is held once in a process, and can be taken again after release', async () => {
    const out = await tempDir('agenda-out-');
    const first = await lockOutputFolder(out, 'out');
    await expect(lockOutputFolder(out, 'out')).rejects.toThrow(/another agenda build/);
    await first.release();
    expect(existsSync(join(out, LOCK))).toBe(false);
    await (await lockOutputFolder(out, 'out')).release();
  });

  it('is released when a build is refused', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-out-');
    await writeFile(join(out, 'alfa.html'), '<p>my own page</p>');
    await expect(buildIn(dir, { outDir: out, formats: ['html'] })).rejects.toThrow(/did not write and would overwrite: alfa\.html/);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });

  // Ten rounds of the race; a hundred in build-lock.volume.test.ts.
  it('lets exactly one of several takers have a stale lock, and refuses the others as it does a fresh one', async () => {
    await staleLockRace(await tempDir('agenda-out-'), 10);
  });

  it('names the takeover file to remove when a build died while taking a lock over', async () => {
    const out = await tempDir('agenda-out-');
    const gone = deadPid();
    await writeFile(join(out, LOCK), `${gone} ${hostname()}\n`);
    await writeFile(join(out, TAKEOVER), `${gone} ${hostname()}\n`);
    await expect(lockOutputFolder(out, 'out')).rejects.toThrow(`remove ${join('out', TAKEOVER)}`);
  });
});

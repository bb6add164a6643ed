/**
 * Issue 25 (4): builds started together against a lock left by a killed
 * build. Exactly one takes it over and builds; the others are refused
 * cleanly (exit 2, the refusal a fresh lock gives), and the build record
 * holds every view.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK } from '../../../src/drivers/disk/build-lock.js';
import { agenda, cleanEnv } from '../../cli/agenda.js';
import { UsageError } from '../../../src/base/errors.js';
import { buildIn, project, source, tempDir } from './helpers.js';

const names = Array.from({ length: 6 }, (_, i) => `m${String(i).padStart(2, '0')}`);
const gone = spawnSync(process.execPath, ['-e', '']).pid;

describe('a stale lock and four builds at once', { timeout: 600_000 }, () => {
  it('lets exactly one build proceed each time, and its record holds every view', async () => {
    const dir = await project(Object.fromEntries(names.map((n) => [`${n}.md`, source({ title: `Møte ${n}` })])));
    const out = await tempDir('agenda-out-');
    for (let round = 0; round < 12; round++) {
      await rm(out, { recursive: true, force: true });
      await mkdir(out);
      await writeFile(join(out, LOCK), `${gone} ${hostname()}\n`);
      const runs = await Promise.allSettled([1, 2, 3, 4].map(() => buildIn(dir, { outDir: out, formats: ['html'] })));
      expect(
        runs.filter((r) => r.status === 'fulfilled'),
        `round ${round}`,
      ).toHaveLength(1);
      for (const r of runs) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(UsageError);
      const record = JSON.parse(await readFile(join(out, '.agenda-build.json'), 'utf8'));
      expect(Object.keys(record.outputs).sort()).toEqual(names);
      expect(await readdir(out)).not.toContain(LOCK);
    }
  });

  it('as processes: one builds, the others exit 2 with the refusal a fresh lock gives', async () => {
    const dir = await project(Object.fromEntries(names.map((n) => [`${n}.md`, source({ title: `Møte ${n}` })])));
    const out = await tempDir('agenda-out-');
    for (let round = 0; round < 2; round++) {
      await rm(out, { recursive: true, force: true });
      await mkdir(out);
      await writeFile(join(out, LOCK), `${gone} ${hostname()}\n`);
      const runs = await Promise.all([1, 2, 3, 4].map(() => agenda(['build', dir, '-o', out, '--no-pdf', '--no-ics'], { cwd: dir, env: cleanEnv() })));
      const built = runs.filter((r) => r.code === 0);
      expect(built, `round ${round}: ${runs.map((r) => r.code + r.stderr).join(' | ')}`).toHaveLength(1);
      for (const r of runs.filter((r) => r.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^agenda: another agenda build \(process \d+\) is writing into /);
        expect(r.stderr).not.toMatch(/internal error/);
      }
      const record = JSON.parse(await readFile(join(out, '.agenda-build.json'), 'utf8'));
      expect(Object.keys(record.outputs).sort()).toEqual(names);
    }
  });
});

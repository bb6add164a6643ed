/**
 * The command line when a PDF cannot be made: exit 1, the failed invitation
 * named on stderr, the others written. build() is wrapped so that the
 * browser is killed at both attempts of the first document printed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Build from '../../../src/drivers/build/build.js';
import { run } from '../../cli/run.js';
import { envWith, listFiles, project, source, tempDir } from './helpers.js';

vi.mock('../../../src/drivers/build/build.js', async (importOriginal) => {
  const real = await importOriginal<typeof Build>();
  let prints = 0;
  return {
    ...real,
    build: (o: Build.BuildOptions) =>
      real.build({
        ...o,
        pdfRendererOptions: {
          beforePrint: ({ browserPid }: { browserPid: number | undefined }) => {
            if (++prints <= 2) process.kill(browserPid as number, 'SIGKILL');
          },
        },
      }),
  };
});

describe('agenda build when a PDF fails twice', { timeout: 60_000 }, () => {
  it('exits 1, names the invitation, and writes the others', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta' }) });
    const out = await tempDir('agenda-robust-cli-');
    const r = await run(['build', dir, '--out', out, '--concurrency', '1', '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(1);
    const failed = /\S*\/(alfa|beta)\.md\n\s+error\s+The browser could not print (alfa|beta): .+ \(tried twice\)[\s\S]*?pdf-failed/.exec(r.stdout);
    expect(failed, r.stdout).not.toBeNull();
    const other = failed![1] === 'alfa' ? 'beta' : 'alfa';
    expect(r.stdout).toMatch(/2 invitations: 1 built, 0 up to date, 1 failed/);
    const files = await listFiles(out);
    expect(files).toContain(`${other}.pdf`);
    expect(files).not.toContain(`${failed![1]}.pdf`);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await readFile(join(out, `${other}.pdf`))).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

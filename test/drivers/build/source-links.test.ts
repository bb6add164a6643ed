/**
 * Symbolic links in a sources folder: followed when they resolve inside the
 * project, otherwise a warning naming the link; never skipped without a word.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, project, source, tempDir } from './helpers.js';

describe('links in a sources folder', { timeout: 60_000 }, () => {
  it('are read when inside the project, and reported when not', async () => {
    const dir = await project({ 'agenda.config.yaml': 'rules: {}\n' });
    const elsewhere = await tempDir('agenda-outside-');
    await writeFile(join(elsewhere, 'ute.md'), source({ title: 'Ute' }));
    for (const folder of ['src', 'felles', 'mer']) await mkdir(join(dir, folder));
    await writeFile(join(dir, 'src', 'a.md'), source({ title: 'Alfa' }));
    await writeFile(join(dir, 'felles', 'b.md'), source({ title: 'Beta' }));
    await writeFile(join(dir, 'mer', 'c.md'), source({ title: 'Gamma' }));
    await symlink(join(dir, 'felles', 'b.md'), join(dir, 'src', 'b.md'));
    await symlink(join(dir, 'mer'), join(dir, 'src', 'mer'));
    await symlink(join(elsewhere, 'ute.md'), join(dir, 'src', 'ute.md'));
    await symlink(elsewhere, join(dir, 'src', 'ute'));
    await symlink(join(dir, 'borte.md'), join(dir, 'src', 'borte.md'));
    // A link back up does not loop.
    await symlink(join(dir, 'src'), join(dir, 'src', 'mer', 'tilbake'));

    const r = await run(['check', join(dir, 'src'), '--today', '2020-01-01', '--format', 'json'], envWith(), dir);
    const found = JSON.parse(r.stdout) as { code: string; file: string; message: string; severity: string }[];
    const skipped = found.filter((d) => d.code === 'source-link-skipped');
    expect(skipped.map((d) => [d.file, d.severity])).toEqual([
      [join(dir, 'src', 'borte.md'), 'warning'],
      [join(dir, 'src', 'ute'), 'warning'],
      [join(dir, 'src', 'ute.md'), 'warning'],
    ]);
    expect(skipped[2].message).toMatch(/points to .*ute\.md, outside the project folder: it is not read/);
    expect(skipped[0].message).toMatch(/points to nothing/);

    const stylish = await run(['check', join(dir, 'src'), '--today', '2020-01-01'], envWith(), dir);
    // a.md, b.md (a link to felles/) and mer/c.md (a linked folder), each once.
    expect(stylish.stdout).toMatch(/3 files checked/);
  });
});

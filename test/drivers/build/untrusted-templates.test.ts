/**
 * A project's templates and config through the whole build: the cache key
 * follows what the renderer reads (links included), and a template linked
 * out of the project is refused with a message naming it.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { buildIn, envWith, project, source, tempDir } from './helpers.js';

const html = (out: string) => readFile(join(out, 'alfa.html'), 'utf8');

describe('a project templates folder with links', { timeout: 60_000 }, () => {
  it('a linked partials/ folder is part of the cache key: editing through the link rebuilds, in the same process', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'agenda.config.yaml': 'templates: maler\n' });
    await mkdir(join(dir, 'felles'));
    await mkdir(join(dir, 'maler'));
    await writeFile(join(dir, 'felles', 'item.hbs'), '<div class="v1">{{title}}</div>');
    await symlink(join(dir, 'felles'), join(dir, 'maler', 'partials'));
    const out = await tempDir('agenda-out-');
    const first = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(first.built).toBe(1);
    expect(await html(out)).toContain('class="v1"');

    await writeFile(join(dir, 'felles', 'item.hbs'), '<div class="v2">{{title}}</div>');
    const second = await buildIn(dir, { outDir: out, formats: ['html'] });
    expect(second.upToDate).toBe(0);
    expect(await html(out)).toContain('class="v2"');
  });

  it('a style sheet linked out of the project fails the views, naming the file; its text is written nowhere', async () => {
    const secret = `hemmelig-${Math.random().toString(36).slice(2)}`;
    const elsewhere = await tempDir('agenda-outside-');
    await writeFile(join(elsewhere, 'environ'), `body { --x: "${secret}"; }`);
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'agenda.config.yaml': 'templates: maler\n' });
    await mkdir(join(dir, 'maler'));
    await symlink(join(elsewhere, 'environ'), join(dir, 'maler', 'base.css'));
    const out = await tempDir('agenda-out-');
    const r = await run(['build', dir, '-o', out, '--no-pdf', '--today', '2020-01-01'], envWith(), dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/maler\/base\.css is a link to .*outside the project folder/);
    const { readdir } = await import('node:fs/promises');
    for (const f of await readdir(out)) expect(await readFile(join(out, f), 'utf8')).not.toContain(secret);
  });
});

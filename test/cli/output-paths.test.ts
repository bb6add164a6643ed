/**
 * Where the outputs go depends on the project, not on the call: the same
 * source lands at the same path under -o whether the build is given no
 * path, the sources folder, the files themselves, or runs from below.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../drivers/build/helpers.js';
import { agenda, tempDir } from './agenda.js';

const good = (title: string) => `---\ntitle: ${title}\ndate: 2030-03-05\nhours: 09.00–12.00\nvenue: Rådhuset\n---\n`;

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('agenda-paths-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

/** The three ways (and a fourth) of building one project, each into its own folder: the trees they wrote. */
async function treesOf(dir: string): Promise<Record<string, string[]>> {
  const calls: Record<string, { cwd: string; args: string[] }> = {
    'no path, from the project': { cwd: dir, args: ['-o', join(dir, 'o1')] },
    'the sources folder': { cwd: dir, args: ['gatherings', '-o', join(dir, 'o2')] },
    'from inside the sources folder': { cwd: join(dir, 'gatherings'), args: ['.', '-o', join(dir, 'o3')] },
    'the files named': { cwd: dir, args: ['gatherings/a.md', 'gatherings/2030/b.md', '-o', join(dir, 'o4')] },
  };
  const trees: Record<string, string[]> = {};
  for (const [how, call] of Object.entries(calls)) {
    const ran = await agenda(['build', ...call.args, '--no-pdf', '--today', '2020-01-01'], { cwd: call.cwd });
    expect(ran.code, `${how}: ${ran.stdout}${ran.stderr}`).toBe(0);
    trees[how] = (await listFiles(call.args[call.args.indexOf('-o') + 1])).filter((f) => !f.startsWith('.agenda-build'));
  }
  return trees;
}

describe('output paths come from the project, not from the call', () => {
  it('with sources globs: below the folder they start with, the same for every call', async () => {
    const dir = await repo({
      'agenda.config.yaml': 'sources: ["gatherings/**/*.md"]\n',
      'gatherings/a.md': good('A'),
      'gatherings/2030/b.md': good('B'),
    });
    const trees = await treesOf(dir);
    const expected = ['2030/b.html', '2030/b.ics', 'a.html', 'a.ics', 'calendar.ics', 'index.html'];
    for (const [how, tree] of Object.entries(trees))
      expect(
        tree.filter((f) => !f.startsWith('feeds')),
        how,
      ).toEqual(expected);
    expect(new Set(Object.values(trees).map((t) => t.join('\n'))).size).toBe(1);
  });

  it('without sources globs: below the config’s folder, the same for every call', async () => {
    const dir = await repo({ 'agenda.config.yaml': 'max-warnings: 0\n', 'gatherings/a.md': good('A'), 'gatherings/2030/b.md': good('B') });
    const trees = await treesOf(dir);
    const expected = ['calendar.ics', 'gatherings/2030/b.html', 'gatherings/2030/b.ics', 'gatherings/a.html', 'gatherings/a.ics', 'index.html'];
    for (const [how, tree] of Object.entries(trees))
      expect(
        tree.filter((f) => !f.startsWith('feeds')),
        how,
      ).toEqual(expected);
  });
});

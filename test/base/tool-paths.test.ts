/**
 * A copy of agenda without its own files (templates/, package.json) is a
 * damaged installation, said as such: `tool-files-missing`, naming what is
 * missing and how to repair it, an EnvironmentError (exit 2), never
 * "internal error" or a stack trace at start-up.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/base/errors.js';
import { useLanguage } from '../../src/base/messages/index.js';
import { packageRootAbove, readToolFile, toolFilesProblem } from '../../src/base/tool-paths.js';
import { fillTemplate, initWords } from '../../src/drivers/starter/init-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agenda-tool-paths-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(() => useLanguage('en'));

it('finds the package folder only where package.json and templates/ are both there', async () => {
  const copy = join(dir, 'copy');
  await mkdir(join(copy, 'dist', 'cli'), { recursive: true });
  await writeFile(join(copy, 'package.json'), '{"version":"1.0.0"}');
  expect(packageRootAbove(join(copy, 'dist', 'cli'))).toBeUndefined();
  await mkdir(join(copy, 'templates'));
  expect(packageRootAbove(join(copy, 'dist', 'cli'))).toBe(copy);
});

it('says a missing package folder as tool-files-missing, naming the folder and the repair', async () => {
  const from = join(dir, 'bare', 'dist');
  const d = toolFilesProblem({ root: undefined, from })!;
  expect(d.code).toBe('tool-files-missing');
  expect(d.severity).toBe('error');
  expect(d.file).toBe(join(dir, 'bare', 'templates'));
  expect(d.message).toContain(join(dir, 'bare', 'templates'));
  expect(d.message).not.toMatch(/internal error/);
  expect(d.hint).toContain('install agenda again');
  await useLanguage('da');
  expect(toolFilesProblem({ root: undefined, from })!.hint).toContain('installer agenda igen');
  // The real checkout has its files: nothing to say.
  expect(toolFilesProblem()).toBeUndefined();
});

it('refuses a missing template file with an EnvironmentError that names it', () => {
  let caught: unknown;
  try {
    readToolFile('init', 'no-such-template.yaml');
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EnvironmentError);
  const [d] = (caught as EnvironmentError).diagnostics;
  expect(d.code).toBe('tool-files-missing');
  expect(d.file).toMatch(/templates[/\\]init[/\\]no-such-template\.yaml$/);
  expect(d.message).toContain('cannot be read');
});

it('says a word missing from templates/init/words as tool-files-missing, in the language spoken', async () => {
  await useLanguage('sv');
  let caught: unknown;
  try {
    fillTemplate('# {{out}}\nkey: {{nosuchword}}\n', { ...initWords('sv'), out: 'public' });
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(EnvironmentError);
  const [d] = (caught as EnvironmentError).diagnostics;
  expect(d.code).toBe('tool-files-missing');
  expect(d.message).toContain('saknar ordet nosuchword');
});

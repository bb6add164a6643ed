/**
 * Sources named by the words of Object.prototype (`constructor.md`,
 * `__proto__.md`, `toString.md` …): their outputs are names in the build
 * record, and a record kept in a plain object lost `__proto__` (the
 * assignment set the object's prototype) and found `constructor` "up to
 * date" where there was no entry.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/run.js';
import { envWith, source, tempDir } from './helpers.js';

const names = Object.getOwnPropertyNames(Object.prototype);

describe('sources named after the properties of Object.prototype', () => {
  it('are each built, recorded, listed in the index, and up to date the next time', { timeout: 120_000 }, async () => {
    const t = await tempDir('agenda-proto-');
    await mkdir(join(t, 'src'));
    for (const name of names) await writeFile(join(t, 'src', `${name}.md`), source({ title: `Samling ${name}` }));
    const args = ['build', join(t, 'src'), '-o', join(t, 'out'), '--no-pdf', '--today', '2020-01-01', '--format', 'json'];
    // Run from the sources' folder: without a config it is the output base, so the outputs are named as the sources.
    const first = await run(args, envWith(), join(t, 'src'));
    expect(first.code, first.stderr).toBe(0);
    const record = JSON.parse(await readFile(join(t, 'out', '.agenda-build.json'), 'utf8'));
    expect(Object.keys(record.outputs).sort()).toEqual([...names].sort());
    const index = await readFile(join(t, 'out', 'index.html'), 'utf8');
    for (const name of names) expect(index, name).toContain(`Samling ${name}`);
    const second = await run([...args.slice(0, -2), '--format', 'stylish'], envWith(), join(t, 'src'));
    expect(second.stdout + second.stderr).toContain(`${names.length} invitations: 0 built, ${names.length} up to date`);
  });
});

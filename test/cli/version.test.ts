/** `agenda --version`: the number alone on its first line, then the Node it runs on and the browser that would print. */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolVersion } from '../../src/base/tool-paths.js';
import { run } from './run.js';

const dir = await mkdtemp(join(tmpdir(), 'agenda-version-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('agenda --version', () => {
  it('names the version, the Node and the browser that would print', async () => {
    const chrome = join(dir, 'chrome');
    await writeFile(chrome, '#!/bin/sh\n');
    await chmod(chrome, 0o755);
    const r = await run(['--version'], { CHROME_PATH: chrome, LC_ALL: 'C.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${toolVersion}\nNode ${process.versions.node}\nbrowser: ${chrome} (found via CHROME_PATH)\n`);
  });

  it('says when no browser would print', async () => {
    const r = await run(['--version'], { CHROME_PATH: join(dir, 'nothing'), LC_ALL: 'C.UTF-8' });
    expect(r.stdout.split('\n')[2]).toBe('browser: none found (agenda browser install downloads one)');
  });
});

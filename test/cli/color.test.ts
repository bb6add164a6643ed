/** `--color auto|always|never` beside NO_COLOR and FORCE_COLOR: the flag wins, auto leaves them their say. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const dir = await mkdtemp(join(tmpdir(), 'agenda-color-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const file = join(dir, 'x.md');
await writeFile(file, '---\ntitel: Samling\ndate: 2030-03-05\n---\n');
const ESC = '\u001b[';

describe('--color', { timeout: 30_000 }, () => {
  it('always colours the report, even with NO_COLOR', async () => {
    const r = await run(['--color', 'always', 'check', file], { NO_COLOR: '1', LC_ALL: 'C.UTF-8' });
    expect(r.stdout).toContain(ESC);
  });
  it('never colours it, even with FORCE_COLOR', async () => {
    const r = await run(['check', file, '--color=never'], { FORCE_COLOR: '1', LC_ALL: 'C.UTF-8' });
    expect(r.stdout).not.toContain(ESC);
  });
  it('is refused with anything else, naming the choices', async () => {
    const r = await run(['--color', 'sometimes', 'check', file], { LC_ALL: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/auto, always, never/);
  });
});

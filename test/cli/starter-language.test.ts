/**
 * `agenda new` and `agenda init` without --language write the starter in
 * the language the tool speaks to its user (--lang, the locale), not in
 * bokmål whatever she reads: a Danish secretary's `agenda new` wrote a
 * Norwegian gathering, and said so in Danish.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { cleanEnv, tempDir } from './agenda.js';
import { run } from './run.js';

afterAll(() => useLanguage('en'));

const env = (locale: string) => cleanEnv({ LANG: locale, LC_ALL: '', LC_MESSAGES: '', SOURCE_DATE_EPOCH: '1700000000' });

describe('a starter without --language', () => {
  it('agenda new: in the locale’s language, and in --lang’s over it', async () => {
    const dir = await tempDir();
    const da = await run(['new', 'da.md'], env('da_DK.UTF-8'), dir);
    expect(da.code, da.stderr).toBe(0);
    expect(da.stdout).toContain('(da,');
    expect(await readFile(join(dir, 'da.md'), 'utf8')).toContain('language: da');
    const sv = await run(['new', 'sv.md', '--lang', 'sv'], env('da_DK.UTF-8'), dir);
    expect(sv.code, sv.stderr).toBe(0);
    expect(await readFile(join(dir, 'sv.md'), 'utf8')).toContain('language: sv');
    const asked = await run(['new', 'nn.md', '--language', 'nn', '--lang', 'sv'], env('da_DK.UTF-8'), dir);
    expect(asked.code, asked.stderr).toBe(0);
    expect(await readFile(join(dir, 'nn.md'), 'utf8')).toContain('language: nn');
  });

  it('agenda init: the first gathering in the locale’s language', async () => {
    const dir = await tempDir();
    const r = await run(['init', '.'], env('sv_SE.UTF-8'), dir);
    expect(r.code, r.stderr).toBe(0);
    const files = await readdir(join(dir, 'gatherings'));
    const text = await readFile(join(dir, 'gatherings', files[0]), 'utf8');
    expect(text).toContain('language: sv');
  });
});

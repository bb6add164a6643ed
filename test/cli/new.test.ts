/** `agenda new`: a starter that passes `agenda check` as it is, in every language and template; never over a file. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenda, cleanEnv, tempDir } from './agenda.js';

const languages = ['nb', 'nn', 'da', 'sv', 'en'];
const templates = ['timetable', 'welcome', 'network', 'phases'];

describe('agenda new', () => {
  it('writes a starter that checks clean in every language and template', async () => {
    const dir = await tempDir();
    const made = languages.flatMap((language) =>
      templates.map(async (template) => {
        const r = await agenda(['new', `${language}/${template}.md`, '--language', language, '--template', template], { cwd: dir });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain(`wrote ${language}/${template}.md`);
      }),
    );
    await Promise.all(made);
    const check = await agenda(['check', '.'], { cwd: dir });
    expect(check.stdout).toBe('20 files checked: 0 errors, 0 warnings\n');
    expect(check.code).toBe(0);
  }, 120_000);

  it('writes in the language asked for, with a break, lunch, a deadline and comments', async () => {
    const dir = await tempDir();
    await agenda(['new', 'a.md', '--language', 'nn'], { cwd: dir, env: cleanEnv({ SOURCE_DATE_EPOCH: '1700000000' }) });
    const text = await readFile(join(dir, 'a.md'), 'utf8');
    expect(text).toContain('language: nn');
    expect(text).toContain('template: timetable');
    expect(text).toMatch(/title: Pause\n\s+kind: break/);
    expect(text).toMatch(/title: Lunsj\n\s+kind: meal/);
    // 2023-11-14 + six weeks, moved to a Tuesday; the deadline two weeks before.
    expect(text).toMatch(/^date: 2023-12-26 +# dagen/m);
    expect(text).toMatch(/deadlines: +# fristar/);
    expect(text).toMatch(/- date: 2023-12-12\n\s+what: Påmelding/);
    expect(text).toContain('Velkomen!');
  });

  it('refuses to overwrite a file, and leaves it as it was', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'old.md'), 'mine\n');
    const r = await agenda(['new', 'old.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('agenda: old.md exists already; agenda new never overwrites a file (choose another name)\n');
    expect(await readFile(join(dir, 'old.md'), 'utf8')).toBe('mine\n');
  });

  it('refuses a template there is not, and a language it does not know', async () => {
    const dir = await tempDir();
    const t = await agenda(['new', 'a.md', '--template', 'poster'], { cwd: dir });
    expect(t.code).toBe(2);
    expect(t.stderr).toBe('agenda: there is no template "poster" (the templates are network, phases, timetable, welcome)\n');
    const l = await agenda(['new', 'a.md', '--language', 'de'], { cwd: dir });
    expect(l.code).toBe(2);
    expect(l.stderr).toContain("error: option '-l, --language <code>' argument 'de' is invalid");
  });
});

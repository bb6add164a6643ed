import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/main.js';
import { run } from './run.js';

const root = join(import.meta.dirname, '..', '..');
const bad = join(root, 'test', 'fixtures', 'parse', 'key-unknown', 'input.md');

describe('agenda check', () => {
  it('passes the examples with nothing printed but a summary', async () => {
    const r = await run(['check', join(root, 'examples')], {}, join(root, 'examples'));
    expect(r.stdout).toBe('8 files checked: 0 errors, 0 warnings\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('exits 1 on errors in a source and names file, line and column', async () => {
    const r = await run(['check', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(bad);
    expect(r.stdout).toMatch(/4:1-4:5 +error +Unknown key "venu" +key-unknown/);
    expect(r.stdout).toContain('did you mean "venue"?');
  });

  it('checks the templates --templates names, as build uses them, with no config in the folder', async () => {
    // build took --templates and check did not, and without a config no template was checked at all: check said 0 errors, build failed.
    const dir = mkdtempSync(join(tmpdir(), 'agenda-check-templates-'));
    mkdirSync(join(dir, 'maler'));
    writeFileSync(join(dir, 'maler', 'welcome.hbs'), '<p>{{nosuchhelper title}}</p>\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: Samling\ndate: 2030-03-05\ntemplate: welcome\n---\n');
    const r = await run(['check', join(dir, 'a.md'), '--templates', 'maler'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/maler\/welcome\.hbs\n\s+1:4 +error +The template calls the helper "nosuchhelper"/);
  });

  it('does not read a config that is a link to a file outside its folder, and says so', async () => {
    // A repository can commit agenda.config.yaml as a link to a secret; its values would be quoted in the findings.
    const dir = mkdtempSync(join(tmpdir(), 'agenda-check-link-'));
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'secret.yml'), 'messages: AKIA_SECRET789\n');
    symlinkSync(join(dir, 'secret.yml'), join(dir, 'p', 'agenda.config.yaml'));
    writeFileSync(join(dir, 'p', 'a.md'), '---\ntitle: Samling\ndate: 2030-03-05\n---\n');
    const r = await run(['check', join(dir, 'p')], {}, join(dir, 'p'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('agenda.config.yaml is a link to');
    expect(r.stdout + r.stderr).not.toContain('AKIA_SECRET789');
    // A link inside the folder is read as the config.
    const inside = join(dir, 'q');
    mkdirSync(join(inside, 'settings'), { recursive: true });
    writeFileSync(join(inside, 'settings', 'agenda.yaml'), 'messages: nb\n');
    symlinkSync(join(inside, 'settings', 'agenda.yaml'), join(inside, 'agenda.config.yaml'));
    writeFileSync(join(inside, 'a.md'), '---\ntitle: Samling\ndate: 2030-03-05\n---\n');
    const ok = await run(['check', inside], {}, inside);
    expect(ok.stdout).toBe('1 fil sjekket: 0 feil, 0 advarsler\n');
  });

  it('says when the config of the folder named is not the one used, and which is', async () => {
    // The config is looked for from the working folder: run beside a project, its agenda.config.yaml was silently unread.
    const dir = mkdtempSync(join(tmpdir(), 'agenda-check-unused-'));
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p', 'agenda.config.yaml'), 'rules:\n  gap: error\n');
    writeFileSync(join(dir, 'p', 'a.md'), '---\ntitle: Samling\ndate: 2030-03-05\n---\n');
    const beside = await run(['check', join(dir, 'p')], {}, dir);
    expect(beside.stderr).toBe(
      `agenda: ${join(dir, 'p', 'agenda.config.yaml').slice(dir.length + 1)} is not used: the config is looked for from the working folder (where there is none); run agenda in that folder, or name it with --config\n`,
    );
    expect((await run(['check', join(dir, 'p')], {}, join(dir, 'p'))).stderr).toBe('');
    expect((await run(['check', join(dir, 'p'), '--config', join(dir, 'p', 'agenda.config.yaml')], {}, dir)).stderr).toBe('');
  });

  it('prints JSON for tools', async () => {
    const r = await run(['check', '--format', 'json', bad]);
    const list = JSON.parse(r.stdout);
    expect(list[0]).toMatchObject({ file: bad, line: 4, column: 1, severity: 'error', code: 'key-unknown', hint: 'did you mean "venue"?' });
    expect(list[0].docs).toBe('docs/format.md#diagnostics-when-a-file-cannot-be-read');
    expect(r.code).toBe(1);
  });

  it('prints GitHub Actions annotations', async () => {
    const r = await run(['check', '--format', 'github', bad]);
    expect(r.stdout.split('\n')[0]).toBe(
      `::error file=${bad},line=4,col=1,endLine=4,endColumn=5,title=key-unknown::Unknown key "venu"%0Adid you mean "venue"?%0Asee docs/format.md#diagnostics-when-a-file-cannot-be-read`,
    );
  });

  it('prints one file:line:column line per finding for vim, Emacs and problem matchers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-unix-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, '---\ntitle: Samling\ndate: 2020-01-28\nvenu: Oslo\n"a\\nb": 1\n---\n');
    const r = await run(['check', '--format', 'unix', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${file}:4:1: error: Unknown key "venu" [key-unknown]\n` + `${file}:5:1: error: Unknown key "a\\nb" [key-unknown]\n`);
  });

  it('names why a config file named cannot be read, in words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-check-config-'));
    mkdirSync(join(dir, 'mappe.yaml'));
    const missing = await run(['check', join(root, 'examples'), '--config', join(dir, 'borte.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`agenda: cannot read the config file ${join(dir, 'borte.yaml')}: the file does not exist\n`);
    const folder = await run(['check', join(root, 'examples'), '--config', join(dir, 'mappe.yaml')]);
    expect(folder.stderr).toBe(`agenda: cannot read the config file ${join(dir, 'mappe.yaml')}: it is a folder, not a file\n`);
  });

  it('exits 2 on a path that does not exist, without a stack trace', async () => {
    const r = await run(['check', join(root, 'no-such-folder')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^agenda: cannot read .*no-such-folder: no such file or folder\n$/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['check', '--format', 'xml', bad])).code).toBe(2);
    expect((await run(['--no-such-option'])).code).toBe(2);
    expect((await run(['check', '--max-warnings', 'many', bad])).code).toBe(2);
  });

  it('exits 0 for --help and explains every option', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--max-warnings', '--today', '--config']) expect(r.stdout).toContain(flag);
  });

  it('skips README.md in a folder but reads every other .md below it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-check-'));
    writeFileSync(join(dir, 'README.md'), '# Not a gathering\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ndate: 2020-01-28\n---\n');
    const r = await run(['check', dir]);
    expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
  });

  it('reports an error in the project config at its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-config-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), 'rules:\n  gaps: warning\nbrandig: {}\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ndate: 2020-01-28\n---\n');
    const r = await run(['check', '--today', '2020-01-01', dir], {}, dir);
    expect(r.stdout).toMatch(/3:1-3:8 +error +Unknown key "brandig" +key-unknown/);
    expect(r.stdout).toContain('did you mean "branding"?');
    expect(r.code).toBe(1);
  });
});

describe('agenda check: encodings', () => {
  it('exits 1 on a Latin-1 source and a Latin-1 config, naming the byte and its place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-latin1-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), Buffer.from('branding:\n  organisation: Årsmøte\n', 'latin1'));
    writeFileSync(join(dir, 'a.md'), Buffer.from('---\ntitle: Møte\ndate: 2020-01-28\n---\n', 'latin1'));
    const r = await run(['check', '--today', '2020-01-01', dir], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:17-2:18 +error +The file is not UTF-8: byte 0xC5 at 2:17 \("  organisation: Årsmøte"\)/);
    expect(r.stdout).toMatch(/2:9-2:10 +error +The file is not UTF-8: byte 0xF8 at 2:9 \("title: Møte"\) +encoding-invalid/);
    expect(r.stdout).toContain('save it as UTF-8');
  });
});

describe('agenda check: names in the project config', () => {
  it('reports a misspelt rule id at its key, with the nearest id, as in front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-config-rules-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), 'rules:\n  gaps: warning\n  date-passt: off\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ndate: 2020-01-28\nrules:\n  gapz: off\n---\n');
    const r = await run(['check', '--today', '2020-01-01', dir], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/agenda\.config\.yaml\n +3:3-3:13 +error +Unknown rule "date-passt" in rules +rule-unknown\n +hint: did you mean "date-past"\?/);
    expect(r.stdout).toMatch(/a\.md\n +5:3-5:7 +error +Unknown rule "gapz" in rules +rule-unknown/);
  });

  it('reports a template: that names no template, built-in or in the templates folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-config-template-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), 'template: timetabel\n');
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ndate: 2020-01-28\n---\n');
    const r = await run(['check', '--today', '2020-01-01', dir], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1:11-1:20 +error +There is no template "timetabel" +template-unknown\n +hint: did you mean "timetable"\?/);

    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'board.hbs'), '');
    writeFileSync(join(dir, 'agenda.config.yaml'), 'template: board\ntemplates: tpl\n');
    const ok = await run(['check', '--today', '2020-01-01', dir], {}, dir);
    expect(ok.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(ok.code).toBe(0);
  });
});

describe('agenda check: what it is pointed at', () => {
  it('exits 2 on a folder with no .md sources, so a CI job pointed at the wrong folder fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-empty-'));
    writeFileSync(join(dir, 'README.md'), '# Not a gathering\n');
    writeFileSync(join(dir, 'notes.txt'), 'nothing\n');
    const r = await run(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`agenda: no .md sources in ${dir}\n`);
  });

  it.skipIf(process.platform === 'win32')('skips a FIFO in a folder and refuses one named, instead of hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-fifo-'));
    writeFileSync(join(dir, 'a.md'), '---\ntitle: A\ndate: 2020-01-28\n---\n');
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const r = await run(['check', '--today', '2020-01-01', dir]);
    expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
    const named = await run(['check', join(dir, 'pipe.md')]);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(`agenda: cannot read ${join(dir, 'pipe.md')}: not a file or folder\n`);
  });
});

describe('--today', () => {
  it('refuses a date not written YYYY-MM-DD, with usage exit 2 and the date as it should be written', async () => {
    const r = await run(['check', '--today', '28.01.2020', 'examples']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"28.01.2020" is not written as YYYY-MM-DD: write 2020-01-28');
    expect(r.stderr).not.toContain("gathering's date");
  });

  it('says what is wrong once, and a reason after a full stop as a sentence of its own', async () => {
    const r = await run(['check', '--today', 'igår', '--lang', 'nb', 'examples']);
    expect(r.stderr).toContain('«igår» er ikke skrevet som ÅÅÅÅ-MM-DD\n');
    const n = await run(['check', '--max-warnings', 'abc', '--lang', 'nb', 'examples']);
    expect(n.stderr).toContain('kan ikke være «abc». Skriv et helt tall');
  });
});

describe('colour in the report', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, true],
    [{ FORCE_COLOR: '0' }, false, false],
    [{ FORCE_COLOR: 'false', NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('env %j on a terminal: %s → colour %s', (env, tty, expected) => {
    expect(wantsColor(env, tty)).toBe(expected);
  });
});

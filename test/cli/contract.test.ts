/**
 * `check` is the contract: every code `build` can raise about the sources
 * or the config, `check` raises on the same input, at its place. Each case
 * runs both commands on one temporary project; the last test holds the
 * list of cases to the catalogue, so a new code of those stages needs one.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes } from '../../src/base/diagnostics/codes.js';
import { envWith, png, project, source, tempDir } from '../drivers/build/helpers.js';
import { run } from './run.js';

interface Case {
  /** The project's files. */
  files: Record<string, string | Uint8Array>;
  /** Folders made after the files. */
  folders?: string[];
  /** `file:line:column` of the finding, the file relative to the project. */
  at: string;
  message: RegExp;
  /** Links made after the folders: link path → target, both relative to the project (an absolute target as it is). */
  links?: Record<string, string>;
  /** The exit code of both commands (1 unless the finding is a warning). */
  exit?: number;
}

const config = (logo: string) => `branding:\n  organisation: Testkommune\n  logo: ${logo}\n`;

const cases: Record<string, Case[]> = {
  'timezone-unknown': [{ files: { 'a.md': source({ title: 'Alfa', extra: 'timezone: Europe/Olso\n' }) }, at: 'a.md:8:11', message: /"Europe\/Olso" is not a time zone/ }],
  'logo-unreadable': [
    { files: { 'agenda.config.yaml': config('mangler.png'), 'a.md': source({ title: 'Alfa' }) }, at: 'agenda.config.yaml:3:9', message: /logo mangler\.png cannot be read/ },
    { files: { 'agenda.config.yaml': config('bilder'), 'a.md': source({ title: 'Alfa' }) }, folders: ['bilder'], at: 'agenda.config.yaml:3:9', message: /bilder is a folder/ },
    { files: { 'agenda.config.yaml': config('/etc/hostname'), 'a.md': source({ title: 'Alfa' }) }, at: 'agenda.config.yaml:3:9', message: /outside the project/ },
  ],
  'accent-contrast': [
    {
      files: { 'agenda.config.yaml': "branding:\n  accent: '#ffcc00'\n", 'a.md': source({ title: 'Alfa' }) },
      at: 'agenda.config.yaml:2:11',
      message: /#ffcc00 is too pale for text: 1\.4:1 .* use #856a00/,
      exit: 0,
    },
  ],
  'image-unreadable': [
    { files: { 'a.md': source({ title: 'Alfa', body: 'Kart: ![Kart](kart.png)' }) }, at: 'a.md:17:7', message: /kart\.png cannot be read/ },
    { files: { 'a.md': source({ title: 'Alfa', body: 'Kart: ![Kart](Kart.PNG)' }), 'kart.png': png(1, 2, 3) }, at: 'a.md:17:7', message: /Kart\.PNG cannot be read/ },
    { files: { 'a.md': source({ title: 'Alfa', body: '![Vert](../../../../etc/hostname)' }) }, at: 'a.md:17:1', message: /outside the project|cannot be read/ },
  ],
  'output-reserved': [{ files: { 'index.md': source({ title: 'Alfa' }) }, at: 'index.md:1:1', message: /would be written as index\.\*/ }],
  'output-clash': [{ files: { 'b.md': source({ title: 'Alfa' }), 'B.md': source({ title: 'Beta' }) }, at: 'b.md:1:1', message: /would both be written as b\.\*/ }],
  'template-invalid': [
    {
      files: { 'agenda.config.yaml': 'templates: maler\n', 'maler/timetable.hbs': '<p>\n{{#if title}}\n</p>\n', 'a.md': source({ title: 'Alfa' }) },
      at: 'maler/timetable.hbs:4:1',
      message: /cannot be compiled/,
    },
    {
      files: { 'agenda.config.yaml': 'templates: maler\n', 'a.md': source({ title: 'Alfa' }) },
      folders: ['maler'],
      links: { 'maler/base.css': '/etc/hostname' },
      at: 'maler/base.css:null:null',
      message: /is a link to \/etc\/hostname, outside the project folder/,
    },
    {
      files: { 'agenda.config.yaml': 'templates: maler\n', 'maler/timetable.hbs': '<p>\n{{> nosuchpartial}}\n</p>\n', 'a.md': source({ title: 'Alfa' }) },
      at: 'maler/timetable.hbs:2:1',
      message: /calls the partial "nosuchpartial", which does not exist/,
    },
  ],
  'template-raw': [
    {
      files: { 'agenda.config.yaml': 'templates: maler\n', 'maler/timetable.hbs': '{{#> layout}}\n<h1>{{{title}}}</h1>\n{{/layout}}\n', 'a.md': source({ title: 'Alfa' }) },
      at: 'maler/timetable.hbs:2:5',
      message: /\{\{\{title\}\}\} would print the text of a source as markup/,
      exit: 0,
    },
  ],
  'config-too-large': [
    {
      files: { 'agenda.config.yaml': '# note\n'.repeat(2001), 'a.md': source({ title: 'Alfa' }) },
      at: 'agenda.config.yaml:1:1',
      message: /The config has 2,002 lines; at most 2,000 can be read/,
    },
  ],
  'findings-capped': [
    {
      files: { 'a.md': `---\ntitle: Alfa\ndate: 2020-03-02\nprogramme:\n${Array.from({ length: 60 }, (_, i) => `  - time: 09.00–10.00\n    title: P${i}\n`).join('')}---\n` },
      at: 'a.md:123:11',
      message: /130 more findings in this file not shown \(130 errors, 0 warnings\)/,
    },
  ],
  'source-link-skipped': [
    {
      files: { 'a.md': source({ title: 'Alfa' }) },
      links: { 'b.md': '/etc/hostname.md' },
      at: 'b.md:null:null',
      message: /b\.md is a symbolic link that points to nothing/,
      exit: 0,
    },
  ],
};

async function setUp(c: Case): Promise<string> {
  const dir = await project({});
  for (const [name, content] of Object.entries(c.files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  for (const name of c.folders ?? []) await mkdir(join(dir, name));
  for (const [name, target] of Object.entries(c.links ?? {})) await symlink(target.startsWith('/') ? target : join(dir, target), join(dir, name));
  return dir;
}

describe('check reports what build would refuse, at its place', { timeout: 60_000 }, () => {
  for (const [code, list] of Object.entries(cases)) {
    list.forEach((c, i) => {
      it(`${code} (${i + 1})`, async () => {
        const dir = await setUp(c);
        const check = await run(['check', dir, '--format', 'json', '--today', '2020-01-01'], envWith(), dir);
        expect(check.code).toBe(c.exit ?? 1);
        const found = (JSON.parse(check.stdout) as { file: string; line: number; column: number; code: string; message: string }[]).filter((d) => d.code === code);
        expect(found.map((d) => `${d.file.startsWith('/') ? d.file.slice(dir.length + 1) : d.file.replace(/^\.\//, '')}:${d.line}:${d.column}`)).toContain(c.at);
        expect(found.some((d) => c.message.test(d.message))).toBe(true);
        const out = await tempDir('agenda-contract-out-');
        const built = await run(['build', dir, '--out', out, '--no-pdf', '--format', 'json', '--today', '2020-01-01'], envWith(), dir);
        expect(built.code).toBe(c.exit ?? 1);
        expect(built.stderr).not.toMatch(/internal error/);
        expect((JSON.parse(built.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toContain(code);
      });
    });
  }

  it('has a case for every code of the config and the project', () => {
    // Besides the catalogue's config and project codes, the rule codes whose failure would otherwise come at render time.
    const needed = [
      ...Object.entries(codes)
        .filter(([, info]) => info.stage === 'config' || info.stage === 'project')
        .map(([code]) => code),
      'timezone-unknown',
      'image-unreadable',
    ];
    expect(Object.keys(cases).sort()).toEqual(needed.sort());
  });
});

/**
 * `--help` and commander's own words in the language spoken: the titles,
 * the descriptions, the placeholders, what commander adds (default,
 * choices) and its errors; `--lang en` keeps today's English.
 */
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const commands = ['', 'check', 'build', 'watch', 'preview', 'schema', 'lsp', 'new', 'init', 'doctor', 'browser', 'browser install', 'completion', 'explain'];

/** Words a translation keeps: names, codes, flags' values, formats. */
const kept = new Set(
  'agenda chrome chromium markdown html json github unix stylish schema index source_date_epoch yaml config testing headless ctrl stdin stdout language server protocol https storage googleapis public sandbox format check build watch preview doctor browser install root container invitation over front matter version node help messages init gitignore actions code timetable auto always never terminal bash fish powershell completion pages explain overlap overlaps'.split(
    ' ',
  ),
);

/** The words of a help text a person reads: flags, quoted values and file names left out. */
function words(text: string): Set<string> {
  const prose = text
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(/(^|\s)-{1,2}[\w-]+/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\S+\.(?:md|yaml|html|ics|json)\b/g, ' ')
    .toLowerCase();
  return new Set((prose.match(/\p{L}{4,}/gu) ?? []).filter((w) => !kept.has(w)));
}

describe('--help in the language spoken', () => {
  for (const language of ['nb', 'nn', 'da', 'sv']) {
    it(`${language}: leaves no English word in the help of each command`, async () => {
      for (const command of commands) {
        const args = [...command.split(' ').filter(Boolean), '--help'];
        const english = await run(['--lang', 'en', ...args]);
        const said = await run(['--lang', language, ...args]);
        expect(said.code).toBe(0);
        const left = [...words(said.stdout)].filter((w) => words(english.stdout).has(w));
        expect(left, `${language} ${command}`).toEqual([]);
      }
    });
  }

  it('speaks the titles, placeholders and what commander adds in bokmål', async () => {
    const r = await run(['--lang', 'nb', 'build', '--help']);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout).toMatch(/^Bruk: agenda build \[valg\] \[kilder\.\.\.\]\n/);
    expect(r.stdout).toContain('\nArgumenter:\n');
    expect(r.stdout).toContain('\nValg:\n');
    expect(flat).toMatch(/-o, --out <mappe> mappen invitasjonene lages i \(standard: "out"\)/);
    expect(flat).toContain('(mulige verdier: "stylish", "json", "github", "unix", standard: "stylish")');
    expect(flat).toMatch(/-h, --help vis hjelp for kommandoen/);
  });

  it('keeps the English of today with --lang en', async () => {
    const r = await run(['--lang', 'en', 'build', '--help'], { LANG: 'nb_NO.UTF-8' });
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(r.stdout).toMatch(/^Usage: agenda build \[options\] \[paths\.\.\.\]\n/);
    expect(flat).toMatch(/-o, --out <dir> output folder \(default: "out"\)/);
    expect(flat).toContain('(choices: "stylish", "json", "github", "unix", default: "stylish")');
    expect(flat).toMatch(/-h, --help display help for command/);
  });
});

describe("commander's errors in the language spoken", () => {
  it('says an unknown option, with the suggestion, in bokmål', async () => {
    const r = await run(['--lang', 'nb', 'check', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('feil: ukjent valg «--formt»\n(Mente du --format?)\n(skriv agenda --help for å se hvordan den brukes)\n');
  });

  it('says a value not among the choices, one our reader refuses, and an unknown command', async () => {
    expect((await run(['--lang', 'sv', 'check', '-f', 'foo'])).stderr).toContain(
      'fel: flaggan ”-f, --format <format>” kan inte vara ”foo”. Möjliga värden är stylish, json, github, unix.\n',
    );
    expect((await run(['--lang', 'da', 'build', '--concurrency', '0'])).stderr).toContain('fejl: tilvalget »--concurrency <n>« kan ikke være »0«. Skriv 1 eller mere\n');
    expect((await run(['--lang', 'nn', 'chek'])).stderr).toContain('feil: ukjent kommando «chek»\n(Meinte du check?)\n');
    expect((await run(['--lang', 'nb', 'build', '-o'])).stderr).toContain('feil: valget «-o, --out <mappe>» mangler en verdi\n');
    expect((await run(['--lang', 'da', 'schema', 'x'])).stderr).toContain('fejl: for mange argumenter til »schema«: den tager 0, men fik 1.\n');
  });

  it('keeps the English of today with --lang en', async () => {
    const r = await run(['--lang', 'en', 'check', '--formt', 'json'], { LANG: 'sv_SE.UTF-8' });
    expect(r.stderr).toBe("error: unknown option '--formt'\n(Did you mean --format?)\n(run agenda --help for usage)\n");
    expect((await run(['--lang', 'en', 'check', '-f', 'foo'])).stderr).toContain(
      "error: option '-f, --format <format>' argument 'foo' is invalid. Allowed choices are stylish, json, github, unix.\n",
    );
  });
});

/**
 * `agenda init`: a sources repository that checks clean at once, whose
 * workflow's own `run:` steps pass in it, whose VS Code problem matcher reads
 * `agenda check --format unix`, and which is never overwritten.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { agenda, cleanEnv, shimPath, tempDir } from './agenda.js';

const sh = promisify(execFile);
const made = ['agenda.config.yaml', '.agenda/config.schema.json', 'gatherings/first-gathering.md', '.gitignore', '.github/workflows/agenda.yml', '.vscode/tasks.json'];

describe('agenda init', () => {
  it('makes a repository that checks clean, says what it made, and keeps what is there', async () => {
    const dir = await tempDir();
    const r = await agenda(['init', 'repo', '--language', 'sv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('made'))).toEqual(made.map((f) => `made  repo/${f}`));
    const repo = join(dir, 'repo');
    expect(await readFile(join(repo, 'agenda.config.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.agenda\/config\.schema\.json\n/);
    expect(JSON.parse(await readFile(join(repo, '.agenda/config.schema.json'), 'utf8')).properties.sources.type).toBe('array');
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toContain('/public/');
    expect(await readFile(join(repo, 'gatherings/first-gathering.md'), 'utf8')).toContain('language: sv');

    // A note beside the gatherings is not a source: the config's `sources` says which files are.
    await writeFile(join(repo, 'minutes.md'), '# Minutes of the last meeting\n');
    const check = await agenda(['check'], { cwd: repo });
    expect(check.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(check.code).toBe(0);

    await writeFile(join(repo, '.gitignore'), 'mine\n');
    const again = await agenda(['init'], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('kept  .gitignore (it exists; not overwritten)');
    expect(again.stdout).toContain('Nothing to make: every file is there already.');
    expect(await readFile(join(repo, '.gitignore'), 'utf8')).toBe('mine\n');
  }, 60_000);

  it("runs the workflow's own run steps in the new repository, and they pass", async () => {
    const repo = await tempDir();
    await agenda(['init'], { cwd: repo });
    const env = cleanEnv({ PATH: await shimPath(), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' });
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-qm', 'Start'],
    ])
      await sh('git', args, { cwd: repo, env });
    const workflow = parse(await readFile(join(repo, '.github/workflows/agenda.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    // The steps that install agenda (npm) are left out: the shim on PATH is this checkout's agenda.
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.run && s.name !== 'Install agenda'));
    expect(steps.map((s) => s.name)).toEqual(['Check the gatherings', 'Count the gatherings', 'Build the invitations', 'Make the index and the calendars of every shard']);
    const outputs = join(await tempDir(), 'github-output');
    await writeFile(outputs, '');
    const stepEnv = { ...env, GITHUB_OUTPUT: outputs, SOURCES_PER_SHARD: '50' };
    for (const step of steps) {
      const given = Object.fromEntries(
        (await readFile(outputs, 'utf8'))
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('=') as [string, string]),
      );
      const script = step.run!.replace(/\$\{\{ matrix\.shard \}\}/g, '1').replace(/\$\{\{ needs\.plan\.outputs\.count \}\}/g, given.count ?? '');
      const ran = await sh('bash', ['-e', '-c', script], { cwd: repo, env: stepEnv }).catch((e) => e);
      expect(ran.code ?? 0, `${script}\n${ran.stdout}${ran.stderr}`).toBe(0);
    }
    expect(await readFile(outputs, 'utf8')).toBe('count=1\nshards=[1]\n');
    // The config's sources start at gatherings/: outputs are named from there (README, "Where the outputs go").
    const pdf = await readFile(join(repo, 'public', 'first-gathering.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(repo, 'public', 'index.html'), 'utf8')).toContain('first-gathering.html');
  }, 120_000);

  it('gives VS Code a problem matcher that reads agenda check --format unix', async () => {
    const repo = await tempDir();
    await agenda(['init'], { cwd: repo });
    const tasks = JSON.parse(await readFile(join(repo, '.vscode/tasks.json'), 'utf8'));
    const check = tasks.tasks.find((t: { label: string }) => t.label === 'agenda: check');
    expect(check.command).toBe('agenda check --format unix');
    const { regexp, file, line, column, severity, message, code } = check.problemMatcher.pattern;
    const m = new RegExp(regexp).exec('gatherings/mars 2026.md:44:15: error: Session 3 of Gruppe 1 is dated 20.03.2109 [date-implausible]')!;
    expect([m[file], m[line], m[column], m[severity], m[message], m[code]]).toEqual([
      'gatherings/mars 2026.md',
      '44',
      '15',
      'error',
      'Session 3 of Gruppe 1 is dated 20.03.2109',
      'date-implausible',
    ]);
    expect(check.problemMatcher.fileLocation).toEqual(['relative', '${workspaceFolder}']);
  });

  it('makes no file where one cannot be written, and says so', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'repo'));
    await writeFile(join(dir, 'repo', '.github'), 'a file where the folder would go\n');
    const r = await agenda(['init', 'repo'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The folder repo/.github/workflows cannot be made: a file is in the way, where a folder should be  write-failed');
  });
});

/**
 * Which files are sources: the config's `sources` and `exclude` globs choose
 * among the .md files a folder scan finds (README-like notes are skipped
 * anyway); `agenda check --changed [REF]` checks only those changed since a
 * git ref, untracked ones included.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { agenda, cleanEnv, root, shimPath, tempDir } from './agenda.js';

const sh = promisify(execFile);
const gitEnv = cleanEnv({ GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' });
const good = (title: string) => `---\ntitle: ${title}\ndate: 2030-03-05\nvenue: Rådhuset\n---\n`;
const bad = '---\ntitel: Samling\ndate: 2030-03-05\n---\n';

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('agenda-sources-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const checked = (stdout: string) => [...stdout.matchAll(/^(\S+\.md)$/gm)].map((m) => m[1]);

describe('sources and exclude', () => {
  it('checks only the files the globs choose; README-like notes stay skipped', async () => {
    const dir = await repo({
      'agenda.config.yaml': 'sources: ["gatherings/**/*.md"]\nexclude: ["gatherings/drafts/**"]\n',
      'gatherings/2030/mars.md': good('Mars'),
      'gatherings/README.md': bad,
      'gatherings/drafts/idea.md': bad,
      'minutes/2030-01.md': bad,
      'notes.md': bad,
    });
    const r = await agenda(['check'], { cwd: dir });
    expect(r.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    expect(r.code).toBe(0);
    // The globs are relative to the config's folder, also when checking from below it.
    const below = await agenda(['check', '.'], { cwd: join(dir, 'gatherings') });
    expect(below.stdout).toBe('1 file checked: 0 errors, 0 warnings\n');
    // The build makes the same choice.
    const built = await agenda(['build', '--no-pdf', '-o', 'out'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout).toContain('1 invitation: 1 built');
    // A file named on the command line is read whatever the globs say.
    const named = await agenda(['check', 'notes.md'], { cwd: dir });
    expect(named.code).toBe(1);
  });

  it('without the setting, every .md is a source except README-like notes', async () => {
    const dir = await repo({ 'a.md': good('A'), 'notes.md': bad, 'README.md': bad, 'CHANGELOG.md': bad });
    const r = await agenda(['check'], { cwd: dir });
    expect(checked(r.stdout)).toEqual(['notes.md']);
    expect(r.stdout).toContain('2 files checked: 2 errors');
  });

  it('says so when the globs leave nothing, and names the config file relative to the working folder', async () => {
    const dir = await repo({ 'agenda.config.yaml': 'sources: ["gatherings/*.md"]\n', 'a.md': good('A') });
    await mkdir(join(dir, 'sub'));
    const r = await agenda(['check', '..'], { cwd: join(dir, 'sub') });
    expect(r.stderr).toBe("agenda: no .md sources in .. (the config's sources and exclude choose among them)\n");
    expect(r.code).toBe(2);
    await writeFile(join(dir, 'agenda.config.yaml'), 'sources: ["*.md"]\nexclude: "x"\n');
    const a = await agenda(['check', '../a.md', '--format', 'github'], { cwd: join(dir, 'sub') });
    expect(a.stdout).toMatch(/^::error file=\.\.\/agenda\.config\.yaml,line=2/m);
  });
});

describe('check --changed', () => {
  it('checks the sources changed since HEAD, staged, unstaged or untracked, and all of them when the config changed', async () => {
    const dir = await repo({ 'agenda.config.yaml': 'rules: { gap: warning }\n', 'a.md': good('A'), 'b.md': good('B'), 'c.md': good('C') });
    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-qm', 'Start'],
    ])
      await sh('git', args, { cwd: dir, env: gitEnv });

    const none = await agenda(['check', '--changed'], { cwd: dir });
    expect(none.stderr).toBe('agenda: no sources changed since HEAD\n');
    expect(none.stdout).toBe('0 files checked: 0 errors, 0 warnings\n');
    expect(none.code).toBe(0);
    const nb = await agenda(['check', '--changed', '--lang', 'nb'], { cwd: dir });
    expect(nb.stderr).toBe('agenda: ingen kilder er endret siden HEAD\n');

    await writeFile(join(dir, 'a.md'), bad);
    await writeFile(join(dir, 'b.md'), bad);
    await sh('git', ['add', 'b.md'], { cwd: dir });
    await writeFile(join(dir, 'new.md'), bad);
    const some = await agenda(['check', '--changed'], { cwd: dir });
    expect(checked(some.stdout)).toEqual(['a.md', 'b.md', 'new.md']);
    expect(some.code).toBe(1);

    await sh('git', ['add', '-A'], { cwd: dir });
    await sh('git', ['commit', '-qm', 'Break'], { cwd: dir, env: gitEnv });
    // Since a ref further back: what the last commit changed.
    const since = await agenda(['check', '--changed', 'HEAD~1', 'a.md', 'c.md'], { cwd: dir });
    expect(checked(since.stdout)).toEqual(['a.md']);
    // A path right after --changed is a path, not a ref: since HEAD, below it.
    await writeFile(join(dir, 'c.md'), bad);
    const named = await agenda(['check', '--changed', 'c.md'], { cwd: dir });
    expect(named.stderr).toBe('');
    expect(checked(named.stdout)).toEqual(['c.md']);
    await writeFile(join(dir, 'c.md'), good('C'));

    await writeFile(join(dir, 'agenda.config.yaml'), 'rules: { gap: error }\n');
    const all = await agenda(['check', '--changed'], { cwd: dir });
    expect(all.stderr).toBe('agenda: the config changed since HEAD: checking every source\n');
    expect(all.stdout).toContain('4 files checked');
    const sv = await agenda(['check', '--changed', '--lang', 'sv'], { cwd: dir });
    expect(sv.stderr).toBe('agenda: inställningarna har ändrats sedan HEAD: alla källfiler kontrolleras\n');
  });

  it('outside a git repository, or with a ref git does not know, says so (exit 2)', async () => {
    const dir = await repo({ 'a.md': good('A') });
    const r = await agenda(['check', '--changed'], { cwd: dir, env: cleanEnv({ GIT_CEILING_DIRECTORIES: dirname(dir) }) });
    expect(r.code).toBe(2);
    // In the user's words, not git's English ("fatal: not a git repository").
    expect(r.stderr).toMatch(/^agenda: --changed HEAD: this folder is not in a git repository/);
    const sv = await agenda(['check', '--changed', '--lang', 'sv'], { cwd: dir, env: cleanEnv({ GIT_CEILING_DIRECTORIES: dirname(dir) }) });
    expect(sv.stderr).toMatch(/^agenda: --changed HEAD: den här mappen ligger inte i ett git-förråd/);
    expect(sv.stderr).not.toMatch(/fatal|repository/);

    for (const args of [
      ['init', '-q'],
      ['add', '-A'],
      ['commit', '-qm', 'Start'],
    ])
      await sh('git', args, { cwd: dir, env: gitEnv });
    const unknown = await agenda(['check', '--changed', 'mian'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('agenda: --changed mian: git knows no branch, tag or commit called mian\n');
  });
});

describe('the git pre-commit hook (hooks/pre-commit)', () => {
  it('refuses a commit whose changed sources have errors, and lets a clean one through', async () => {
    const dir = await repo({ 'a.md': good('A') });
    const env = { ...gitEnv, PATH: await shimPath() };
    await sh('git', ['init', '-q'], { cwd: dir, env });
    await copyFile(join(root, 'hooks', 'pre-commit'), join(dir, '.git', 'hooks', 'pre-commit'));
    await sh('git', ['add', '-A'], { cwd: dir, env });
    await sh('git', ['commit', '-qm', 'Start'], { cwd: dir, env });
    await writeFile(join(dir, 'b.md'), bad);
    await sh('git', ['add', '-A'], { cwd: dir, env });
    const refused = await sh('git', ['commit', '-qm', 'Bad'], { cwd: dir, env }).catch((e) => e);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('Unknown key "titel"');
    await writeFile(join(dir, 'b.md'), good('B'));
    await sh('git', ['add', '-A'], { cwd: dir, env });
    await sh('git', ['commit', '-qm', 'Good'], { cwd: dir, env });
    expect((await sh('git', ['log', '--format=%s'], { cwd: dir, env })).stdout).toBe('Good\nStart\n');
  });
});

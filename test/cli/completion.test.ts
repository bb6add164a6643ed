/**
 * `agenda completion`: scripts made from the program's own commands and
 * options. bash runs here (its completion function is called as bash
 * would); zsh, fish and PowerShell are not installed here, so their
 * scripts are checked to hold every command and option.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { describeProgram } from '../../src/cli/completion.js';
import { run } from './run.js';

const sh = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'agenda-completion-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const program = buildProgram({ stdout: () => undefined, stderr: () => undefined, env: {}, color: false, cwd: dir }, () => undefined);
const { commands, global } = describeProgram(program);
const script = async (shell: string) => (await run(['completion', shell], { LC_ALL: 'C.UTF-8' })).stdout;

/** What bash offers for the words typed (the last one being completed). */
async function bashOffers(words: string[]): Promise<string[]> {
  const file = join(dir, 'agenda.bash');
  await writeFile(file, await script('bash'));
  const list = words.map((w) => `'${w}'`).join(' ');
  const { stdout } = await sh('bash', ['-c', `source ${file}; COMP_WORDS=(${list}); COMP_CWORD=${words.length - 1}; _agenda; printf '%s\\n' "\${COMPREPLY[@]}"`], { cwd: dir });
  return stdout.split('\n').filter(Boolean);
}

describe('agenda completion', { timeout: 30_000 }, () => {
  it('bash: completes commands, their options and the values an option allows', async () => {
    expect(await bashOffers(['agenda', 'bu'])).toEqual(['build']);
    expect(await bashOffers(['agenda', 'check', '--format', ''])).toEqual(['stylish', 'json', 'github', 'unix']);
    expect(await bashOffers(['agenda', 'build', '--no-p'])).toEqual(['--no-pdf']);
    expect(await bashOffers(['agenda', '--lang', 'n'])).toEqual(['nb', 'nn']);
    expect(await bashOffers(['agenda', 'completion', '--he'])).toEqual(['--help']);
    // A command's arguments, where it names them: explain's codes and rules.
    expect(await bashOffers(['agenda', 'explain', 'overl'])).toEqual(['overlap', 'overlaps']);
    expect(await bashOffers(['agenda', '--lang', 'da', 'explain', 'member-'])).toEqual(['member-duplicate']);
  });

  it.each(['bash', 'zsh', 'fish', 'powershell'])('%s: holds every command and every option the program declares', async (shell) => {
    const text = await script(shell);
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['check', 'build', 'watch', 'preview', 'init', 'new', 'doctor', 'lsp', 'completion', 'explain']));
    for (const c of commands) expect(text, c.name).toMatch(new RegExp(`\\b${c.name}\\b`));
    for (const o of [global, ...commands].flatMap((c) => c.options)) {
      const long = o.flags.find((f) => f.startsWith('--'));
      if (long) expect(text, long).toContain(shell === 'fish' ? `-l ${long.slice(2)}` : long);
    }
    for (const c of commands) for (const value of c.values ?? []) expect(text, `${c.name} ${value}`).toMatch(new RegExp(`[ '(]${value}[ ')]`));
  });

  it('bash and zsh scripts are valid shell', async () => {
    for (const shell of ['bash', 'zsh']) {
      const file = join(dir, `agenda.${shell}`);
      await writeFile(file, await script(shell));
      await expect(sh('bash', ['-n', file])).resolves.toBeDefined();
    }
  });

  it('refuses a shell it does not know, naming the ones it does', async () => {
    const r = await run(['completion', 'tcsh'], { LC_ALL: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bash, zsh, fish, powershell/);
  });
});

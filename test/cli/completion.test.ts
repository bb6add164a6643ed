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

/**
 * PowerShell is not installed here: its script's tables are read from the
 * generated text and its decision (the script's own lines, step for step)
 * is followed in TypeScript, then compared with what bash, which runs
 * here, offers for the same words.
 */
async function powershellOffers(words: string[]): Promise<string[] | 'files'> {
  const text = await script('powershell');
  const list = (s: string) => [...s.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1].replace(/''/g, "'"));
  const line = (name: string) => list(new RegExp(`^  \\$${name} = (@\\(.*\\))$`, 'm').exec(text)![1]);
  const table = (body: string) => new Map([...body.matchAll(/^ {4}\$t\['([^']*)'\] = (@\(.*\))$/gm)].map((m) => [m[1], list(m[2])]));
  const block = (name: string) => new RegExp(`^  \\$${name} = & \\{[^\\n]*\\n([\\s\\S]*?)\\n {4}\\$t \\}$`, 'm').exec(text)?.[1] ?? '';
  const choiceBlock = /^ {2}\$choices = & \{[^\n]*\n([\s\S]*?)\n {4}\$t \}\n {2}\$values/m.exec(text)![1];
  const choices = new Map(
    [...choiceBlock.matchAll(/^ {4}\$t\['([^']*)'\] = & \{[^\n]*\n([\s\S]*?)\n {6}\$t \}$/gm)].map((m) => [
      m[1],
      new Map([...m[2].matchAll(/^ {6}\$t\['([^']*)'\] = (@\(.*\))$/gm)].map((x) => [x[1], list(x[2])])),
    ]),
  );
  const [commands, global, valued] = [line('commands'), line('global'), line('valued')];
  const options = table(block('options'));
  const values = table(block('values'));
  // The script's steps: $before, $prev, the command search, then the candidates.
  expect(text).toContain('if ($valued -ccontains $before[$i]) { $i++ }');
  const typed = words.slice(1);
  const word = typed.at(-1)!;
  const before = typed.slice(0, -1);
  const prev = before.at(-1) ?? '';
  let cmd = '';
  for (let i = 0; i < before.length; i++) {
    if (valued.includes(before[i])) i++;
    else if (!before[i].startsWith('-')) {
      cmd = before[i];
      break;
    }
  }
  const allowed = (cmd && choices.get(cmd)?.get(prev)) || choices.get('')?.get(prev);
  let candidates: string[];
  if (allowed) candidates = allowed;
  else if (!cmd) candidates = [...commands, ...global];
  else if (word.startsWith('-')) candidates = [...(options.get(cmd) ?? []), ...global];
  else if (values.has(cmd)) candidates = values.get(cmd)!;
  else return 'files';
  return candidates.filter((c) => c.startsWith(word));
}

describe('agenda completion powershell', { timeout: 30_000 }, () => {
  it('finds the command after a global option and its value, and completes that value from its choices', async () => {
    expect(await powershellOffers(['agenda', '--lang', 'nb', 'ch'])).toEqual(['check']);
    expect(await powershellOffers(['agenda', '--lang', 'nb', 'explain', 'member-'])).toEqual(['member-duplicate']);
    expect(await powershellOffers(['agenda', '--lang', 'n'])).toEqual(['nb', 'nn']);
    expect(await powershellOffers(['agenda', '--color', 'never', 'build', '--no-p'])).toEqual(['--no-pdf']);
  });

  it('completes an option’s values from the command’s own choices', async () => {
    expect(await powershellOffers(['agenda', 'explain', '--format', ''])).toEqual(['stylish', 'json']);
    expect(await powershellOffers(['agenda', 'check', '-f', ''])).toEqual(['stylish', 'json', 'github', 'unix']);
    expect(await powershellOffers(['agenda', 'check', 'a.md', ''])).toBe('files');
  });

  it('builds its tables without hash literals, which refuse a repeated key (--format) and keys that differ in case only', async () => {
    const text = await script('powershell');
    expect(text).not.toContain('@{');
    expect(text).toContain('[System.StringComparer]::Ordinal');
  });

  it('offers what bash offers, for the same words', async () => {
    const cases = [
      ['agenda', ''],
      ['agenda', '--lang', 'da', ''],
      ['agenda', '--lang', 'da', 'explain', 'over'],
      ['agenda', 'explain', '--format', ''],
      ['agenda', 'build', '--no-'],
      ['agenda', 'new', '-l', ''],
      ['agenda', 'schema', '--draft', ''],
    ];
    for (const words of cases) expect(await powershellOffers(words), words.join(' ')).toEqual(await bashOffers(words));
  });
});

describe('agenda completion bash, per command', { timeout: 30_000 }, () => {
  it('completes an option’s values from the command’s own choices, not another command’s', async () => {
    expect(await bashOffers(['agenda', 'explain', '--format', ''])).toEqual(['stylish', 'json']);
    expect(await bashOffers(['agenda', 'check', '--format', ''])).toEqual(['stylish', 'json', 'github', 'unix']);
    expect(await bashOffers(['agenda', '--lang', 'nb', 'explain', '-f', ''])).toEqual(['stylish', 'json']);
  });
});

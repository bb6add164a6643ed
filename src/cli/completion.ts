/**
 * `agenda completion bash|zsh|fish|powershell`: a completion script made
 * from the program's own commands and options (commander 14 has none), so
 * it cannot drift from them: a new option is completed as soon as it is
 * declared. Option values with choices (--format, --lang) are completed,
 * and so are a command's arguments where it names them (completes():
 * `agenda explain` the codes); anything else completes file names.
 */
import type { Command, Option } from 'commander';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

const argumentWords = new WeakMap<Command, readonly string[]>();

/** Says what `command`'s arguments are, for the completion scripts (commander would refuse any other value if they were its choices). */
export function completes(command: Command, words: readonly string[]): void {
  argumentWords.set(command, words);
}

interface Described {
  name: string;
  description: string;
  /** The words its arguments complete to; none: file names. */
  values?: readonly string[];
  options: { flags: string[]; description: string; choices?: readonly string[]; takesValue: boolean }[];
}

/** The commands and options as the program declares them (help and version included). */
export function describeProgram(program: Command): { global: Described; commands: Described[] } {
  const options = (cmd: Command) => [
    ...cmd.options.filter((o: Option) => !o.hidden).map(describeOption),
    { flags: ['--help', '-h'], description: 'display help', takesValue: false },
  ];
  const global = { name: program.name(), description: program.description(), options: options(program) };
  const commands = program.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .map((c) => ({ name: c.name(), description: c.description(), options: options(c), values: argumentWords.get(c) }));
  return { global, commands };
}

function describeOption(o: Option): Described['options'][number] {
  const flags = [o.long, o.short].filter((f): f is string => !!f);
  return { flags, description: o.description, choices: o.argChoices, takesValue: o.required || o.optional };
}

const words = (list: readonly string[]) => list.join(' ');
const single = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function completionScript(shell: Shell, program: Command): string {
  const p = describeProgram(program);
  if (shell === 'fish') return fish(p);
  if (shell === 'powershell') return powershell(p);
  const bashText = bash(p);
  // zsh runs the bash script through its bash compatibility (bashcompinit).
  return shell === 'zsh' ? `autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n${bashText}` : bashText;
}

function bash(p: ReturnType<typeof describeProgram>): string {
  const all = [p.global, ...p.commands];
  const choices = all.flatMap((c) =>
    c.options.filter((o) => o.choices).flatMap((o) => o.flags.map((f) => `    ${f}) COMPREPLY=($(compgen -W ${single(words(o.choices!))} -- "$cur")); return ;;`)),
  );
  const uniqueChoices = [...new Set(choices)];
  const globalFlags = p.global.options.flatMap((o) => o.flags);
  // A global option's value (--lang da) is not the command.
  const valued = p.global.options
    .filter((o) => o.takesValue)
    .flatMap((o) => o.flags)
    .join('|');
  const perCommand = p.commands.map(
    (c) => `    ${c.name}) opts=${single(words([...new Set([...c.options.flatMap((o) => o.flags), ...globalFlags])]))}${c.values ? `; values=${single(words(c.values))}` : ''} ;;`,
  );
  return `# agenda completion for bash: eval "$(agenda completion bash)" (add it to ~/.bashrc)
_agenda() {
  local cur prev cmd opts values i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${uniqueChoices.join('\n')}
  esac
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in${valued ? ` ${valued}) i=$((i + 1)) ;;` : ''} -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W ${single(words([...p.commands.map((c) => c.name), ...p.global.options.flatMap((o) => o.flags)]))} -- "$cur"))
    return
  fi
  values=""
  case "$cmd" in
${perCommand.join('\n')}
    *) opts="" ;;
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur")); elif [ -n "$values" ]; then COMPREPLY=($(compgen -W "$values" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -o bashdefault -F _agenda agenda
`;
}

function fish(p: ReturnType<typeof describeProgram>): string {
  const esc = (s: string) => single(s.replace(/\n/g, ' '));
  const option = (o: Described['options'][number], condition: string) => {
    const parts = o.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`));
    const value = o.choices ? ` -x -a ${esc(words(o.choices))}` : o.takesValue ? ' -r' : '';
    return `complete -c agenda ${condition} ${parts.join(' ')}${value} -d ${esc(o.description)}`;
  };
  const lines = ['# agenda completion for fish: agenda completion fish > ~/.config/fish/completions/agenda.fish', 'complete -c agenda -f'];
  for (const c of p.commands) lines.push(`complete -c agenda -n __fish_use_subcommand -a ${c.name} -d ${esc(c.description)}`);
  for (const o of p.global.options) lines.push(option(o, ''));
  for (const c of p.commands) {
    lines.push(`complete -c agenda -n '__fish_seen_subcommand_from ${c.name}' ${c.values ? `-a ${esc(words(c.values))}` : '-F'}`);
    for (const o of c.options) lines.push(option(o, `-n '__fish_seen_subcommand_from ${c.name}'`));
  }
  return `${lines.join('\n')}\n`;
}

function powershell(p: ReturnType<typeof describeProgram>): string {
  const list = (xs: readonly string[]) => `@(${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')})`;
  const perCommand = p.commands.map((c) => `    '${c.name}' = ${list(c.options.flatMap((o) => o.flags))}`).join('\n');
  const values = p.commands.filter((c) => c.values).map((c) => `    '${c.name}' = ${list(c.values!)}`);
  const choices = [p.global, ...p.commands].flatMap((c) => c.options.filter((o) => o.choices).flatMap((o) => o.flags.map((f) => `    '${f}' = ${list(o.choices!)}`)));
  return `# agenda completion for PowerShell: agenda completion powershell | Out-String | Invoke-Expression (add it to $PROFILE)
Register-ArgumentCompleter -Native -CommandName agenda -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $commands = ${list(p.commands.map((c) => c.name))}
  $global = ${list(p.global.options.flatMap((o) => o.flags))}
  $options = @{
${perCommand}
  }
  $choices = @{
${[...new Set(choices)].join('\n')}
  }
  $values = @{
${values.join('\n')}
  }
  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete) { $before = @($words | Select-Object -SkipLast 1) } else { $before = $words }
  $prev = if ($before.Count) { $before[-1] } else { '' }
  $cmd = $before | Where-Object { $_ -notlike '-*' } | Select-Object -First 1
  if ($choices.ContainsKey($prev)) { $candidates = $choices[$prev] }
  elseif (-not $cmd) { $candidates = $commands + $global }
  elseif ($wordToComplete -like '-*') { $candidates = $options[$cmd] + $global }
  elseif ($values.ContainsKey($cmd)) { $candidates = $values[$cmd] }
  else { return }
  $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

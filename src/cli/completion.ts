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

/** The global options that take a value: before the command, the word after one is its value, not the command. */
const globalValued = (p: ReturnType<typeof describeProgram>) => p.global.options.filter((o) => o.takesValue).flatMap((o) => o.flags);

/**
 * The values an option allows, per command ('' for the global options): two
 * commands may give the same flag different choices (check's --format has
 * github and unix, explain's has not).
 */
function choicesByCommand(p: ReturnType<typeof describeProgram>): { command: string; flag: string; choices: readonly string[] }[] {
  return [p.global, ...p.commands].flatMap((c) =>
    c.options.filter((o) => o.choices).flatMap((o) => o.flags.map((flag) => ({ command: c === p.global ? '' : c.name, flag, choices: o.choices! }))),
  );
}

function bash(p: ReturnType<typeof describeProgram>): string {
  // The command's own choices first, then the global options' (for any command, or none).
  const choices = choicesByCommand(p)
    .sort((a, b) => Number(a.command === '') - Number(b.command === ''))
    .map((c) => `    ${c.command || '*'}:${c.flag}) COMPREPLY=($(compgen -W ${single(words(c.choices))} -- "$cur")); return ;;`);
  const globalFlags = p.global.options.flatMap((o) => o.flags);
  const valued = globalValued(p).join('|');
  const perCommand = p.commands.map(
    (c) => `    ${c.name}) opts=${single(words([...new Set([...c.options.flatMap((o) => o.flags), ...globalFlags])]))}${c.values ? `; values=${single(words(c.values))}` : ''} ;;`,
  );
  return `# agenda completion for bash: eval "$(agenda completion bash)" (add it to ~/.bashrc)
_agenda() {
  local cur prev cmd opts values i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in${valued ? ` ${valued}) i=$((i + 1)) ;;` : ''} -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  case "$cmd:$prev" in
${[...new Set(choices)].join('\n')}
  esac
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W ${single(words([...p.commands.map((c) => c.name), ...globalFlags]))} -- "$cur"))
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

const psList = (xs: readonly string[]) => `@(${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')})`;

/**
 * A PowerShell table keyed by flags or command names, compared exactly
 * (-V is not -v): a hash literal would compare them ignoring case and
 * refuse two keys that differ in case only, and any repeated key.
 */
function psTable(entries: readonly (readonly [string, string])[], indent: string): string {
  const lines = entries.map(([key, value]) => `${indent}  $t['${key.replace(/'/g, "''")}'] = ${value}`);
  return `& { $t = [System.Collections.Hashtable]::new([System.StringComparer]::Ordinal)\n${lines.join('\n')}\n${indent}  $t }`;
}

/**
 * The PowerShell script, step for step the bash one: the command is the
 * first word that is neither an option nor the value of a global option
 * that takes one (--lang nb); a value is completed from the choices of
 * the command's option, else of the global one; nothing offered means
 * PowerShell completes file names.
 */
function powershell(p: ReturnType<typeof describeProgram>): string {
  const choices = choicesByCommand(p);
  const byCommand = ['', ...p.commands.map((c) => c.name)]
    .map((command) => [command, choices.filter((c) => c.command === command)] as const)
    .filter(([, mine]) => mine.length)
    .map(([command, mine]) => [command, psTable([...new Map(mine.map((c) => [c.flag, psList(c.choices)])).entries()], '    ')] as const);
  const options = p.commands.map((c) => [c.name, psList(c.options.flatMap((o) => o.flags))] as const);
  const values = p.commands.filter((c) => c.values).map((c) => [c.name, psList(c.values!)] as const);
  return `# agenda completion for PowerShell: agenda completion powershell | Out-String | Invoke-Expression (add it to $PROFILE)
Register-ArgumentCompleter -Native -CommandName agenda -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $commands = ${psList(p.commands.map((c) => c.name))}
  $global = ${psList(p.global.options.flatMap((o) => o.flags))}
  $valued = ${psList(globalValued(p))}
  $options = ${psTable(options, '  ')}
  $choices = ${psTable(byCommand, '  ')}
  $values = ${psTable(values, '  ')}
  $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })
  if ($wordToComplete) { $before = @($words | Select-Object -SkipLast 1) } else { $before = $words }
  $prev = if ($before.Count) { $before[-1] } else { '' }
  $cmd = ''
  for ($i = 0; $i -lt $before.Count; $i++) {
    if ($valued -ccontains $before[$i]) { $i++ }
    elseif ($before[$i] -notlike '-*') { $cmd = $before[$i]; break }
  }
  $allowed = $null
  if ($cmd -and $choices.ContainsKey($cmd) -and $choices[$cmd].ContainsKey($prev)) { $allowed = $choices[$cmd][$prev] }
  elseif ($choices.ContainsKey('') -and $choices[''].ContainsKey($prev)) { $allowed = $choices[''][$prev] }
  if ($null -ne $allowed) { $candidates = $allowed }
  elseif (-not $cmd) { $candidates = $commands + $global }
  elseif ($wordToComplete -like '-*') { $candidates = $options[$cmd] + $global }
  elseif ($values.ContainsKey($cmd)) { $candidates = $values[$cmd] }
  else { return }
  $candidates | Where-Object { $_ -clike "$wordToComplete*" } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

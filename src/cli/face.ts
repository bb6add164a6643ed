/**
 * Commander in the language spoken: its titles (Usage:, Options:,
 * Commands:), the help option's and help command's texts, what it adds to
 * a description (default, choices) and its errors, which carry a code
 * (commander.unknownOption, …) each mapped to a message of the catalogue.
 * Every command made from a FaceCommand is one (createCommand), so the
 * subcommands speak as the program does.
 */
import { Command, type HelpConfiguration } from 'commander';
import { type MessageKey, say } from '../base/messages/index.js';

type Extra = { argChoices?: readonly string[]; defaultValue?: unknown; defaultValueDescription?: string; description?: string };

/** A description with what commander adds to it, "(default: …)" and "(choices: …)", in the language spoken. */
function described(item: Extra, showDefault: boolean): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(say('cli.help.choices', { choices: item.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  if (showDefault && item.defaultValue !== undefined && !(Array.isArray(item.defaultValue) && !item.defaultValue.length)) {
    extra.push(say('cli.help.default', { value: item.defaultValueDescription ?? JSON.stringify(item.defaultValue) }));
  }
  return [item.description, extra.length ? `(${extra.join(', ')})` : ''].filter(Boolean).join(' ');
}

const titles: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Arguments:': 'cli.help.arguments',
  'Global Options:': 'cli.help.globalOptions',
};

/** `[options]` and `[command]` in a usage line, in the language spoken. */
const usageWords = (usage: string) => usage.replace('[options]', `[${say('cli.help.optionsWord')}]`).replace('[command]', `[${say('cli.help.commandWord')}]`);

function helpConfiguration(): HelpConfiguration {
  return {
    styleTitle: (title) => (Object.hasOwn(titles, title) ? say(titles[title] as 'cli.help.usage') : title),
    optionDescription: (option) => described(option as Extra, option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean')),
    argumentDescription: (argument) => described(argument as Extra, true),
    commandUsage: (cmd) => {
      const names: string[] = [];
      for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
      return usageWords([...names, cmd.name(), cmd.usage()].join(' '));
    },
    subcommandTerm: (cmd) => usageWords([cmd.name(), cmd.usage()].filter(Boolean).join(' ')),
  };
}

/** A placeholder in an option's or argument's name (`<dir>`, `[paths...]`), in the language spoken. */
export const ph = (name: string): string => say('cli.ph', { name });

/** A command whose errors are said in the language spoken; its subcommands too. */
export class FaceCommand extends Command {
  /** The program: its help option, help command and help in the language spoken, which its subcommands inherit when added. */
  static program(name: string): FaceCommand {
    return new FaceCommand(name).helpOption('-h, --help', say('cli.help.helpOption')).helpCommand('help [command]', say('cli.help.helpCommand')).configureHelp(helpConfiguration());
  }

  override createCommand(name?: string): Command {
    return new FaceCommand(name);
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(say('cli.error', { message: translated(message, options?.code) }), options);
  }
}

/** One of commander's errors, said in the language spoken, from its code and the names and values its English message quotes. */
export function translated(message: string, code: string | undefined): string {
  const english = message.replace(/^error: /, '');
  const [first, suggestion] = english.split('\n(Did you mean ');
  const names = suggestion?.replace(/\?\)$/, '');
  const several = names?.startsWith('one of ') ? 'yes' : 'no';
  const meant = names ? `\n${say('cli.err.didYouMean', { names: names.replace(/^one of /, ''), several })}` : '';
  const quoted = [...first.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  switch (code) {
    case 'commander.unknownOption':
      return say('cli.err.unknownOption', { option: quoted[0] }) + meant;
    case 'commander.unknownCommand':
      return say('cli.err.unknownCommand', { command: quoted[0] }) + meant;
    case 'commander.missingArgument':
      return say('cli.err.missingArgument', { argument: quoted[0] });
    case 'commander.optionMissingArgument':
      return say('cli.err.optionMissingArgument', { option: quoted[0] });
    case 'commander.excessArguments': {
      const [expected, got] = (first.match(/\d+/g) ?? ['0', '0']).map(Number);
      return say('cli.err.excessArguments', { command: quoted[0] ?? 'agenda', expected, got });
    }
    case 'commander.invalidArgument':
      return invalidArgument(first, quoted);
    default:
      return english;
  }
}

/** "option '--format <format>' argument 'x' is invalid. Allowed choices are …" and the like, with our own reason (already said) kept. */
function invalidArgument(first: string, quoted: string[]): string {
  const reason = first.replace(/^.*? is invalid(?: for argument '[^']*')?\.\s*/, '');
  const choices = /^Allowed choices are (.*)\.$/.exec(reason);
  const said = choices ? say('cli.err.choices', { choices: choices[1] }) : reason;
  // It follows a full stop: a sentence of its own ("… kan ikke være «abc». Skriv et helt tall").
  const why = said.charAt(0).toLocaleUpperCase() + said.slice(1);
  if (first.startsWith('command-argument')) return say('cli.err.invalidArgumentValue', { value: quoted[0], argument: quoted[1], why });
  return say('cli.err.invalidOptionValue', { option: quoted[0], value: quoted[1], why });
}

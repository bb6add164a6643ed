/** `agenda new FILE`: writes a starter gathering, never over an existing file. */
import { dirname, relative, resolve } from 'node:path';
import { isInside } from '../base/containment.js';
import type { Command } from 'commander';
import { Option } from 'commander';
import { EnvironmentError, UsageError } from '../base/errors.js';
import { systemCode, writeFailed } from '../base/diagnostics/io-problem.js';
import { languages, type Language } from '../base/i18n/index.js';
import { todayOf, type CommandIo } from './command-io.js';
import { messageLanguage, say } from '../base/messages/index.js';
import { ph } from './face.js';

interface NewFlags {
  language?: Language;
  template?: string;
  config?: string;
}

export function registerNew(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('new')
    .description(say('help.new'))
    .argument(`<${ph('file')}>`, say('help.newFile'))
    .addOption(new Option(`-l, --language <${ph('code')}>`, say('help.newLanguage')).choices(languages))
    .option(`-t, --template <${ph('name')}>`, say('help.newTemplate'))
    .option(`-c, --config <${ph('file')}>`, say('help.config'))
    .action(async (file: string, flags: NewFlags) => setCode(await runNew(file, flags, io)));
}

async function runNew(file: string, flags: NewFlags, io: CommandIo): Promise<number> {
  const [{ starterSource }, { loadConfig }] = await Promise.all([import('../drivers/starter/starter.js'), import('../pipeline/config.js')]);
  const target = resolve(io.cwd, file);
  const loaded = await loadConfig(flags.config && resolve(io.cwd, flags.config), dirname(target));
  const template = flags.template ?? loaded.config.template ?? 'timetable';
  if (!loaded.templateNames.includes(template)) {
    throw new UsageError(say('new.no-template', { template, names: loaded.templateNames.join(', ') }));
  }
  // Without --language, the starter is in the language the tool speaks to its user (--lang, the config's messages:, the locale).
  const language = flags.language ?? messageLanguage();
  const text = starterSource({ language, template, today: todayOf(io.env) });
  if (!(await writeStarter(target, text, shownFrom(io.cwd)))) throw new UsageError(say('new.exists', { file }));
  io.stdout(`${say('new.wrote', { file, language, template })}\n`);
  return 0;
}

/** A path as the user sees it: below the working folder relative to it, elsewhere whole. */
export function shownFrom(cwd: string): (path: string) => string {
  return (path) => (isInside(path, cwd) ? relative(cwd, path) : path);
}

/**
 * Writes a starter file, its folders made as needed, only where nothing is
 * (false when something is): whole or not at all. What the disk refuses (a
 * file where a folder should be, a read-only or full disk) is a diagnostic
 * naming the path (`shown`).
 */
export async function writeStarter(target: string, text: string, shown: (path: string) => string): Promise<boolean> {
  const { makeDirectory, writeFileExclusive } = await import('../drivers/disk/atomic-write.js');
  const refused = (path: string, what: 'folder' | 'file') => (e: unknown) => {
    if (!systemCode(e)) throw e;
    throw new EnvironmentError([writeFailed(shown(path), e, what)]);
  };
  await makeDirectory(dirname(target)).catch(refused(dirname(target), 'folder'));
  return writeFileExclusive(target, text).catch(refused(target, 'file'));
}

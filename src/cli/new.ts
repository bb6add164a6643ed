/** `agenda new FILE`: writes a starter gathering, never over an existing file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../base/errors.js';
import { languages, type Language } from '../base/i18n/index.js';
import { todayOf, type CommandIo } from './command-io.js';
import { say } from '../base/messages/index.js';
import { ph } from './face.js';

interface NewFlags {
  language: Language;
  template?: string;
  config?: string;
}

export function registerNew(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('new')
    .description(say('help.new'))
    .argument(`<${ph('file')}>`, say('help.newFile'))
    .addOption(new Option(`-l, --language <${ph('code')}>`, say('help.newLanguage')).choices(languages).default('nb'))
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
    throw new UsageError(`there is no template "${template}" (the templates are ${loaded.templateNames.join(', ')})`);
  }
  const text = starterSource({ language: flags.language, template, today: todayOf(io.env) });
  await mkdir(dirname(target), { recursive: true });
  try {
    // 'wx': created only if absent, so a file written meanwhile is not replaced either.
    await writeFile(target, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} exists already; agenda new never overwrites a file (choose another name)`);
    throw new UsageError(`cannot write ${file}: ${code ?? (e as Error).message}`);
  }
  io.stdout(`wrote ${file} (${flags.language}, template ${template}); fill it in, then: agenda check ${file}\n`);
  return 0;
}

/** `agenda new FILE`: writes a starter gathering, never over an existing file. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../base/errors.js';
import { languages, type Language } from '../base/i18n/index.js';
import { todayOf, type CommandIo } from './command-io.js';

interface NewFlags {
  language: Language;
  template?: string;
  config?: string;
}

export function registerNew(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('new')
    .description('Write a starter gathering to FILE, in the language and template asked for (never over an existing file)')
    .argument('<file>', 'the new source, e.g. gatherings/2026-03-samling.md')
    .addOption(new Option('-l, --language <code>', 'the language of the labels and placeholders').choices(languages).default('nb'))
    .option('-t, --template <name>', "the template (default: the config's, else timetable)")
    .option('-c, --config <file>', 'project config file (default: agenda.config.yaml in this folder or above)')
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

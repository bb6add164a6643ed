/** `agenda init [folder]`: sets up a sources repository; never overwrites, says what it made. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError } from '../base/errors.js';
import type { Language } from '../base/i18n/index.js';
import { toolVersion } from '../base/tool-paths.js';
import { todayOf, type CommandIo } from './command-io.js';
import { languages } from '../base/i18n/index.js';
import { say } from '../base/messages/index.js';
import { ph } from './face.js';

export function registerInit(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(say('help.init'))
    .argument(`[${ph('folder')}]`, say('help.initFolder'), '.')
    .addOption(new Option(`-l, --language <${ph('code')}>`, say('help.initLanguage')).choices(languages).default('nb'))
    .action(async (folder: string, flags: { language: Language }) => setCode(await runInit(folder, flags.language, io)));
}

async function runInit(folder: string, language: Language, io: CommandIo): Promise<number> {
  const [{ initFiles, FIRST_GATHERING }, { configJsonSchema }] = await Promise.all([import('../drivers/starter/init-files.js'), import('../model/config-json-schema.js')]);
  const dir = resolve(io.cwd, folder);
  const files = initFiles({ language, today: todayOf(io.env), version: toolVersion, configSchema: configJsonSchema() });
  const shown = (path: string) => relative(io.cwd, join(dir, path)) || '.';
  let made = 0;
  for (const file of files) {
    const target = join(dir, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.text, { flag: 'wx' });
      io.stdout(`made  ${shown(file.path)}\n`);
      made++;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new UsageError(`cannot write ${shown(file.path)}: ${code ?? (e as Error).message}`);
      io.stdout(`kept  ${shown(file.path)} (it exists; not overwritten)\n`);
    }
  }
  const cd = folder === '.' ? '' : `cd ${folder} && `;
  io.stdout(
    made
      ? `\nNext: ${cd}agenda check, then agenda build -o public (open public/index.html). Edit ${FIRST_GATHERING} or start another with agenda new.\n`
      : '\nNothing to make: every file is there already.\n',
  );
  return 0;
}

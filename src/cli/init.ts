/** `agenda init [folder]`: sets up a sources repository; never overwrites, says what it made. */
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { type Language, languages } from '../base/i18n/index.js';
import { messageLanguage, say } from '../base/messages/index.js';
import { toolVersion } from '../base/tool-paths.js';
import { type CommandIo, todayOf } from './command-io.js';
import { ph } from './face.js';
import { shownFrom, writeStarter } from './new.js';

interface InitFlags {
  language?: Language;
  org?: string;
  pages?: boolean;
}

export function registerInit(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(say('help.init'))
    .argument(`[${ph('folder')}]`, say('help.initFolder'), '.')
    .addOption(new Option(`-l, --language <${ph('code')}>`, say('help.initLanguage')).choices(languages).hideHelp())
    .option(`--org <${ph('name')}>`, say('help.initOrg'))
    .option('--pages', say('help.initPages'))
    .action(async (folder: string, flags: InitFlags, command: Command) => {
      const lang = (command.optsWithGlobals() as { lang?: Language }).lang;
      setCode(await runInit(folder, { ...flags, language: flags.language ?? lang }, io));
    });
}

/** The project's language and organisation: the flags, else asked on a terminal, else the language the tool speaks (--lang, the locale) and the language's placeholder. */
export async function projectLanguageAndOrg(flags: { language?: Language; org?: string }, io: CommandIo): Promise<{ language: Language; organisation: string }> {
  const { starterWords } = await import('../drivers/starter/starter-words.js');
  let language = flags.language;
  const spoken = messageLanguage();
  while (!language && io.ask) {
    const answer = (await io.ask(say('init.ask-language', { languages: languages.join(', '), answer: spoken }))) || spoken;
    if ((languages as readonly string[]).includes(answer)) language = answer as Language;
  }
  language ??= spoken;
  let organisation = flags.org?.trim();
  if (!organisation && io.ask) organisation = await io.ask(say('init.ask-organisation', { example: starterWords(language).organiser }));
  return { language, organisation: organisation || starterWords(language).organiser };
}

async function runInit(folder: string, flags: InitFlags, io: CommandIo): Promise<number> {
  const [{ initFiles, FIRST_GATHERING }, { configJsonSchema }] = await Promise.all([import('../drivers/starter/init-files.js'), import('../model/config-json-schema.js')]);
  const dir = resolve(io.cwd, folder);
  const { language, organisation } = await projectLanguageAndOrg(flags, io);
  const files = initFiles({ language, organisation, pages: !!flags.pages, today: todayOf(io.env), version: toolVersion, configSchema: configJsonSchema() });
  const shown = (path: string) => relative(io.cwd, join(dir, path)) || '.';
  let made = 0;
  for (const file of files) {
    const wrote = await writeStarter(join(dir, file.path), file.text, shownFrom(io.cwd));
    io.stdout(`${say(wrote ? 'init.made' : 'init.kept', { file: shown(file.path) })}\n`);
    if (wrote) made++;
  }
  const cd = folder === '.' ? '' : `cd ${folder} && `;
  io.stdout(`\n${made ? say('init.next', { cd, first: FIRST_GATHERING }) : say('init.nothing')}\n`);
  return 0;
}

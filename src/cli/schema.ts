/** `agenda schema`: prints the JSON Schema of the front matter (or of the config), for editors and other tools. */
import { type Command, Option } from 'commander';
import { say } from '../base/messages/index.js';
import type { Io } from './command-io.js';
import { ph } from './face.js';

export function registerSchema(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('schema')
    .description(say('help.schema'))
    .addOption(new Option(`--draft <${ph('version')}>`, say('help.draft')).choices(['2020-12', '07']).default('2020-12'))
    .option('--config', say('help.schemaConfig'))
    .action(async (flags: { draft: '2020-12' | '07'; config?: boolean }) => {
      const { configJsonSchema, frontMatterJsonSchema } = await import('../model/json-schema.js');
      io.stdout(JSON.stringify((flags.config ? configJsonSchema : frontMatterJsonSchema)(flags.draft), null, 2) + '\n');
      setCode(0);
    });
}

/** `agenda schema`: prints the JSON Schema of the front matter (or of the config), for editors and other tools. */
import { type Command, Option } from 'commander';
import type { Io } from './command-io.js';

export function registerSchema(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('schema')
    .description('Print the JSON Schema of the front matter, for editors and other tools')
    .addOption(new Option('--draft <version>', 'JSON Schema draft').choices(['2020-12', '07']).default('2020-12'))
    .option('--config', 'the schema of agenda.config.yaml instead')
    .action(async (flags: { draft: '2020-12' | '07'; config?: boolean }) => {
      const { configJsonSchema, frontMatterJsonSchema } = await import('../model/json-schema.js');
      io.stdout(JSON.stringify((flags.config ? configJsonSchema : frontMatterJsonSchema)(flags.draft), null, 2) + '\n');
      setCode(0);
    });
}

/** `agenda lsp`: the language server, over stdin and stdout, for editors. */
import type { Command } from 'commander';
import { say } from '../base/messages/index.js';
import { type Io, resolveToday } from './command-io.js';

export function registerLsp(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('lsp')
    .description(say('help.lsp'))
    .option('--stdio', say('help.stdio'))
    .action(async () => {
      const { runLanguageServer } = await import('../drivers/lsp/server.js');
      setCode(await runLanguageServer({ today: () => resolveToday(undefined, io.env) }));
    });
}

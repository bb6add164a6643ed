/** `agenda lsp`: the language server, over stdin and stdout, for editors. */
import type { Command } from 'commander';
import { type Io, resolveToday } from './command-io.js';

export function registerLsp(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('lsp')
    .description('Run the language server (Language Server Protocol over stdin and stdout), for editors')
    .option('--stdio', 'talk over stdin and stdout (the default and only way; editors pass it)')
    .action(async () => {
      const { runLanguageServer } = await import('../drivers/lsp/server.js');
      setCode(await runLanguageServer({ today: () => resolveToday(undefined, io.env) }));
    });
}

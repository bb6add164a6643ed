// The command line run from src/ (TypeScript, through tsx) rather than from
// the built dist/: what bin/agenda does, for the unit tests that start the
// tool as a process of its own (the language server, Ctrl-C), so that
// `npm run test:unit` needs no `npm run build` first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

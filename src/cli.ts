/**
 * The command line. The only place that prints or decides an exit code:
 * 0 no errors (warnings allowed), 1 errors in the sources (or more warnings
 * than --max-warnings), 2 bad usage, unreadable files or an internal failure.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkFiles, UnreadableFile } from './compile.js';
import { loadConfig } from './config.js';
import { countBySeverity, type Diagnostic } from './diagnostics/diagnostic.js';
import { report, reportFormats, type ReportFormat } from './diagnostics/report.js';
import { collectSources, UsageError } from './source/files.js';
import { frontMatterJsonSchema } from './source/schema.js';
import { parseIsoDate } from './source/values.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  color: boolean;
  cwd: string;
}

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  cwd: process.cwd(),
});

const version = '0.1.0';

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function isoDay(value: string) {
  const r = parseIsoDate(value);
  if (!r.ok) throw new InvalidArgumentError(r.message + (r.hint ? ` (${r.hint})` : ''));
  return r.value as { year: number; month: number; day: number };
}

/** "Today" for date rules: --today, else SOURCE_DATE_EPOCH, else the clock. */
export function resolveToday(option: { year: number; month: number; day: number } | undefined, env: NodeJS.ProcessEnv) {
  if (option) return option;
  const epoch = env.SOURCE_DATE_EPOCH;
  const d = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

interface CheckFlags {
  format: ReportFormat;
  maxWarnings?: number;
  today?: { year: number; month: number; day: number };
  config?: string;
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const loaded = await loadConfig(flags.config, io.cwd);
  const files = await collectSources(paths.length ? paths : ['.']);
  const results = await checkFiles(files, { today: resolveToday(flags.today, io.env), rules: loaded.config.rules });
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...results.flatMap((r) => r.diagnostics)];
  io.stdout(report(diagnostics, { format: flags.format, fileCount: files.length, color: io.color }));
  const { errors, warnings } = countBySeverity(diagnostics);
  const maxWarnings = flags.maxWarnings ?? loaded.config['max-warnings'];
  if (errors) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`agenda: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('agenda')
    .description('Compile Markdown agenda sources into checked, printable invitations.')
    .version(version)
    .showHelpAfterError('(run agenda --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('check')
    .description('Parse and validate agenda sources (every .md below the paths given) and print what is wrong')
    .argument('[paths...]', 'source files or folders', [])
    .addOption(new Option('-f, --format <format>', 'how to print diagnostics').choices(reportFormats as string[]).default('stylish'))
    .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber)
    .option('--today <date>', 'the date that counts as today for date checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or the clock)', isoDay)
    .option('-c, --config <file>', 'project config file (default: agenda.config.yaml in this folder or above)')
    .action(async (paths: string[], flags: CheckFlags) => setCode(await runCheck(paths, flags, io)));

  program
    .command('schema')
    .description('Print the JSON Schema of the front matter, for editors and other tools')
    .action(() => {
      io.stdout(JSON.stringify(frontMatterJsonSchema(), null, 2) + '\n');
      setCode(0);
    });

  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof UnreadableFile) {
      io.stderr(`agenda: ${e.message}\n`);
      return 2;
    }
    io.stderr(`agenda: internal error: ${e instanceof Error ? e.message : String(e)}\n` + 'please report this with the source that caused it\n');
    if (io.env.AGENDA_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

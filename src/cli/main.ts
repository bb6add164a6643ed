/**
 * The command line. The only place that prints or decides an exit code:
 * 0 no errors (warnings allowed), 1 errors in the sources (or more warnings
 * than --max-warnings), 2 bad usage, unreadable files or an internal failure.
 * Each command is in a file of its own (check.ts, build.ts, …); this one
 * wires them to commander and turns what escapes them into an exit code.
 */
import { Argument, type Command, CommanderError, Option } from 'commander';
import { printable } from '../base/diagnostics/printable.js';
import { EnvironmentError, UnreadableFile, UsageError } from '../base/errors.js';
import { completionScript, SHELLS, type Shell } from './completion.js';
import { languages } from '../base/i18n/index.js';
import { say, useLanguage } from '../base/messages/index.js';
import { chooseLanguage } from '../base/messages/language.js';
import { FaceCommand, ph } from './face.js';
import { configLanguage } from './config-language.js';
import { toolFilesProblem, toolVersion } from '../base/tool-paths.js';
import { InvalidSourceDateEpochError } from '../drivers/disk/source-date-epoch.js';
import { registerBrowser } from './browser-install.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import type { BuildFlags, CheckFlags, Io } from './command-io.js';
import { registerDoctor } from './doctor.js';
import { buildArguments, discardEarlyBrowser, startBrowserEarly } from './early-browser.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerLsp } from './lsp.js';
import { registerNew } from './new.js';
import { registerPreview } from './preview.js';
import { registerSchema } from './schema.js';
import { registerWatch } from './watch.js';

export type { BuildFlags, CheckFlags, Io };

// The parser, validator, renderer and browser are imported by the command that needs them,
// so that `agenda --help` starts at once and `agenda check` loads no renderer.

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  color: wantsColor(process.env, !!process.stdout.isTTY),
  stdoutTty: !!process.stdout.isTTY,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  cwd: process.cwd(),
  tty: !!process.stderr.isTTY && !process.env.CI,
  ask: process.stdin.isTTY && process.stdout.isTTY ? askOnTerminal : undefined,
});

/** One question on the terminal (init and new, when a flag is missing). */
async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/**
 * Colour in the report: on a terminal, unless NO_COLOR is set (no-color.org);
 * FORCE_COLOR (other than 0 or false) asks for it anywhere, for CI logs
 * that show colour but are not terminals.
 */
export function wantsColor(env: NodeJS.ProcessEnv, tty: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  return tty;
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = FaceCommand.program('agenda')
    .description(say('help.program'))
    .version(toolVersion, '-V, --version', say('help.version'))
    .addOption(new Option(`--color <${ph('when')}>`, say('help.color')).choices(['auto', 'always', 'never']))
    .addOption(new Option(`--lang <${ph('code')}>`, say('help.lang')).choices(languages))
    .showHelpAfterError(say('cli.seeHelp'))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  for (const register of [
    registerCheck,
    registerBuild,
    registerWatch,
    registerPreview,
    registerSchema,
    registerLsp,
    registerNew,
    registerBrowser,
    registerInit,
    registerDoctor,
    registerExplain,
  ]) {
    register(program, io, setCode);
  }
  program
    .command('completion')
    .description(say('help.completion'))
    .addArgument(new Argument(`<${ph('shell')}>`, say('help.completionShell')).choices(SHELLS))
    .action((shell: Shell) => {
      io.stdout(completionScript(shell, program));
      setCode(0);
    });
  return program;
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  // A build that will print starts its browser first (early-browser.ts); one the build did not take is killed here.
  if (!buildArguments(argv)) return run(argv, io);
  const early = startBrowserEarly(argv, io.env).catch(() => undefined);
  try {
    return await run(argv, io);
  } finally {
    await early;
    await discardEarlyBrowser().catch(() => undefined);
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  await useLanguage(chooseLanguage({ flag: langFlag(argv), config: configLanguage(argv, io.cwd), env: io.env }));
  io = withColorFlag(io, flagValue(argv, '--color'));
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(await versionText(io.env));
    return 0;
  }
  // A copy of agenda without its own files: said as what is missing, before anything needs them.
  const missing = toolFilesProblem();
  if (missing) return printRefusal(new EnvironmentError([missing]), argv, io);
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof EnvironmentError) return printRefusal(e, argv, io);
    if (e instanceof UsageError || e instanceof UnreadableFile || e instanceof InvalidSourceDateEpochError) {
      io.stderr(`agenda: ${printable(e.message)}\n`);
      return 2;
    }
    io.stderr(`agenda: ${say('cli.internalError', { error: printable(e instanceof Error ? e.message : String(e)) })}\n`);
    if (io.env.AGENDA_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

/** What the machine refused (a full disk, a read-only folder), as diagnostics in the --format asked for: exit 2. */
async function printRefusal(e: EnvironmentError, argv: readonly string[], io: Io): Promise<number> {
  const { report, reportFormats } = await import('../base/diagnostics/report.js');
  const asked = flagValue(argv, '--format');
  const format = reportFormats.find((f) => f === asked) ?? 'stylish';
  io.stdout(report(e.diagnostics, { format, fileCount: 0, color: io.color, summary: false }));
  return 2;
}

/** --color always|never|auto, read before commander parses (every command prints with it); auto is NO_COLOR, FORCE_COLOR and the terminal. */
function withColorFlag(io: Io, when: string | undefined): Io {
  if (when === 'always') return { ...io, color: true };
  if (when === 'never') return { ...io, color: false };
  if (when === 'auto' && io.stdoutTty !== undefined) return { ...io, color: wantsColor(io.env, io.stdoutTty) };
  return io;
}

/** A global flag's value (`--flag value` or `--flag=value`), read before commander parses. */
function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return argv[i].startsWith(`${flag}=`) ? argv[i].slice(flag.length + 1) : argv[i + 1];
}

/** The --lang flag's value, read before commander parses, so that its own words and the help are in that language too. */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : argv[i + 1];
}

/** `agenda --version`: the version alone on the first line (for scripts), then the Node it runs on and the browser that would print. */
async function versionText(env: NodeJS.ProcessEnv): Promise<string> {
  const { findBrowser, BrowserNotFoundError } = await import('../drivers/pdf/browser-finder.js');
  let browser: string;
  try {
    const found = await findBrowser({ env });
    browser = say('version.browser', { path: found.path, source: found.source });
  } catch (e) {
    if (!(e instanceof BrowserNotFoundError)) throw e;
    browser = say('version.no-browser');
  }
  return `${toolVersion}\n${say('version.node', { version: process.versions.node })}\n${browser}\n`;
}

/**
 * The command line. The only place that prints or decides an exit code:
 * 0 no errors (warnings allowed), 1 errors in the sources (or more warnings
 * than --max-warnings), 2 bad usage, unreadable files or an internal failure.
 */
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languages } from '../base/i18n/index.js';
import { useLanguage } from '../base/messages/index.js';
import { chooseLanguage } from '../base/messages/language.js';
import { configLanguage } from './config-language.js';
import type { BuildReport, Format } from '../drivers/build/build.js';
import { countBySeverity, type Diagnostic } from '../base/diagnostics/diagnostic.js';
import { isEnvironmental } from '../base/diagnostics/codes.js';
import { printable } from '../base/diagnostics/printable.js';
import { report, reportFormats } from '../base/diagnostics/report.js';
import { UnreadableFile, UsageError } from '../base/errors.js';
import { InvalidSourceDateEpochError } from '../drivers/disk/source-date-epoch.js';
import { parseIsoDate } from '../model/values.js';
import { registerNew } from './new.js';
import { registerBrowser } from './browser-install.js';
import { registerInit } from './init.js';
import { registerDoctor } from './doctor.js';
import { toolVersion } from '../base/tool-paths.js';
import { parseShard } from './shard-option.js';
import type { CalendarDate } from '../base/calendar-date.js';
import { exitCodeOf, resolveToday, type BuildFlags, type CheckFlags, type Io } from './command-io.js';

export type { BuildFlags, CheckFlags };

// The parser, validator, renderer and browser are imported by the command that needs them,
// so that `agenda --help` starts at once and `agenda check` loads no renderer.

export type { Io };

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  color: wantsColor(process.env, !!process.stdout.isTTY),
  cwd: process.cwd(),
  tty: !!process.stderr.isTTY && !process.env.CI,
});

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

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function positive(value: string): number {
  const n = wholeNumber(value);
  if (n < 1) throw new InvalidArgumentError('expected 1 or more');
  return n;
}

function isoDay(value: string) {
  const r = parseIsoDate(value);
  if (!r.ok) {
    const meant = r.hint?.match(/(\d{4}-\d{2}-\d{2})$/)?.[1];
    throw new InvalidArgumentError(`${r.message}; write it YYYY-MM-DD${meant ? `: ${meant}` : ''}`);
  }
  return r.value as CalendarDate;
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const [{ checkSources }, { loadConfig }, { selectSources }] = await Promise.all([
    import('../drivers/build/check-sources.js'),
    import('../pipeline/config.js'),
    import('../drivers/sources/select-sources.js'),
  ]);
  const loaded = await loadConfig(flags.config, io.cwd);
  const { set, note } = await selectSources(paths, loaded, io.cwd, flags.changed);
  if (note) io.stderr(`agenda: ${note}\n`);
  const { config, root, templatesDir, templatesRoot, templateNames } = loaded;
  const project = {
    root,
    config,
    templatesDir,
    templatesRoot,
    templateNames,
    today: resolveToday(flags.today, io.env),
    request: { audiences: config.audiences, groups: config.groups },
  };
  const diagnostics: Diagnostic[] = [...loaded.diagnostics, ...(await checkSources(set, project, false)).diagnostics];
  io.stdout(report(diagnostics, { format: flags.format, fileCount: set.files.length, color: io.color }));
  const tooMany = tooManyWarnings(diagnostics, flags.maxWarnings ?? config['max-warnings'], io);
  return exitCode(diagnostics, tooMany);
}

/** 2 when the machine stopped the command (an unreadable file, no browser, a folder that cannot be written), 1 for errors in the sources or too many warnings, else 0. */
function exitCode(diagnostics: readonly Diagnostic[], tooMany: boolean): number {
  if (diagnostics.some((d) => d.severity === 'error' && isEnvironmental(d.code))) return 2;
  return countBySeverity(diagnostics).errors || tooMany ? 1 : 0;
}

/** More warnings than --max-warnings (or the config's `max-warnings`)? Says so on stderr. */
export function tooManyWarnings(diagnostics: readonly Diagnostic[], maxWarnings: number | undefined, io: Io): boolean {
  const { warnings } = countBySeverity([...diagnostics]);
  if (maxWarnings === undefined || warnings <= maxWarnings) return false;
  io.stderr(`agenda: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
  return true;
}

async function runBuild(paths: string[], flags: BuildFlags, io: Io): Promise<number> {
  const [{ build }, { loadConfig }, summaries] = await Promise.all([import('../drivers/build/build.js'), import('../pipeline/config.js'), import('./build-summary.js')]);
  const loaded = await loadConfig(flags.config, io.cwd, flags.templates ? { templatesDir: resolve(io.cwd, flags.templates) } : undefined);
  if (flags.indexOnly) return (await import('./index-only.js')).runIndexOnly(flags.out, loaded.templatesDir, io);
  const formats = (['html', 'pdf', 'ics'] as Format[]).filter((f) => flags[f]);
  if (!formats.length) throw new UsageError('nothing to build: --no-html, --no-pdf and --no-ics leave no output');
  const started = Date.now();
  const progress = summaries.progressPrinter(io, flags);
  const shown = new Set<Diagnostic>();
  const { value: result, received } = await interruptible(io, (signal) =>
    build({
      paths,
      outDir: flags.out,
      cwd: io.cwd,
      loaded,
      formats,
      force: flags.force,
      concurrency: flags.concurrency,
      browser: flags.browser,
      noSandbox: !flags.sandbox,
      audiences: flags.audience?.includes('all') ? 'all' : flags.audience,
      groups: flags.groups,
      shard: flags.shard,
      today: resolveToday(flags.today, io.env),
      env: io.env,
      onProgress: progress,
      // Read by people: the findings at once, before the rendering. Read by machines: all at the end, in one piece.
      onChecked: (diagnostics, files) => {
        if (flags.format !== 'stylish') return;
        for (const d of diagnostics) shown.add(d);
        io.stdout(report([...diagnostics], { format: flags.format, fileCount: files.length, color: io.color }));
      },
      signal,
    }),
  );
  progress({ kind: 'start', total: 0 });
  const ms = Date.now() - started;
  const built = summaries.summaryOf(result, flags.out, ms);
  // The check's findings were printed as they came (stylish); the build's own follow.
  const late = flags.format === 'stylish' ? result.diagnostics.filter((d) => !shown.has(d)) : result.diagnostics;
  if (flags.format === 'json') io.stdout(summaries.buildJson(result.diagnostics, built));
  else if (late.length || flags.format !== 'stylish')
    io.stdout(report(late, { format: flags.format, fileCount: result.files.length, color: io.color, summary: flags.format !== 'stylish' }));
  if (flags.format !== 'json' && !flags.quiet) io.stderr(summaries.removedLines(built));
  await summaries.appendStepSummary(built, io);
  const line = summaries.summary(result, flags.out, ms);
  return buildExit(result, flags, io, { line, received, maxWarnings: flags.maxWarnings ?? loaded.config['max-warnings'] });
}

/**
 * Runs `work` with Ctrl-C, SIGTERM and SIGHUP answered: the first aborts
 * its signal (the invitations in progress are finished and recorded), a
 * second stops at once.
 */
async function interruptible<T>(io: Io, work: (signal: AbortSignal) => Promise<T>): Promise<{ value: T; received?: NodeJS.Signals }> {
  const interrupt = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) {
      io.stderr(`agenda: ${signal} again: stopping now\n`);
      process.exit(exitCodeOf(signal));
    }
    received = signal;
    io.stderr(`\nagenda: ${signal}: finishing the invitations in progress (again to stop at once)\n`);
    interrupt.abort();
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const s of signals) process.on(s, onSignal);
  try {
    return { value: await work(interrupt.signal), received };
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}

/** The build's last lines (unknown audiences, the summary, an interruption) and its exit code. */
function buildExit(result: BuildReport, flags: BuildFlags, io: Io, o: { line: string; received?: NodeJS.Signals; maxWarnings?: number }): number {
  for (const id of result.unknownAudiences) {
    const known = result.declaredAudiences?.length ? `; the sources declare ${printable(result.declaredAudiences.join(', '))}` : '; no source declares any';
    io.stderr(`agenda: no source declares the audience "${printable(id)}" (--audience)${known}\n`);
  }
  if (flags.format === 'stylish' && !flags.quiet) io.stdout(o.line);
  const tooMany = tooManyWarnings(result.diagnostics, o.maxWarnings, io);
  if (result.interrupted) {
    io.stderr('agenda: interrupted; what was finished is recorded, the next build makes the rest\n');
    return exitCodeOf(o.received ?? 'SIGINT');
  }
  if (result.unknownAudiences.length) return 2;
  return exitCode(result.diagnostics, tooMany);
}

/** The options `check` and `build` share: how to print, how many warnings, today, the config. */
function checkOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'how to print diagnostics').choices(reportFormats as string[]).default('stylish'))
    .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber)
    .option('--today <date>', 'the date that counts as today for date checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or the clock)', isoDay)
    .option('-c, --config <file>', 'project config file (default: agenda.config.yaml in this folder or above)');
}

/** The options `build`, `watch` and `preview` share: checkOptions and what to build, how. */
function buildOptions(command: Command): Command {
  return checkOptions(command)
    .option('--force', 'rebuild everything, also what is up to date')
    .option('--concurrency <n>', 'PDF pages rendered at once (default: the number of cores)', positive)
    .option('--browser <path>', 'the Chrome or Chromium to print PDFs with (default: found on this machine)')
    .option('--no-sandbox', 'run the browser without its sandbox (done anyway as root or in a container)')
    .option('--audience <id...>', "also build the invitation as this audience sees it; 'all' for every audience")
    .option('--groups', 'also build an invitation for each group of a series')
    .option('--templates <dir>', 'project templates and partials that override the built-in ones')
    .option('--no-pdf', 'no PDF (and no browser)')
    .option('--no-html', 'no HTML files')
    .option('--no-ics', 'no calendar files')
    .option('-q, --quiet', 'print only diagnostics and failures');
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('agenda')
    .description('Compile Markdown agenda sources into checked, printable invitations.')
    .version(toolVersion)
    .addOption(new Option('--lang <code>', "the language agenda speaks to you (default: the config's messages:, else the locale, else English)").choices(languages))
    .showHelpAfterError('(run agenda --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  checkOptions(
    program
      .command('check')
      .description('Parse and validate agenda sources (every .md below the paths given) and print what is wrong')
      .argument('[paths...]', 'source files or folders', [])
      .option('--changed [ref]', 'only the sources changed since a git ref (default HEAD), untracked ones included'),
  ).action(async (paths: string[], flags: CheckFlags) => setCode(await runCheck(paths, flags, io)));

  buildOptions(
    program
      .command('build')
      .description('Check the sources, then write an HTML page, a PDF and an .ics calendar for each valid one, and an index.html')
      .argument('[paths...]', 'source files or folders', [])
      .option('-o, --out <dir>', 'output folder', 'out')
      .option('--shard <K/N>', 'build only share K of N of the sources (a CI matrix), with no index', parseShard)
      .option('--index-only', 'only write the index of the output folder, from every build record there (after merging shards)')
      .option('-w, --watch', 'then rebuild on every save, as agenda watch does'),
  ).action(async (paths: string[], flags: BuildFlags & { watch?: boolean }) =>
    setCode(flags.watch ? await (await import('./watch-command.js')).runWatch(paths, flags, io) : await runBuild(paths, flags, io)),
  );

  registerWatchCommands(program, io, setCode);
  registerToolCommands(program, io, setCode);
  registerNew(program, io, setCode);
  registerBrowser(program, io, setCode);
  registerInit(program, io, setCode);
  registerDoctor(program, io, setCode);

  return program;
}

/** `agenda watch` and `agenda preview`: builds that go on until Ctrl-C. */
function registerWatchCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  buildOptions(
    program
      .command('watch')
      .description('Build, then rebuild what each save changes (sources, config, templates, images) until Ctrl-C')
      .argument('[paths...]', 'source files or folders', [])
      .option('-o, --out <dir>', 'output folder', 'out')
      .option('--debounce <ms>', 'rebuild once saves have been quiet this long (default: 100)', wholeNumber),
  ).action(async (paths: string[], flags: BuildFlags) => setCode(await (await import('./watch-command.js')).runWatch(paths, flags, io)));

  buildOptions(
    program
      .command('preview')
      .description('Build and serve the invitations on 127.0.0.1, reloading the page on every save and showing errors over it')
      .argument('[paths...]', 'source files or folders', [])
      .option('-o, --out <dir>', 'output folder (default: a temporary folder, removed on exit)')
      .option('--port <n>', 'the port to serve on (default: a free one)', wholeNumber)
      .option('--debounce <ms>', 'rebuild once saves have been quiet this long (default: 100)', wholeNumber),
  ).action(async (paths: string[], flags: BuildFlags & { port?: number }) => setCode(await (await import('./preview-command.js')).runPreview(paths, flags, io)));
}

/** `agenda schema` and `agenda lsp`: for editors and other tools. */
function registerToolCommands(program: Command, io: Io, setCode: (code: number) => void): void {
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

  program
    .command('lsp')
    .description('Run the language server (Language Server Protocol over stdin and stdout), for editors')
    .option('--stdio', 'talk over stdin and stdout (the default and only way; editors pass it)')
    .action(async () => {
      const { runLanguageServer } = await import('../drivers/lsp/server.js');
      setCode(await runLanguageServer({ today: () => resolveToday(undefined, io.env) }));
    });
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code = 0;
  await useLanguage(chooseLanguage({ flag: langFlag(argv), config: configLanguage(argv, io.cwd), env: io.env }));
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError || e instanceof UnreadableFile || e instanceof InvalidSourceDateEpochError) {
      io.stderr(`agenda: ${printable(e.message)}\n`);
      return 2;
    }
    io.stderr(`agenda: internal error: ${printable(e instanceof Error ? e.message : String(e))}\n` + 'please report this with the source that caused it\n');
    if (io.env.AGENDA_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}

/** The --lang flag's value, read before commander parses, so that its own words and the help are in that language too. */
function langFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : argv[i + 1];
}

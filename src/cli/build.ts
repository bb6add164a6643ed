/** `agenda build`: checks the sources, then writes HTML, PDF and .ics for each valid one, and an index. */
import type { Command } from 'commander';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { printable } from '../base/diagnostics/printable.js';
import { report } from '../base/diagnostics/report.js';
import { say } from '../base/messages/index.js';
import { UsageError } from '../base/errors.js';
import type { BuildReport, Format } from '../drivers/build/build.js';
import { type BuildFlags, exitCodeOf, type Io, resolveToday } from './command-io.js';
import { exitCode, signalName, tooManyWarnings } from './exit-code.js';
import { commandConfig } from './command-config.js';
import { buildOptions } from './options.js';
import { parseShard } from './shard-option.js';
import { runWatch } from './watch.js';
import { ph } from './face.js';

export function registerBuild(program: Command, io: Io, setCode: (code: number) => void): void {
  buildOptions(
    program
      .command('build')
      .description(say('help.build'))
      .argument(`[${ph('paths')}...]`, say('help.paths'), [])
      .option(`-o, --out <${ph('dir')}>`, say('help.out'), 'out')
      .option(`--shard <${ph('K/N')}>`, say('help.shard'), parseShard)
      .option('--index-only', say('help.indexOnly'))
      .option('-w, --watch', say('help.buildWatch')),
  ).action(async (paths: string[], flags: BuildFlags & { watch?: boolean }) => setCode(flags.watch ? await runWatch(paths, flags, io) : await runBuild(paths, flags, io)));
}

async function runBuild(paths: string[], flags: BuildFlags, io: Io): Promise<number> {
  const [{ build }, loaded, summaries] = await Promise.all([import('../drivers/build/build.js'), commandConfig(flags, io, paths), import('./build-summary.js')]);
  if (flags.indexOnly) return (await import('./index-only.js')).runIndexOnly(flags.out, loaded, resolveToday(flags.today, io.env), io);
  const formats = (['html', 'pdf', 'ics'] as Format[]).filter((f) => flags[f]);
  if (!formats.length) throw new UsageError(say('cli.nothingToBuild'));
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
      onNote: (note) => io.stderr(`agenda: ${note}\n`),
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
      io.stderr(`agenda: ${say('cli.signalAgain', { signal: signalName(signal) })}\n`);
      process.exit(exitCodeOf(signal));
    }
    received = signal;
    io.stderr(`\nagenda: ${say('cli.signalFinishing', { signal: signalName(signal) })}\n`);
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
    const declared = printable((result.declaredAudiences ?? []).join(', '));
    io.stderr(`agenda: ${say('cli.audienceUnknown', { id: printable(id), declared, any: declared ? 'yes' : 'no' })}\n`);
  }
  if (flags.format === 'stylish' && !flags.quiet) io.stdout(o.line);
  const tooMany = tooManyWarnings(result.diagnostics, o.maxWarnings, io);
  if (result.interrupted) {
    io.stderr(`agenda: ${say('cli.interrupted')}\n`);
    return exitCodeOf(o.received ?? 'SIGINT');
  }
  if (result.unknownAudiences.length) return 2;
  return exitCode(result.diagnostics, tooMany);
}

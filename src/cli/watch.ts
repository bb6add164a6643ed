/**
 * `agenda watch` (and `agenda build --watch`) on the command line: the
 * watch session's events printed as `agenda build` prints a build, with the
 * findings of the sources each change touched. Part of the command line:
 * it prints through the Io it is given and returns the exit code, 130
 * after Ctrl-C (143 after SIGTERM) once the browser is closed.
 */
import { relative, resolve } from 'node:path';
import { progressPrinter, summary } from './build-summary.js';
import { exitCodeOf, resolveToday, type BuildFlags } from './command-io.js';
import type { Io } from './command-io.js';
import type { Format } from '../drivers/build/build.js';
import { report } from '../base/diagnostics/report.js';
import { say } from '../base/messages/index.js';
import { UsageError } from '../base/errors.js';
import type { WatchEvent, WatchSession } from '../drivers/watch/watch-session.js';
import type { Command } from 'commander';
import { buildOptions, wholeNumber } from './options.js';
import { ph } from './face.js';
import { signalName } from './exit-code.js';
import { commandConfig } from './command-config.js';

/** What `agenda preview` adds to a watch session. */
export interface WatchHooks {
  /** After the first build, before waiting for changes. */
  started?: (session: WatchSession) => Promise<void>;
  onEvent?: (event: WatchEvent) => void;
  /** After the session is closed, on the way out. */
  stopped?: () => Promise<void>;
}

export function registerWatch(program: Command, io: Io, setCode: (code: number) => void): void {
  buildOptions(
    program
      .command('watch')
      .description(say('help.watch'))
      .argument(`[${ph('paths')}...]`, say('help.paths'), [])
      .option(`-o, --out <${ph('dir')}>`, say('help.out'), 'out')
      .option(`--debounce <${ph('ms')}>`, say('help.debounce'), wholeNumber),
  ).action(async (paths: string[], flags: BuildFlags) => setCode(await runWatch(paths, flags, io)));
}

export async function runWatch(paths: string[], flags: BuildFlags, io: Io, hooks: WatchHooks = {}): Promise<number> {
  const { WatchSession } = await import('../drivers/watch/watch-session.js');
  const formats = (['html', 'pdf', 'ics'] as Format[]).filter((f) => flags[f]);
  if (!formats.length) throw new UsageError(say('cli.nothingToBuild'));
  const print = watchPrinter(io, flags);
  const session = new WatchSession({
    build: {
      paths,
      outDir: flags.out,
      cwd: io.cwd,
      formats,
      force: flags.force,
      concurrency: flags.concurrency,
      browser: flags.browser,
      noSandbox: !flags.sandbox,
      onNote: (note) => io.stderr(`agenda: ${note}\n`),
      audiences: flags.audience?.includes('all') ? 'all' : flags.audience,
      groups: flags.groups,
      today: resolveToday(flags.today, io.env),
      env: io.env,
    },
    loadConfig: () => commandConfig(flags, io),
    onEvent: (e) => {
      print(e);
      hooks.onEvent?.(e);
    },
    quietMs: flags.debounce,
  });

  // Ctrl-C: stop watching, let the invitations in progress finish, close the browser; again to stop at once.
  let received: NodeJS.Signals | undefined;
  let wake!: () => void;
  const stop = new Promise<void>((resolve) => (wake = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) {
      io.stderr(`agenda: ${say('cli.signalAgain', { signal: signalName(signal) })}\n`);
      process.exit(exitCodeOf(signal));
    }
    received = signal;
    io.stderr(`\nagenda: ${say('cli.signalStopping', { signal: signalName(signal) })}\n`);
    void session.close();
    wake();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  try {
    await session.start();
    if (!received) {
      await hooks.started?.(session);
      const what = paths.length ? paths.join(', ') : '.';
      if (!flags.quiet) io.stderr(`agenda: ${say('cli.watching', { what, out: flags.out })}\n`);
      await stop;
    }
  } finally {
    await session.close();
    await hooks.stopped?.();
    for (const s of signals) process.off(s, onSignal);
  }
  return exitCodeOf(received ?? 'SIGINT');
}

/** Prints a session's events: what changed, the findings of the sources it touched, what was written, a summary. */
function watchPrinter(io: Io, flags: BuildFlags): (e: WatchEvent) => void {
  const progress = progressPrinter(io, flags);
  const said = new Set<string>();
  const once = (message: string) => {
    if (!said.has(message)) io.stderr(message);
    said.add(message);
  };
  return (e) => {
    switch (e.kind) {
      case 'progress':
        return progress(e.event);
      case 'changed':
        if (!flags.quiet) io.stderr(`\nagenda: ${say('cli.changed', { paths: e.paths.map((p) => relative(io.cwd, p) || p).join(', ') })}\n`);
        return;
      case 'failed':
        io.stderr(`agenda: ${e.error.message}\n`);
        return;
      case 'path': {
        const path = relative(io.cwd, e.path) || e.path;
        io.stderr(`agenda: ${e.state === 'gone' ? say('cli.watchGone', { path }) : say('cli.watchBack', { path })}\n`);
        return;
      }
      case 'built': {
        progress({ kind: 'start', total: 0 });
        const r = e.report;
        const touched = new Set(e.affected.map((f) => resolve(f)));
        // The touched sources' findings (and the config's), each time; the build's own (no browser, …) once.
        const shown = r.diagnostics.filter((d) => (d.file ? touched.has(resolve(d.file)) : !said.has(`${d.code} ${d.message}`)));
        for (const d of shown) if (!d.file) said.add(`${d.code} ${d.message}`);
        // The sources counted as `agenda check` counts them: the config's findings are shown, the config is not a file checked.
        const sources = new Set(r.files.map((f) => resolve(f)));
        io.stdout(report(shown, { format: flags.format, fileCount: e.affected.filter((f) => sources.has(resolve(f))).length, color: io.color }));
        for (const id of r.unknownAudiences) once(`agenda: ${say('cli.audienceUnknown', { id, declared: '', any: 'unsaid' })}\n`);
        if (flags.format === 'stylish' && !flags.quiet) io.stdout(summary(r, flags.out, e.ms));
        return;
      }
    }
  };
}

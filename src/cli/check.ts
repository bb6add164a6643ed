/** `agenda check`: parses and validates the sources and prints what is wrong. */
import type { Command } from 'commander';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { report } from '../base/diagnostics/report.js';
import { say } from '../base/messages/index.js';
import { type CheckFlags, type Io, resolveToday } from './command-io.js';
import { exitCode, tooManyWarnings } from './exit-code.js';
import { checkOptions } from './options.js';
import { commandConfig } from './command-config.js';
import { ph } from './face.js';

export function registerCheck(program: Command, io: Io, setCode: (code: number) => void): void {
  checkOptions(
    program
      .command('check')
      .description(say('help.check'))
      .argument(`[${ph('paths')}...]`, say('help.paths'), [])
      .option(`--changed [${ph('ref')}]`, say('help.changed')),
  ).action(async (paths: string[], flags: CheckFlags) => setCode(await runCheck(paths, flags, io)));
}

async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const [{ checkSources }, loaded, { selectSources }] = await Promise.all([
    import('../drivers/build/check-sources.js'),
    commandConfig(flags, io, paths),
    import('../drivers/sources/select-sources.js'),
  ]);
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

/** `agenda doctor`: prints what a build here will use and whether it works; exit 1 when something will fail. */
import type { Command } from 'commander';
import type { Finding } from '../drivers/doctor/doctor.js';
import type { CommandIo } from './command-io.js';

interface DoctorFlags {
  browser?: string;
  sandbox: boolean;
  config?: string;
}

export function registerDoctor(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('doctor')
    .description('Say what agenda build will use here (Node, config, time zones, browser, sandbox, fonts) and whether it works')
    .option('--browser <path>', 'the Chrome or Chromium to try (default: the one build would find)')
    .option('--no-sandbox', 'try the browser without its sandbox')
    .option('-c, --config <file>', 'project config file (default: agenda.config.yaml in this folder or above)')
    .action(async (flags: DoctorFlags) => setCode(await runDoctor(flags, io)));
}

async function runDoctor(flags: DoctorFlags, io: CommandIo): Promise<number> {
  const [{ diagnose }, { loadConfig }, { selectSources }] = await Promise.all([
    import('../drivers/doctor/doctor.js'),
    import('../pipeline/config.js'),
    import('../drivers/sources/select-sources.js'),
  ]);
  const loaded = await loadConfig(flags.config, io.cwd);
  const findings = await diagnose({
    cwd: io.cwd,
    env: io.env,
    loaded,
    browser: flags.browser,
    noSandbox: !flags.sandbox,
    sources: async () => (await selectSources([], loaded, io.cwd)).set.files,
  });
  io.stdout(findings.map(line).join(''));
  const problems = findings.filter((f) => f.status === 'problem').length;
  io.stdout(problems ? `\n${problems} problem${problems === 1 ? '' : 's'}: agenda build will fail or print without PDFs here.\n` : '\nEverything agenda build needs is here.\n');
  return problems ? 1 : 0;
}

function line(f: Finding): string {
  const says = f.says.replace(/\n/g, '\n                       ');
  return `${f.status.padEnd(8)} ${f.topic.padEnd(11)}  ${says}\n${f.fix ? `                       fix: ${f.fix}\n` : ''}`;
}

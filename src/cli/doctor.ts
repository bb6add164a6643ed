/** `agenda doctor`: prints what a build here will use and whether it works; exit 1 when something will fail. */
import type { Command } from 'commander';
import type { Finding } from '../drivers/doctor/doctor.js';
import { say } from '../base/messages/index.js';
import type { CommandIo } from './command-io.js';
import { ph } from './face.js';

interface DoctorFlags {
  browser?: string;
  sandbox: boolean;
  config?: string;
}

export function registerDoctor(program: Command, io: CommandIo, setCode: (code: number) => void): void {
  program
    .command('doctor')
    .description(say('help.doctor'))
    .option(`--browser <${ph('path')}>`, say('help.doctorBrowser'))
    .option('--no-sandbox', say('help.doctorNoSandbox'))
    .option(`-c, --config <${ph('file')}>`, say('help.config'))
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
  io.stdout(`\n${say('doctor.verdict', { problems })}\n`);
  return problems ? 1 : 0;
}

const statuses = ['ok', 'warning', 'problem'] as const;
const topics = ['node', 'config', 'sources', 'time zone', 'browser', 'sandbox', 'test print', 'fonts'] as const;

/** A finding's line: its status and topic in columns as wide as the language's words, then what was found and the fix. */
function line(f: Finding): string {
  const width = (least: number, words: readonly string[]) => Math.max(least, ...words.map((w) => w.length));
  const status = width(
    8,
    statuses.map((s) => say('doctor.status', { status: s })),
  );
  const topic = width(
    11,
    topics.map((t) => say('doctor.topic', { topic: t.replace(' ', '') })),
  );
  const indent = ' '.repeat(status + topic + 3);
  const says = f.says.replace(/\n/g, `\n${indent}`);
  const head = `${say('doctor.status', { status: f.status }).padEnd(status)} ${say('doctor.topic', { topic: f.topic.replace(' ', '') }).padEnd(topic)}  ${says}\n`;
  return head + (f.fix ? `${indent}${say('doctor.fix', { fix: f.fix })}\n` : '');
}

/**
 * What `agenda build` says about its outputs beyond the findings: the views
 * it removed (no longer asked for, or their source gone), a JSON summary of
 * what it wrote for `--format json`, and under GitHub Actions a table in the
 * job's step summary (GITHUB_STEP_SUMMARY).
 */
import { appendFile } from 'node:fs/promises';
import type { BuildReport, ProgressEvent } from '../drivers/build/build.js';
import { printable } from '../base/diagnostics/printable.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { report } from '../base/diagnostics/report.js';
import { say } from '../base/messages/index.js';
import type { BuildFlags, CommandIo } from './command-io.js';

export interface BuildSummary {
  outDir: string;
  sources: number;
  invitations: number;
  built: number;
  upToDate: number;
  /** Files written, relative to the output folder. */
  written: string[];
  /** Files removed because their view is no longer made, relative to the output folder. */
  removed: string[];
  /** Invitations that could not be made (each is a diagnostic too). */
  failed: number;
  /** Sources not built because they have errors. */
  notBuilt: string[];
  index: string | null;
  seconds: number;
}

export function summaryOf(r: BuildReport, outDir: string, ms: number): BuildSummary {
  return {
    outDir,
    sources: r.files.length,
    invitations: r.views,
    built: r.built,
    upToDate: r.upToDate,
    written: [...r.written].sort(),
    removed: [...r.removed].sort(),
    failed: r.failed,
    notBuilt: r.invalid,
    index: r.index || null,
    seconds: Math.round(ms / 100) / 10,
  };
}

/** `--format json` for build: the findings as `agenda check` prints them, and the summary. */
export function buildJson(diagnostics: readonly Diagnostic[], summary: BuildSummary): string {
  const findings = JSON.parse(report(diagnostics, { format: 'json', fileCount: summary.sources })) as unknown[];
  return `${JSON.stringify({ diagnostics: findings, summary }, null, 2)}\n`;
}

/** The views whose files were removed: `name` for name.html, name.pdf, name.ics. */
export function removedViews(summary: BuildSummary): string[] {
  return [...new Set(summary.removed.map((f) => f.replace(/\.(html|pdf|ics)$/, '')))];
}

/** One line per removed view, for people. */
export function removedLines(summary: BuildSummary): string {
  return removedViews(summary)
    .map((name) => `${say('build.removed', { path: `${summary.outDir}/${name}` })}\n`)
    .join('');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The step summary's Markdown: the counts, then each invitation written, failed or removed. */
export function stepSummaryMarkdown(s: BuildSummary): string {
  const row = (what: string, n: number) => `| ${say('step.row', { what })} | ${n} |`;
  const rows = [
    row('invitations', s.invitations),
    row('built', s.built),
    row('upToDate', s.upToDate),
    ...(s.failed ? [row('failed', s.failed)] : []),
    ...(s.notBuilt.length ? [row('notBuilt', s.notBuilt.length)] : []),
    ...(s.removed.length ? [row('removed', removedViews(s).length)] : []),
  ];
  const file = (f: string, what: string) => `| ${cell(f)} | ${say('step.file', { what })} |`;
  const details = [...s.notBuilt.map((f) => file(f, 'notBuilt')), ...s.removed.map((f) => file(f, 'removed')), ...s.written.map((f) => file(f, 'written'))];
  const table = details.length ? `\n| ${say('step.fileHeading')} | |\n|---|---|\n${details.join('\n')}\n` : '';
  return `### ${say('step.heading', { out: s.outDir })}\n\n| | |\n|---|---|\n${rows.join('\n')}\n${table}\n`;
}

/** Appends the table when running under GitHub Actions; a summary that cannot be written is said, not fatal. */
export async function appendStepSummary(summary: BuildSummary, io: CommandIo): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(file, stepSummaryMarkdown(summary));
  } catch (e) {
    io.stderr(`agenda: ${say('step.unwritable', { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message })}\n`);
  }
}

/** The build's last line: what was made, where, and how long it took. */
export function summary(r: BuildReport, out: string, ms: number): string {
  const target = r.index ? `${out}/${r.index}` : say('build.shardTarget', { out });
  const counts = { views: r.views, built: r.built, upToDate: r.upToDate, failed: r.failed, invalid: r.invalid.length };
  return `${say('build.summary', { ...counts, target, seconds: ms / 1000 })}\n`;
}

/** On a terminal, one line redrawn in place; otherwise a line per written invitation, nothing for those up to date. */
export function progressPrinter(io: CommandIo, flags: BuildFlags): (e: ProgressEvent) => void {
  let drawn = false;
  return (e) => {
    if (flags.quiet) return;
    if (io.tty) {
      if (e.kind === 'start') {
        if (drawn) io.stderr('\r\x1b[K');
        drawn = false;
        return;
      }
      io.stderr(`\r\x1b[K[${e.done}/${e.total}] ${printable(e.name)}`);
      drawn = true;
      return;
    }
    if (e.kind === 'view' && !e.upToDate) io.stderr(`${say('build.wrote', { files: e.files.map((f) => printable(`${flags.out}/${f}`)).join(', ') })}\n`);
  };
}

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
    .map((name) => `removed ${summary.outDir}/${name}.*\n`)
    .join('');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The step summary's Markdown: the counts, then each invitation written, failed or removed. */
export function stepSummaryMarkdown(s: BuildSummary): string {
  const rows = [
    `| invitations | ${s.invitations} |`,
    `| built | ${s.built} |`,
    `| up to date | ${s.upToDate} |`,
    ...(s.failed ? [`| failed | ${s.failed} |`] : []),
    ...(s.notBuilt.length ? [`| sources with errors, not built | ${s.notBuilt.length} |`] : []),
    ...(s.removed.length ? [`| removed | ${removedViews(s).length} |`] : []),
  ];
  const details = [
    ...s.notBuilt.map((f) => `| ${cell(f)} | not built: the source has errors |`),
    ...s.removed.map((f) => `| ${cell(f)} | removed |`),
    ...s.written.map((f) => `| ${cell(f)} | written |`),
  ];
  const table = details.length ? `\n| file | |\n|---|---|\n${details.join('\n')}\n` : '';
  return `### agenda build → ${s.outDir}\n\n| | |\n|---|---|\n${rows.join('\n')}\n${table}\n`;
}

/** Appends the table when running under GitHub Actions; a summary that cannot be written is said, not fatal. */
export async function appendStepSummary(summary: BuildSummary, io: CommandIo): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(file, stepSummaryMarkdown(summary));
  } catch (e) {
    io.stderr(`agenda: could not append to GITHUB_STEP_SUMMARY (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
  }
}

/** The build's last line: what was made, where, and how long it took. */
export function summary(r: BuildReport, out: string, ms: number): string {
  const parts = [`${r.built} built`, `${r.upToDate} up to date`];
  if (r.failed) parts.push(`${r.failed} failed`);
  if (r.invalid.length) parts.push(`${r.invalid.length} source${r.invalid.length === 1 ? '' : 's'} not built (errors)`);
  const views = `${r.views} invitation${r.views === 1 ? '' : 's'}`;
  return `${views}: ${parts.join(', ')} → ${out}/${r.index || ' (a shard: no index; agenda build --index-only makes it)'} (${(ms / 1000).toFixed(1)} s)\n`;
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
    if (e.kind === 'view' && !e.upToDate) io.stderr(`wrote ${e.files.map((f) => printable(`${flags.out}/${f}`)).join(', ')}\n`);
  };
}

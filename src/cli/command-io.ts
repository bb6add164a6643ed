/** What a command gets from the command line: where to print, the environment, the working folder. */
import { sourceDateEpoch } from '../drivers/disk/source-date-epoch.js';
import type { CalendarDate } from '../base/calendar-date.js';
import type { Shard } from '../drivers/build/shard.js';
import type { ReportFormat } from '../base/diagnostics/report.js';

/** Where a command prints, its environment and working folder. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  color: boolean;
  /** The terminal's width in columns, when stdout is one (text is wrapped to it). */
  columns?: number;
  /** Whether stdout is a terminal (for --color auto). */
  stdoutTty?: boolean;
  cwd: string;
  /** Whether stderr is a terminal: progress is then drawn in place. */
  tty?: boolean;
  /** Asks a question on the terminal and returns the answer; absent when stdin is not a terminal (never ask then). */
  ask?: (question: string) => Promise<string>;
}

export type CommandIo = Io;

/** "Today" as the date checks see it without --today: SOURCE_DATE_EPOCH, else the clock. */
export function todayOf(env: NodeJS.ProcessEnv): CalendarDate {
  const d = sourceDateEpoch(env) ?? new Date();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "Today" for date rules: --today, else SOURCE_DATE_EPOCH, else the clock. */
export function resolveToday(option: CalendarDate | undefined, env: NodeJS.ProcessEnv): CalendarDate {
  return option ?? todayOf(env);
}

/** The shell's convention: 128 + the signal's number. */
export function exitCodeOf(signal: NodeJS.Signals): number {
  return 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]!;
}

export interface CheckFlags {
  format: ReportFormat;
  maxWarnings?: number;
  today?: CalendarDate;
  config?: string;
  /** --changed [ref]: only the sources changed since ref (HEAD when none is named). */
  changed?: string | true;
  /** --templates <dir>: the project's templates, over the config's `templates:`. */
  templates?: string;
}

export interface BuildFlags extends CheckFlags {
  out: string;
  force?: boolean;
  concurrency?: number;
  browser?: string;
  sandbox: boolean;
  audience?: string[];
  groups?: boolean;
  pdf: boolean;
  html: boolean;
  ics: boolean;
  quiet?: boolean;
  shard?: Shard;
  indexOnly?: boolean;
  /** watch, preview: how long saves must be quiet before a rebuild, in ms. */
  debounce?: number;
}

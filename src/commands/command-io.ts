/** What a command gets from the command line: where to print, the environment, the working folder. */
import { sourceDateEpoch } from '../output/source-date-epoch.js';
import type { CalendarDate } from '../base/calendar-date.js';

/** Where a command prints, its environment and working folder. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  color: boolean;
  cwd: string;
  /** Whether stderr is a terminal: progress is then drawn in place. */
  tty?: boolean;
}

export type CommandIo = Io;

/** "Today" as the date checks see it without --today: SOURCE_DATE_EPOCH, else the clock. */
export function todayOf(env: NodeJS.ProcessEnv): CalendarDate {
  const d = sourceDateEpoch(env) ?? new Date();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

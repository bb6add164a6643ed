/** The options several commands share, and the readers of their values. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { CalendarDate } from '../base/calendar-date.js';
import { reportFormats } from '../base/diagnostics/report.js';
import { parseIsoDate } from '../model/values.js';

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number');
  return n;
}

export function positive(value: string): number {
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

/** The options `check` and `build` share: how to print, how many warnings, today, the config. */
export function checkOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'how to print diagnostics').choices(reportFormats as string[]).default('stylish'))
    .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber)
    .option('--today <date>', 'the date that counts as today for date checks, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or the clock)', isoDay)
    .option('-c, --config <file>', 'project config file (default: agenda.config.yaml in this folder or above)');
}

/** The options `build`, `watch` and `preview` share: checkOptions and what to build, how. */
export function buildOptions(command: Command): Command {
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

/** The options several commands share, and the readers of their values. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { type CalendarDate, isoOf } from '../base/calendar-date.js';
import { reportFormats } from '../base/diagnostics/report.js';
import { say } from '../base/messages/index.js';
import { parseDate, parseIsoDate } from '../model/values.js';
import { ph } from './face.js';

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(say('cli.arg.wholeNumber'));
  return n;
}

export function positive(value: string): number {
  const n = wholeNumber(value);
  if (n < 1) throw new InvalidArgumentError(say('cli.arg.positive'));
  return n;
}

function isoDay(value: string) {
  const r = parseIsoDate(value);
  if (!r.ok) {
    // The date as YYYY-MM-DD when it was written in another form (28.01.2020); none for what is no date at all.
    const other = parseDate(value);
    const meant = other.ok && other.value.year !== undefined ? isoOf(other.value as CalendarDate) : undefined;
    throw new InvalidArgumentError(say('cli.arg.isoDay', { problem: r.message, meant: meant ?? 'none' }));
  }
  return r.value as CalendarDate;
}

/** The options `check` and `build` share: how to print, how many warnings, today, the config and the templates (check checks what build will use). */
export function checkOptions(command: Command): Command {
  return command
    .addOption(new Option(`-f, --format <${ph('format')}>`, say('help.format')).choices(reportFormats as string[]).default('stylish'))
    .option(`--max-warnings <${ph('n')}>`, say('help.maxWarnings'), wholeNumber)
    .option(`--today <${ph('date')}>`, say('help.today'), isoDay)
    .option(`-c, --config <${ph('file')}>`, say('help.config'))
    .option(`--templates <${ph('dir')}>`, say('help.templates'));
}

/** The options `build`, `watch` and `preview` share: checkOptions and what to build, how. */
export function buildOptions(command: Command): Command {
  return checkOptions(command)
    .option('--force', say('help.force'))
    .option(`--concurrency <${ph('n')}>`, say('help.concurrency'), positive)
    .option(`--browser <${ph('path')}>`, say('help.browser'))
    .option('--no-sandbox', say('help.noSandbox'))
    .option(`--audience <${ph('id')}...>`, say('help.audience'))
    .option('--groups', say('help.groups'))
    .option('--no-pdf', say('help.noPdf'))
    .option('--no-html', say('help.noHtml'))
    .option('--no-ics', say('help.noIcs'))
    .option('-q, --quiet', say('help.quiet'));
}

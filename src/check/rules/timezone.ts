/**
 * A time zone the calendars cannot be written in: every event's time is
 * converted from the gathering's wall clock in its `timezone`, so a name
 * the time-zone database does not know (a typo: Europe/Olso) would fail
 * the build of every calendar.
 */
import { spanOf } from '../../model/gathering.js';
import { closest } from '../../base/suggest.js';
import type { Rule } from '../rule.js';
import { notOk, ok } from './examples/timezone.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { say } from '../../base/messages/index.js';
import { quoted } from '../context.js';

/** The IANA names Node knows: what a misspelt zone is compared with. */
let known: Set<string> | undefined;

/** Answers kept per name: making a DateTimeFormat costs about 0.3 ms, and every source of a project names the same zone. */
const zoneAnswers = new Map<string, boolean>();

/** Whether Node accepts the name: an IANA name or a link (UTC, Etc/…). */
export function isTimeZone(name: string): boolean {
  let answer = zoneAnswers.get(name);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      answer = true;
    } catch {
      answer = false;
    }
    if (zoneAnswers.size < 1000) zoneAnswers.set(name, answer);
  }
  return answer;
}

export const timezone: Rule = {
  id: 'timezone',
  codes: codesOf('timezone'),
  ok,
  notOk,
  check(context) {
    const g = context.gathering;
    if (!g.timezone || isTimeZone(g.timezone)) return;
    known ??= new Set(Intl.supportedValuesOf('timeZone'));
    const near = closest(g.timezone, known);
    context.report({
      code: 'timezone-unknown',
      message: say('timezone-unknown.message', { zone: quoted(g.timezone) }),
      span: spanOf(g, 'timezone'),
      hint: near ? say('did-you-mean', { suggestion: near }) : say('timezone-unknown.hint'),
    });
  },
};

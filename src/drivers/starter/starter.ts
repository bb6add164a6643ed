/**
 * A starter gathering (`agenda new`): a whole source in the secretary's
 * language that passes `agenda check` as it is, with a comment by each field
 * saying what it is for. Dated a few weeks after "today" (a Tuesday), so the
 * date checks have nothing to say until the secretary changes it.
 */
import { catalogue, type Language } from '../../base/i18n/index.js';
import { starterWords, type StarterWords } from './starter-words.js';
import { formatTime, type CalendarDate } from '../../base/calendar-date.js';

export interface StarterOptions {
  language: Language;
  template: string;
  today: CalendarDate;
}

function addDays(d: CalendarDate, n: number): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day + n));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The gathering's day: six weeks on, moved forward to a Tuesday. */
function gatheringDay(today: CalendarDate): Date {
  const d = addDays(today, 42);
  return new Date(d.getTime() + ((9 - d.getUTCDay()) % 7) * 86_400_000);
}

/** A comment at a fixed column after the YAML, so the comments line up. */
const noted = (yaml: string, note: string) => `${yaml.padEnd(32)} # ${note}`;

export function starterSource(options: StarterOptions): string {
  const w = starterWords(options.language);
  const sep = catalogue(options.language).timeSeparator;
  const t = (h: number, m = 0) => formatTime(h * 60 + m, sep);
  const day = gatheringDay(options.today);
  const deadline = new Date(day.getTime() - 14 * 86_400_000);
  const n = w.notes;
  const lines = [
    '---',
    `# ${n.head}`,
    noted(`title: ${w.title}`, n.title),
    noted(`organiser: ${w.organiser}`, n.organiser),
    noted(`language: ${options.language}`, n.language),
    noted(`template: ${options.template}`, n.template),
    noted(`date: ${iso(day)}`, n.date),
    noted(`hours: ${t(9)}–${t(15)}`, n.hours),
    noted('venue:', n.venue),
    `  name: ${w.venueName}`,
    `  city: ${w.city}`,
    '',
    noted('deadlines:', n.deadlines),
    `  - date: ${iso(deadline)}`,
    `    what: ${w.registration}`,
    '    to: post@example.org',
    '    kind: registration',
    '',
    noted('contact:', n.contact),
    `  name: ${w.organiser}`,
    '  email: post@example.org',
    `  role: ${w.contactRole}`,
    '',
    ...programme(w, t),
    ...extra(options.template, w, day, `${t(9)}–${t(15)}`),
    '---',
    '',
    w.body,
    '',
  ];
  return lines.join('\n');
}

function programme(w: StarterWords, t: (h: number, m?: number) => string): string[] {
  const [open, first, pause, second, lunch, groups, close] = w.rows;
  return [
    noted('programme:', `${w.notes.programme}; ${w.notes.untimed}`),
    `  - time: ${t(9)}–${t(9, 15)}`,
    `    title: ${open}`,
    `  - time: ${t(9, 15)}–${t(10, 30)}`,
    `    title: ${first}`,
    `  - time: ${t(10, 30)}–${t(10, 45)}`,
    `    title: ${pause}`,
    '    kind: break',
    `  - time: ${t(10, 45)}–${t(11, 45)}`,
    `    title: ${second}`,
    `  - time: ${t(11, 45)}–${t(12, 30)}`,
    `    title: ${lunch}`,
    '    kind: meal',
    `  - time: ${t(12, 30)}–${t(14, 30)}`,
    `    title: ${groups}`,
    `  - time: ${t(14, 30)}–${t(15)}`,
    `    title: ${close}`,
  ];
}

/** What the welcome, network and phases templates show besides the programme. */
function extra(template: string, w: StarterWords, day: Date, hours: string): string[] {
  const head = (key: string) => ['', noted(`${key}:`, w.notes.extra)];
  if (template === 'welcome') {
    const [who, theme, prep] = w.facts;
    return [...head('facts'), `  ${who}: …`, `  ${theme}: …`, `  ${prep}: …`];
  }
  if (template === 'network') {
    const next = new Date(day.getTime() + 35 * 86_400_000);
    return [
      ...head('groups'),
      `  - label: ${w.group}`,
      `    members: [${w.members.join(', ')}]`,
      `    venue: ${w.venueName}`,
      '    sessions:',
      `      - { date: ${iso(day)}, time: ${hours} }`,
      `      - { date: ${iso(next)}, time: ${hours} }`,
    ];
  }
  if (template === 'phases') {
    const [purpose, who] = w.parts;
    return [...head('phases'), ...w.phases.flatMap((p) => [`  - title: ${p}`, '    parts:', `      ${purpose}: …`, `      ${who}: …`])];
  }
  return [];
}

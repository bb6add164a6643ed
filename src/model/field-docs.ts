/**
 * What each field of the front matter and of the project config means, with
 * an example: one table read by `agenda schema` (descriptions, examples and
 * patterns in the JSON Schema), and by the language server's hover and
 * completion. Keyed by a field's path with list items as `[]` and the keys
 * of a map the author names (audience ids, rule ids, fact labels) as `*`;
 * docKey turns any path in a source into such a key.
 */
import { own } from '../base/own.js';

export interface FieldDoc {
  /** What the field means and how it is written. */
  description: string;
  /** A value as the author writes it (as YAML reads it). */
  example: unknown;
  /** The form the written text takes (times and dates), as a JSON Schema pattern. */
  pattern?: string;
}

const KL = '(?:[Kk][Ll](?:[Oo](?:[Kk][Kk](?:[Aa]|[Ee][Nn]))?)?\\.?\\s*)?';
const CLOCK = `${KL}(?:\\d{1,2}(?:[:.]\\d{2})?|\\d{4})`;
const DASH = '\\s*[-–—‒−]\\s*';
const OPEN = '(?:(?:[Ff]ra|[Ff]rå|[Ff]rån|[Ff]rom)\\s+)';

/** The written forms values.ts reads, as JSON Schema patterns (ECMA-262, no flags). */
export const patterns = {
  timeOfDay: `^\\s*${CLOCK}\\s*$`,
  timeSlot: `^\\s*${KL}(?:${OPEN}${CLOCK}|${CLOCK}(?:${DASH}${CLOCK})?)\\s*$`,
  timeRange: `^\\s*${CLOCK}${DASH}${CLOCK}\\s*$`,
  isoDate: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$',
  date: '^\\s*(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\s?\\d{1,2}\\.?(?:\\s?-?(?:\\d{4}|\\d{2}))?)\\s*$',
};

const doc = (description: string, example: unknown, pattern?: string): FieldDoc => ({ description, example, pattern });

const venue: Record<string, FieldDoc> = {
  venue: doc('Where it takes place: a name, or {name, address, room, city, link}', { name: 'Nationalteatret Konferansesenter', city: 'Oslo' }),
  'venue.name': doc('The name of the place', 'Lampeland hotell'),
  'venue.address': doc('Street address', 'Johanne Dybwads plass 1'),
  'venue.room': doc('Room or hall', 'Store sal'),
  'venue.city': doc('Town or city', 'Kongsberg'),
  'venue.link': doc('A web address for the place, a map or the video meeting', 'https://example.no/kart'),
};

const item: Record<string, FieldDoc> = {
  programme: doc('The programme: a list of items, parts (items:) and parallel sets (parallel:)', [{ time: '09:00', title: 'Velkommen' }]),
  'programme[]': doc('A programme item: a time, a title, and who it is for', { time: '09:00', title: 'Velkommen', for: 'owners' }),
  'programme[].time': doc(
    'When the item runs: 09:00, 09.00, 0900, a range 08:30–09:30, or an open start "fra 09.30"; no time: it follows the row above',
    '09.00–09.30',
    patterns.timeSlot,
  ),
  'programme[].title': doc('What the item is called', 'Intensjoner og rammer'),
  'programme[].kind': doc('session (default), break or meal: breaks and meals are set in italics', 'break'),
  'programme[].for': doc('Audience ids the item is for, one or a list; none means everyone present', ['owners', 'principals']),
  'programme[].lead': doc('Who leads the item, one or a list', 'Kari Nordmann'),
  'programme[].details': doc('More about the item, in Markdown', 'Ta med *egen* PC.'),
  'programme[].points': doc('Sub-points: text, "Label: text", or "- text:" followed by its own list', ['Presentasjon av samordningsgruppa', 'Økonomi']),
  'programme[].points[].*': doc('A sub-point "Label: text", or a text with its own list of sub-points', ['Gruppearbeid', 'Oppsummering']),
  'programme[].venue': venue.venue,
  'programme[].alongside': doc(
    'The title of the item (or items) this one runs alongside on purpose, such as a standing lunch during registration: the two do not overlap',
    'Registrering',
  ),
  'programme[].evening': doc(
    "Part of the evening programme, after the day's hours on purpose (a dinner at 19.30); a meal from 18.00 on after the hours is taken as such without it",
    true,
  ),
  'programme[].items': doc('The items of a part ("Del 1, 12.30–14.30")', [{ time: '12:30', title: 'Gruppearbeid' }]),
  'programme[].parallel': doc('Items (or parts) that run at the same time', [{ title: 'Spor A' }, { title: 'Spor B' }]),
};

export const frontMatterDocs: Record<string, FieldDoc> = {
  title: doc("The gathering's title, the invitation's heading", 'Oppstartsamling i Regionalt skoleeiersamarbeid ØST'),
  subtitle: doc('A line under the title', 'Samling 1 av 3'),
  organiser: doc('Who invites', 'Regionalt skoleeiersamarbeid ØST'),
  language: doc("The invitation's language: nb (default), nn, da, sv or en", 'nb'),
  template: doc('timetable, welcome, network or phases, or a project template', 'timetable'),
  timezone: doc('The IANA time zone of the times, for the calendar file (default Europe/Oslo)', 'Europe/Oslo'),
  date: doc("The gathering's (first) date, written YYYY-MM-DD", '2020-01-28', patterns.isoDate),
  hours: doc("The day's hours: a range such as 08:30–14:30", '09:00–15:30', patterns.timeRange),
  days: doc('For a gathering of several days: each day with its own hours and programme', [{ date: '2025-08-21', hours: '10:00–16:00' }]),
  'days[]': doc('One day of the gathering', { date: '2025-08-21', title: 'Dag 1', hours: '10:00–16:00' }),
  'days[].date': doc("The day: 2020-01-28, 28.01.2020, or 28.01 for a day in the gathering's year", '21.08', patterns.date),
  'days[].title': doc("The day's heading", 'Torsdag: fagdag'),
  'days[].hours': doc("The day's hours: a range such as 08:30–14:30", '10:00–16:00', patterns.timeRange),
  'days[].audiences': doc("When each audience is there on this day, over the gathering's audiences; {} for all day", { principals: {}, owners: { from: '13:00' } }),
  'days[].audiences.*': doc('An audience on this day: {from, until}, or {} when it is there all day', { from: '13:00' }),
  'days[].audiences.*.from': doc('When the audience joins on this day: a time of day such as 13:00', '13:00', patterns.timeOfDay),
  'days[].audiences.*.until': doc('When the audience leaves on this day: a time of day such as 15:00', '15:00', patterns.timeOfDay),
  ...venue,
  audiences: doc('Who is invited: audience id → label, or {label, from, until}', { owners: 'Administrative skoleeiere', principals: { label: 'Rektorer', from: '11:30' } }),
  'audiences.*': doc('An audience: its label, or {label, from, until} when it joins late or leaves early', { label: 'Rektorer', from: '11:30' }),
  'audiences.*.label': doc('The audience as the invitation names it', 'Rektorer'),
  'audiences.*.from': doc('When the audience joins: a time of day such as 11:30', '11:30', patterns.timeOfDay),
  'audiences.*.until': doc('When the audience leaves: a time of day such as 14:00', '14:00', patterns.timeOfDay),
  ...item,
  facts: doc("Labelled facts in the author's words: Sted, Hvem, Tema …", { Hvem: 'Skoleeiere og rektorer', Tema: 'Samarbeid' }),
  'facts.*': doc('One fact, in Markdown', 'Skoleeiere og rektorer'),
  deadlines: doc('Deadlines: registration, preparation, input or follow-up', [{ date: '14.01.2020', what: 'Påmelding', kind: 'registration' }]),
  'deadlines[]': doc('A deadline: its date, what is due, where to send it, and its kind', { date: '14.01.2020', what: 'Påmelding', to: 'post@example.no', kind: 'registration' }),
  'deadlines[].date': doc("The deadline: 2020-01-28, 28.01.2020, or 28.01 for a day in the gathering's year", '14.01.2020', patterns.date),
  'deadlines[].time': doc('Time of the deadline, e.g. 23:59', '12:00', patterns.timeOfDay),
  'deadlines[].what': doc('What is due', 'Påmelding'),
  'deadlines[].to': doc('Where to send it: an e-mail address or a link', 'post@example.no'),
  'deadlines[].remind': doc('Calendars remind of the deadline this many days before it (1–60)', 3),
  'deadlines[].kind': doc('registration and preparation fall before the gathering; input and follow-up after it; or other', 'registration'),
  registration: doc('How to register: a text, or {text, via, link, email}', { via: 'skjema', link: 'https://example.no/påmelding' }),
  'registration.text': doc('About registering, in Markdown', 'Påmelding innen 14. januar.'),
  'registration.via': doc('What one registers through', 'påmeldingsskjema'),
  'registration.link': doc("The registration form's web address", 'https://example.no/påmelding'),
  'registration.email': doc('An e-mail address to register with', 'post@example.no'),
  contact: doc('Whom to ask: an e-mail address, {name, email, phone, role}, or a list of them', { name: 'Kari Nordmann', email: 'kari@example.no' }),
  'contact.name': doc("The contact's name", 'Kari Nordmann'),
  'contact.email': doc("The contact's e-mail address", 'kari@example.no'),
  'contact.phone': doc("The contact's phone number", '+47 900 00 000'),
  'contact.role': doc("The contact's role", 'Koordinator'),
  groups: doc('The groups of a network, each with its members and sessions', [{ label: 'Gruppe 1', members: ['Asker', 'Bærum'] }]),
  'groups[]': doc('A group: its label, members, venue and sessions', { label: 'Gruppe 1', members: ['Asker', 'Bærum'], sessions: [{ date: '12.10.2018' }] }),
  'groups[].label': doc("The group's name", 'Gruppe 1'),
  'groups[].description': doc('About the group', 'Skoler i nord'),
  'groups[].members': doc("The group's members, a list of names", ['Asker', 'Bærum']),
  'groups[].sessions': doc("The group's sessions, in the order they happen", [{ date: '12.10.2018', time: '09:00–12:00' }]),
  'groups[].sessions[]': doc('A session: its date, hours, venue and title', { date: '12.10.2018', time: '09:00–12:00' }),
  'groups[].sessions[].date': doc("The session: 2020-01-28, 28.01.2020, or 28.01 for a day in the gathering's year", '12.10.2018', patterns.date),
  'groups[].sessions[].time': doc("The session's hours: a range such as 08:30–14:30", '09:00–12:00', patterns.timeRange),
  'groups[].sessions[].title': doc("The session's title", 'Oppstart'),
  phases: doc('Untimed phases of a longer process, each with its own parts', [{ title: 'Fase 1', when: 'Høsten 2020' }]),
  'phases[]': doc('A phase: its title, when, labelled parts and points', { title: 'Fase 1', when: 'Høsten 2020', parts: { Formål: 'Felles forståelse' } }),
  'phases[].title': doc("The phase's title", 'Fase 1: Kartlegging'),
  'phases[].when': doc('When the phase runs, in words', 'Høsten 2020'),
  'phases[].parts': doc("Labelled parts in the author's words: Formål, Deltagere, Ramme", { Formål: 'Felles forståelse', Ramme: 'To dager' }),
  'phases[].parts.*': doc('One part, in Markdown', 'Felles forståelse'),
  'phases[].points': doc('Sub-points of the phase', ['Kartlegging', 'Analyse']),
  'phases[].points[].*': doc('A sub-point "Label: text", or a text with its own list of sub-points', ['Kartlegging', 'Analyse']),
  rules: doc('Severity per check for this file: error, warning or off', { 'member-duplicate': 'off', gap: 'error' }),
  'rules.*': doc('The severity of one check (a code or a rule module): error, warning or off', 'off'),
};

export const configDocs: Record<string, FieldDoc> = {
  rules: doc('Severity per check for every source: error, warning or off', { 'member-duplicate': 'off', gap: 'error' }),
  'rules.*': doc('The severity of one check (a code or a rule module): error, warning or off', 'warning'),
  template: doc('Default template for sources that name none', 'timetable'),
  templates: doc('Folder of project templates and partials that override the built-in ones', 'maler'),
  branding: doc("The organisation's look: organisation, logo, accent colour, footer", { organisation: 'Asker kommune', accent: '#1a4f8b' }),
  'branding.organisation': doc("The organisation's name", 'Asker kommune'),
  'branding.logo': doc('Image file, relative to the config file', 'logo.png'),
  'branding.accent': doc('The accent colour, #RGB or #RRGGBB', '#1a4f8b'),
  'branding.footer': doc('A line at the foot of each invitation', 'Asker kommune – oppvekst'),
  audiences: doc('Audience views to build: all, or a list of audience ids', 'all'),
  groups: doc('Build an invitation for each group of a series', true),
  concurrency: doc('PDF pages printed at once', 2),
  browser: doc('Path of the Chrome or Chromium to print PDFs with', '/usr/bin/chromium'),
  link: doc('Public address of the invitations, {name} is replaced by the output name', 'https://example.no/samlinger/{name}.html'),
  'time-separator': doc('How times are printed: 09.00 (.) or 09:00 (:)', '.'),
  'max-warnings': doc('Fail when there are more warnings than this', 0),
  sources: doc('Which .md files below the folders named are gatherings: globs relative to this file', ['gatherings/**/*.md']),
  exclude: doc('Files the sources globs would take that are not gatherings: globs relative to this file', ['gatherings/drafts/**']),
};

/** Maps named by their author: the key after one of these is any name. */
const NAMED_KEYS = /^(?:audiences|facts|rules|phases\[\]\.parts)$|points\[\]$/;

/**
 * The doc key of a path in a source (`['days', 0, 'programme', 2, 'items',
 * 0, 'venue', 'name']` → `venue.name`): list indexes become `[]`, names in
 * author-named maps `*`, nested items `programme[]`, any venue `venue`,
 * a list of one-or-more values (`for`, `contact`) its field, and anything
 * inside a sub-point its label (`points[].*`).
 */
export function docKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const step of path) {
    if (typeof step === 'number') key += '[]';
    else key += (key ? '.' : '') + (NAMED_KEYS.test(key) ? '*' : step);
  }
  key = key.replace(/^days\[\]\.programme/, 'programme');
  while (/programme\[\]\.(?:items|parallel)\[\]/.test(key)) key = key.replace(/programme\[\]\.(?:items|parallel)\[\]/, 'programme[]');
  key = key.replace(/^.+\.(venue(?:\.|$))/, '$1');
  key = key.replace(/^contact\[\]/, 'contact');
  key = key.replace(/(points\[\])\..*$/, '$1.*');
  return key;
}

/** The doc of a path, or of the field whose value it is an item of (`for[]` → `for`). */
export function fieldDoc(path: readonly (string | number)[], table: Record<string, FieldDoc> = frontMatterDocs): FieldDoc | undefined {
  const key = docKey(path);
  return own(table, key) ?? (key.endsWith('[]') ? own(table, key.slice(0, -2)) : undefined);
}

/**
 * The catalogue of diagnostic codes: each code once, as data, with its
 * stage, default severity and a one-line summary; a validator rule's codes
 * also name the rule module that reports them (src/check/rules/, which
 * holds the explanation and the examples). `Diagnostic.code` is typed by
 * this list, so a misspelt code does not compile. docs/format.md's table and
 * docs/rules.md are generated from here; test/diagnostics/codes.test.ts
 * freezes the list.
 */

export type Stage =
  /** The file cannot be read as a source: nothing else is checked in it. */
  | 'read'
  /** The front matter does not read as the format: nothing else is checked in it. */
  | 'parse'
  /** agenda.config.yaml and what it names. */
  | 'config'
  /** What only the set of sources shows, or what rendering will read. */
  | 'project'
  /** Making an invitation failed. */
  | 'build'
  /** The machine, not the sources: exit code 2. */
  | 'environment'
  /** A validator rule's, over one gathering (src/check/rules/). */
  | 'check'
  /** Said only by the language server, in an editor. */
  | 'editor';

export interface CodeInfo {
  stage: Stage;
  /** The rule module that reports the code: stage `check` only. */
  rule?: string;
  /** Severity unless a project or a file says otherwise (rule codes only). */
  severity: 'error' | 'warning';
  /** One line: what the code catches. */
  summary: string;
}

export const codes = {
  'encoding-invalid': { stage: 'read', severity: 'error', summary: 'the file is not UTF-8 (shown at the first byte that is not), or is UTF-16' },
  'front-matter-missing': { stage: 'read', severity: 'error', summary: 'no `---` block at the top of the file' },
  'front-matter-unclosed': { stage: 'read', severity: 'error', summary: 'the front matter has no closing `---`' },
  'yaml-syntax': { stage: 'parse', severity: 'error', summary: 'the YAML cannot be read (an indentation, a missing colon, a tab)' },
  'yaml-too-large': { stage: 'parse', severity: 'error', summary: 'the YAML expands to too much (aliases of aliases)' },
  'yaml-alias': { stage: 'parse', severity: 'error', summary: 'an alias (`*name`) whose anchor is not set before it, or that stands inside the block it names' },
  'yaml-too-deep': { stage: 'parse', severity: 'error', summary: 'lists and maps nested more than 64 levels deep (an unclosed `[`, a run of `- `)' },
  'markdown-too-deep': { stage: 'parse', severity: 'error', summary: 'the body or a text nests lists and quotes more than 32 levels deep' },
  'body-too-large': { stage: 'parse', severity: 'error', summary: 'the Markdown body has more than 200,000 characters' },
  'page-too-large': { stage: 'parse', severity: 'error', summary: "the invitation's texts have more than 500,000 characters together" },
  'front-matter-too-large': { stage: 'parse', severity: 'error', summary: 'the front matter has more than 512 KB or 20,000 lines: refused before it is read' },
  'text-too-long': { stage: 'parse', severity: 'error', summary: "one text of a source or the config (a title, a footer, an item's details) has more than 20,000 characters" },
  'yaml-warning': { stage: 'parse', severity: 'warning', summary: 'the YAML reads, but not as written is likely meant' },
  'yaml-comment': { stage: 'parse', severity: 'warning', summary: 'a ` #` cut a value short: quote the value to keep it' },
  'key-reserved': { stage: 'parse', severity: 'error', summary: 'a key written `__proto__`, which the tool cannot keep as a name: rename it' },
  'key-unknown': {
    stage: 'parse',
    severity: 'error',
    summary:
      'a field the format does not have; a near miss suggests the right one ("venu" → "venue"), and so does a Norwegian, Danish or Swedish word for it ("sted" → "venue", "tid" → "time", "tittel" → "title")',
  },
  'key-missing': { stage: 'parse', severity: 'error', summary: 'a field that must be there (`title`, `date`) is not' },
  'type-mismatch': { stage: 'parse', severity: 'error', summary: 'a value of the wrong kind (a list where a text belongs)' },
  'time-invalid': { stage: 'parse', severity: 'error', summary: 'a time that does not exist (25:00, 09.75) or cannot be read as one' },
  'value-unknown': {
    stage: 'parse',
    severity: 'error',
    summary: 'a value outside the allowed set (`language: no`, `kind: pause`); the hint gives the English value (`pause` → `break`, `lunsj` → `meal`)',
  },
  'date-invalid': { stage: 'parse', severity: 'error', summary: 'a date that does not exist (30 February) or is not written as the field wants (`date:` is YYYY-MM-DD)' },
  'item-title-missing': { stage: 'parse', severity: 'error', summary: 'a programme entry without a title' },
  'item-shape': { stage: 'parse', severity: 'error', summary: 'a programme entry of a shape the format does not know' },
  'days-and-programme': { stage: 'parse', severity: 'error', summary: 'both `days` and `programme` at the top' },
  'days-date': { stage: 'parse', severity: 'error', summary: "the first of `days` is not dated the gathering's `date`" },
  schema: { stage: 'parse', severity: 'error', summary: 'a value the format does not accept, for a reason the other codes do not name' },
  'template-unknown': { stage: 'parse', severity: 'error', summary: "`template:` names no template (built-in or the project's)" },
  'rule-unknown': { stage: 'parse', severity: 'error', summary: '`rules:` names no rule (in the front matter or in `agenda.config.yaml`)' },
  'config-too-large': { stage: 'config', severity: 'error', summary: 'agenda.config.yaml has more than 64 KB or 2,000 lines: refused before it is read' },
  'template-raw': {
    stage: 'config',
    severity: 'warning',
    summary: 'a project template prints with `{{{…}}}` something that is not sanitized HTML (a title, a name): it is printed as text, never as markup',
  },
  'logo-unreadable': { stage: 'config', severity: 'error', summary: "`branding.logo` is missing, a folder, not an image, too large or outside the config's folder" },
  'accent-contrast': { stage: 'config', severity: 'warning', summary: '`branding.accent` too pale for text (under 4.5:1, WCAG 2.1 AA): a darker shade of it is used' },
  'template-invalid': { stage: 'config', severity: 'error', summary: 'a project template, partial or style sheet that cannot be read or compiled' },
  'output-clash': { stage: 'project', severity: 'error', summary: 'two invitations would be written to one name (names that differ only in case count as one)' },
  'output-reserved': { stage: 'project', severity: 'error', summary: 'a source would be written as index.* (the listing of all invitations) or calendar.* (the feeds)' },
  'source-link-skipped': { stage: 'project', severity: 'warning', summary: 'a link in a sources folder that points outside the project or to nothing: not read' },
  'time-end-before-start': { stage: 'check', rule: 'time', severity: 'error', summary: 'A range (item, hours, session, audience) that ends before it starts' },
  'time-zero-length': { stage: 'check', rule: 'time', severity: 'warning', summary: 'An item whose range ends when it starts (09.00–09.00)' },
  'time-order': { stage: 'check', rule: 'time', severity: 'error', summary: 'A timed entry listed after one that starts later' },
  'time-outside-hours': { stage: 'check', rule: 'time', severity: 'error', summary: "An entry that starts before or runs past the day's hours" },
  'hours-mismatch': { stage: 'check', rule: 'time', severity: 'warning', summary: "A programme that starts later or ends earlier than the day's hours" },
  overlap: { stage: 'check', rule: 'overlaps', severity: 'error', summary: 'Two items that overlap in time for the same audience' },
  'alongside-unknown': { stage: 'check', rule: 'overlaps', severity: 'error', summary: "An item's `alongside` names no item of its day" },
  gap: { stage: 'check', rule: 'gaps', severity: 'warning', summary: 'Time between the first and last item of a day with nothing scheduled' },
  'audience-undeclared': { stage: 'check', rule: 'audiences', severity: 'error', summary: 'An item for an audience that is not declared under `audiences`' },
  'audience-absent': { stage: 'check', rule: 'audiences', severity: 'error', summary: 'An item for an audience before it joins or after it leaves' },
  'audience-idle': { stage: 'check', rule: 'audiences', severity: 'warning', summary: 'An audience present with nothing scheduled while an item for others runs' },
  'audience-unused': { stage: 'check', rule: 'audiences', severity: 'warning', summary: 'An audience declared that no item is for' },
  'deadline-order': {
    stage: 'check',
    rule: 'deadlines',
    severity: 'error',
    summary: 'A registration or preparation deadline on or after the gathering, or an input or follow-up deadline before it',
  },
  'deadline-weekday': { stage: 'check', rule: 'deadlines', severity: 'error', summary: "A deadline whose text names a weekday that is not its date's" },
  'date-implausible': { stage: 'check', rule: 'dates', severity: 'error', summary: "A date more than two years from the file's other dates" },
  'series-order': { stage: 'check', rule: 'dates', severity: 'error', summary: 'Sessions of a group, or days of a gathering, out of chronological order' },
  'weekday-mismatch': { stage: 'check', rule: 'dates', severity: 'error', summary: "A weekday named next to a date (in the text or a title) that is not that date's" },
  'date-past': { stage: 'check', rule: 'dates', severity: 'warning', summary: "A gathering before today: last year's file copied and its date not changed" },
  'timezone-unknown': { stage: 'check', rule: 'timezone', severity: 'error', summary: 'A `timezone` the time-zone database does not know' },
  'venue-missing': { stage: 'check', rule: 'venues', severity: 'error', summary: 'A group session, or a day of a gathering of several days, with no venue' },
  'venue-conflict': { stage: 'check', rule: 'venues', severity: 'warning', summary: 'One room used by two groups (or two parallel items) at the same time' },
  'member-duplicate': { stage: 'check', rule: 'groups', severity: 'warning', summary: 'A member listed in two groups (or twice in one)' },
  'group-sessions-missing': { stage: 'check', rule: 'groups', severity: 'warning', summary: 'A group with no sessions while other groups have some' },
  'group-sessions-count': { stage: 'check', rule: 'groups', severity: 'warning', summary: 'A group with a different number of sessions than most groups' },
  'email-invalid': { stage: 'check', rule: 'contacts', severity: 'error', summary: 'A malformed e-mail address (contact, registration, deadline, mailto: link)' },
  'url-invalid': { stage: 'check', rule: 'contacts', severity: 'error', summary: 'A malformed web address (registration or venue link, deadline, Markdown link)' },
  'link-unsafe': {
    stage: 'check',
    rule: 'contacts',
    severity: 'error',
    summary: 'A javascript:, vbscript:, data: or file: link, however written (`jav&#x61;script:`, `javascript\\:`)',
  },
  'link-dropped': {
    stage: 'check',
    rule: 'contacts',
    severity: 'warning',
    summary: 'A Markdown link whose scheme the invitation does not link to (`ftp:`, `tel:`): its text is shown, not linked',
  },
  'hidden-character': {
    stage: 'check',
    rule: 'characters',
    severity: 'warning',
    summary: 'A text holds a character that changes what a reader sees without being seen: a bidi override or embedding, a zero-width space, a tag',
  },
  'image-unreadable': { stage: 'check', rule: 'images', severity: 'error', summary: 'An image the body shows that is missing, not an image, too large or outside the project' },
  'images-too-large': {
    stage: 'check',
    rule: 'images',
    severity: 'error',
    summary: 'The images the body shows come to more than 10 MB together, each counted every time it is shown',
  },
  'render-failed': { stage: 'build', severity: 'error', summary: 'a template failed while making an invitation, or the page needed more memory than allowed' },
  'render-timeout': { stage: 'build', severity: 'error', summary: 'an invitation took longer than 30 s to make (a huge body or programme) and was abandoned' },
  'pdf-failed': { stage: 'build', severity: 'error', summary: 'the browser could not print an invitation (two attempts)' },
  'build-record-corrupt': {
    stage: 'build',
    severity: 'warning',
    summary: 'the build record in the output folder lists a file the tool does not write there (or is not JSON): it is ignored, nothing it lists is removed',
  },
  'findings-capped': {
    stage: 'project',
    severity: 'error',
    summary: 'one file has more than 100 findings: the first 100 are shown, and this one counts the rest (an error when any of them is one)',
  },
  'check-failed': { stage: 'environment', severity: 'error', summary: 'agenda failed while checking one file (a fault in the tool); the other files are checked' },
  'file-unreadable': { stage: 'environment', severity: 'error', summary: 'a source cannot be read (permissions, a broken link)' },
  'folder-unreadable': { stage: 'environment', severity: 'error', summary: 'a folder below a path named cannot be listed' },
  'write-failed': {
    stage: 'environment',
    severity: 'error',
    summary:
      'a file agenda writes (an invitation, the index, a feed, the build record, the lock, a starter) could not be written: a full or read-only disk, a file or folder in the way',
  },
  'browser-missing': { stage: 'environment', severity: 'error', summary: 'no Chrome or Chromium was found to print PDFs with' },
  'browser-failed': { stage: 'environment', severity: 'error', summary: 'the browser was found but would not start' },
  'browser-sandbox': {
    stage: 'environment',
    severity: 'error',
    summary: "the browser's sandbox cannot start on this machine and AGENDA_SANDBOX=require forbids printing without it",
  },
  'config-invalid': { stage: 'editor', severity: 'warning', summary: "the project's agenda.config.yaml has errors: a source's first line points at the config's first one" },
} as const satisfies Record<string, CodeInfo>;

/** Every code a diagnostic may carry. */
export type Code = keyof typeof codes;

const table: Record<string, CodeInfo> = codes;

/** A rule module's codes, in catalogue order, as the validator and docs/rules.md list them. */
export function codesOf(rule: string): { id: Code; severity: 'error' | 'warning'; summary: string }[] {
  return (Object.keys(codes) as Code[]).filter((id) => table[id].rule === rule).map((id) => ({ id, severity: table[id].severity, summary: table[id].summary }));
}

/**
 * Where a code is documented, as a path and an anchor from the project's
 * root: a rule's section of docs/rules.md, the config's, the project's, the
 * build's or the machine's section there, or docs/format.md's codes that
 * stop a file. The JSON and GitHub reports carry it with each finding.
 */
export function docsOf(code: string): string {
  const info = Object.hasOwn(table, code) ? table[code] : undefined;
  if (info?.rule) return `docs/rules.md#${info.rule}`;
  switch (info?.stage) {
    case 'config':
    case 'project':
    case 'build':
    case 'environment':
      return `docs/rules.md#${info.stage}`;
    default:
      return 'docs/format.md#diagnostics-when-a-file-cannot-be-read';
  }
}

/** Whether a diagnostic says the machine, not the sources, stopped the command (exit code 2). */
export function isEnvironmental(code: string): boolean {
  return table[code]?.stage === 'environment';
}

/** Every id a `rules:` block accepts, sorted: each rule's codes and each rule module's id (for all its codes). */
export function ruleIds(): string[] {
  const ids = new Set<string>();
  for (const [id, info] of Object.entries(codes) as [Code, CodeInfo][]) {
    if (info.rule === undefined) continue;
    ids.add(id);
    ids.add(info.rule);
  }
  return [...ids].sort();
}

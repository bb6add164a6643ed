/**
 * The catalogue of diagnostic codes: each code once, as data, with its
 * stage and default severity; a validator rule's codes also name the rule
 * module that reports them (src/check/rules/, which holds the examples).
 * What a code catches and what a rule is for are said in the message
 * catalogue, in every language (`<code>.summary`, `rule.<id>.explanation`).
 * `Diagnostic.code` is typed by this list, so a misspelt code does not
 * compile. docs/format.md's table, docs/rules.md and docs/<language>/rules.md
 * are generated from here; test/base/diagnostics/codes.test.ts freezes the
 * list.
 */

import type { Language } from '../i18n/index.js';
import { say, sayIn } from '../messages/index.js';

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
  /**
   * A read or parse error that stops only its own value: the rest of the
   * file is checked by the rules when it reads without it (not when the
   * value is one the rest needs, such as the date). Any other error of
   * these stages stops the file (docs/format.md's table; stopsOf()).
   */
  stops?: 'value';
}

/*
 * What each code catches, in one line, is the message `<code>.summary` of
 * the catalogue (src/base/messages/diagnostics/<language>.json), in every
 * language the tool speaks; summaryOf() says it.
 */

export const codes = {
  'encoding-invalid': { stage: 'read', severity: 'error' },
  'front-matter-missing': { stage: 'read', severity: 'error' },
  'front-matter-unclosed': { stage: 'read', severity: 'error' },
  'source-too-large': { stage: 'read', severity: 'error' },
  'yaml-syntax': { stage: 'parse', severity: 'error' },
  'yaml-too-large': { stage: 'parse', severity: 'error' },
  'yaml-alias': { stage: 'parse', severity: 'error' },
  'yaml-too-deep': { stage: 'parse', severity: 'error' },
  'markdown-too-deep': { stage: 'parse', severity: 'error' },
  'markdown-too-many-marks': { stage: 'parse', severity: 'error' },
  'body-too-large': { stage: 'parse', severity: 'error' },
  'page-too-large': { stage: 'parse', severity: 'error' },
  'front-matter-too-large': { stage: 'parse', severity: 'error' },
  'text-too-long': { stage: 'parse', severity: 'error' },
  'yaml-warning': { stage: 'parse', severity: 'warning' },
  'yaml-comment': { stage: 'parse', severity: 'warning' },
  'key-reserved': { stage: 'parse', severity: 'error', stops: 'value' },
  'key-unknown': {
    stage: 'parse',
    severity: 'error',
    stops: 'value',
  },
  'key-missing': { stage: 'parse', severity: 'error' },
  'type-mismatch': { stage: 'parse', severity: 'error', stops: 'value' },
  'time-invalid': { stage: 'parse', severity: 'error', stops: 'value' },
  'value-unknown': {
    stage: 'parse',
    severity: 'error',
    stops: 'value',
  },
  'date-invalid': { stage: 'parse', severity: 'error' },
  'item-title-missing': { stage: 'parse', severity: 'error' },
  'item-shape': { stage: 'parse', severity: 'error' },
  'days-and-programme': { stage: 'parse', severity: 'error' },
  'days-date': { stage: 'parse', severity: 'error' },
  schema: { stage: 'parse', severity: 'error' },
  'template-unknown': { stage: 'parse', severity: 'error', stops: 'value' },
  'rule-unknown': { stage: 'parse', severity: 'error', stops: 'value' },
  'config-too-large': { stage: 'config', severity: 'error' },
  'template-raw': {
    stage: 'config',
    severity: 'warning',
  },
  'logo-unreadable': { stage: 'config', severity: 'error' },
  'accent-contrast': { stage: 'config', severity: 'warning' },
  'template-invalid': { stage: 'config', severity: 'error' },
  'output-clash': { stage: 'project', severity: 'error' },
  'output-reserved': { stage: 'project', severity: 'error' },
  'source-link-skipped': { stage: 'project', severity: 'warning' },
  'time-end-before-start': { stage: 'check', rule: 'time', severity: 'error' },
  'time-zero-length': { stage: 'check', rule: 'time', severity: 'warning' },
  'time-order': { stage: 'check', rule: 'time', severity: 'error' },
  'time-outside-hours': { stage: 'check', rule: 'time', severity: 'error' },
  'hours-mismatch': { stage: 'check', rule: 'time', severity: 'warning' },
  overlap: { stage: 'check', rule: 'overlaps', severity: 'error' },
  'alongside-unknown': { stage: 'check', rule: 'overlaps', severity: 'error' },
  gap: { stage: 'check', rule: 'gaps', severity: 'warning' },
  'audience-undeclared': { stage: 'check', rule: 'audiences', severity: 'error' },
  'audience-absent': { stage: 'check', rule: 'audiences', severity: 'error' },
  'audience-idle': { stage: 'check', rule: 'audiences', severity: 'warning' },
  'audience-unused': { stage: 'check', rule: 'audiences', severity: 'warning' },
  'deadline-order': {
    stage: 'check',
    rule: 'deadlines',
    severity: 'error',
  },
  'deadline-weekday': { stage: 'check', rule: 'deadlines', severity: 'error' },
  'date-implausible': { stage: 'check', rule: 'dates', severity: 'error' },
  'series-order': { stage: 'check', rule: 'dates', severity: 'error' },
  'weekday-mismatch': { stage: 'check', rule: 'dates', severity: 'error' },
  'date-past': { stage: 'check', rule: 'dates', severity: 'warning' },
  'timezone-unknown': { stage: 'check', rule: 'timezone', severity: 'error' },
  'venue-missing': { stage: 'check', rule: 'venues', severity: 'error' },
  'venue-conflict': { stage: 'check', rule: 'venues', severity: 'warning' },
  'member-duplicate': { stage: 'check', rule: 'groups', severity: 'warning' },
  'group-sessions-missing': { stage: 'check', rule: 'groups', severity: 'warning' },
  'group-sessions-count': { stage: 'check', rule: 'groups', severity: 'warning' },
  'email-invalid': { stage: 'check', rule: 'contacts', severity: 'error' },
  'url-invalid': { stage: 'check', rule: 'contacts', severity: 'error' },
  'link-unsafe': {
    stage: 'check',
    rule: 'contacts',
    severity: 'error',
  },
  'link-dropped': {
    stage: 'check',
    rule: 'contacts',
    severity: 'warning',
  },
  'hidden-character': { stage: 'check', rule: 'characters', severity: 'warning' },
  'image-unreadable': { stage: 'check', rule: 'images', severity: 'error' },
  'images-too-large': {
    stage: 'check',
    rule: 'images',
    severity: 'error',
  },
  'render-failed': { stage: 'build', severity: 'error' },
  'render-timeout': { stage: 'build', severity: 'error' },
  'pdf-failed': { stage: 'build', severity: 'error' },
  'source-changed': { stage: 'build', severity: 'error' },
  'build-record-corrupt': {
    stage: 'build',
    severity: 'warning',
  },
  'findings-capped': {
    stage: 'project',
    severity: 'error',
  },
  'check-failed': { stage: 'environment', severity: 'error' },
  'file-unreadable': { stage: 'environment', severity: 'error' },
  'folder-unreadable': { stage: 'environment', severity: 'error' },
  'write-failed': { stage: 'environment', severity: 'error' },
  'browser-missing': { stage: 'environment', severity: 'error' },
  'browser-failed': { stage: 'environment', severity: 'error' },
  'tool-files-missing': { stage: 'environment', severity: 'error' },
  'browser-sandbox': {
    stage: 'environment',
    severity: 'error',
  },
  'config-invalid': { stage: 'editor', severity: 'warning' },
} as const satisfies Record<string, CodeInfo>;

/** What a read or parse code keeps from being checked: the whole file, its own value, or nothing (a warning). Other stages: nothing. */
export function stopsOf(code: Code): 'file' | 'value' | 'nothing' {
  const info: CodeInfo = codes[code];
  if ((info.stage !== 'read' && info.stage !== 'parse') || info.severity === 'warning') return 'nothing';
  return info.stops ?? 'file';
}

/** Every code a diagnostic may carry. */
export type Code = keyof typeof codes;

/** Every rule module's id (the `rule` of its codes). */
export type RuleId = { [C in Code]: (typeof codes)[C] extends { rule: infer R extends string } ? R : never }[Code];

/** What `code` catches, in one line, in the language spoken (or in `language`, loaded). */
export function summaryOf(code: Code, language?: Language): string {
  const key = `${code}.summary` as const;
  return language ? sayIn(language, key) : say(key);
}

/** The stages in the order a source meets them, as `agenda explain` and the documentation list the codes. */
export const stages: readonly Stage[] = ['read', 'parse', 'check', 'config', 'project', 'build', 'environment', 'editor'];

const table: Record<string, CodeInfo> = codes;

/** A rule module's codes, in catalogue order, as the validator and docs/rules.md list them. */
export function codesOf(rule: string): { id: Code; severity: 'error' | 'warning' }[] {
  return (Object.keys(codes) as Code[]).filter((id) => table[id].rule === rule).map((id) => ({ id, severity: table[id].severity }));
}

/**
 * Where a code is documented, as a path and an anchor from the project's
 * root: in English a rule's section of docs/rules.md, its stage's section
 * there (config, project, build, environment, editor), or docs/format.md's
 * codes that stop a file; in another language the section of the rule or
 * the stage in docs/<language>/rules.md, which lists every code. The JSON
 * and GitHub reports carry it with each finding, in the language spoken.
 */
export function docsOf(code: string, language: Language = 'en'): string {
  const info = Object.hasOwn(table, code) ? table[code] : undefined;
  if (language !== 'en') return `docs/${language}/rules.md#${info?.rule ?? info?.stage ?? 'parse'}`;
  if (info?.rule) return `docs/rules.md#${info.rule}`;
  if (info && info.stage !== 'read' && info.stage !== 'parse') return `docs/rules.md#${info.stage}`;
  return 'docs/format.md#diagnostics-when-a-file-cannot-be-read';
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

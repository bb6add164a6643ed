/**
 * What `agenda init` puts in a new sources repository: the config (with the
 * modeline that gives editors its schema), a first gathering, a .gitignore
 * for the output folder, a GitHub Actions workflow and VS Code tasks. Pure:
 * the command decides what is written.
 */
import type { Language } from '../../base/i18n/index.js';
import { starterSource } from './starter.js';
import type { CalendarDate } from '../../base/calendar-date.js';

export interface InitFile {
  path: string;
  text: string;
}

export interface InitOptions {
  language: Language;
  today: CalendarDate;
  /** The tool's version, pinned in the workflow so CI builds with what was tried here. */
  version: string;
  /** The config's JSON Schema. */
  configSchema: Record<string, unknown>;
}

export const OUTPUT_DIR = 'public';
export const FIRST_GATHERING = 'gatherings/first-gathering.md';
export const CONFIG_SCHEMA = '.agenda/config.schema.json';

const config = `# yaml-language-server: $schema=${CONFIG_SCHEMA}
# The settings agenda reads for every source below this folder. All are
# optional; the lines starting with # are examples to take up.

# Which .md files are gatherings (globs relative to this file); other
# Markdown files here (notes, minutes) are left alone.
sources: ["gatherings/**/*.md"]
# exclude: ["gatherings/drafts/**"]

# template: timetable          # for sources that name none: timetable, welcome, network or phases
branding:
  organisation: Kommunen       # printed on every invitation
  # logo: logo.png             # an image, relative to this file
  # accent: "#1a4f8b"          # the accent colour, #RGB or #RRGGBB
  # footer: Kommunen – oppvekst

# rules: { gap: error }        # a check's severity: error, warning or off
max-warnings: 0                # CI fails on warnings as well as errors
`;

/** Checks pull requests (annotations on the lines); builds the invitations on main and keeps them as an artifact. */
function workflow(version: string): string {
  return `# Checks the gatherings on every pull request and builds the invitations
# (HTML, PDF, calendar) on main. Made by agenda init.
name: agenda

on:
  pull_request:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read

jobs:
  check:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install agenda
        run: npm install --global agenda-invitations@${version}
      - name: Check the gatherings
        run: agenda check --format github

  build:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install agenda
        run: npm install --global agenda-invitations@${version}
      # The last build's outputs and record: invitations whose sources did not change are not printed again.
      - uses: actions/cache@v4
        with:
          path: ${OUTPUT_DIR}
          key: agenda-\${{ github.sha }}
          restore-keys: agenda-
      - name: Build the invitations
        # The last commit's time: the same sources give byte-identical PDFs and calendars.
        run: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) agenda build --format github -o ${OUTPUT_DIR}
      - uses: actions/upload-artifact@v4
        with:
          name: invitations
          path: ${OUTPUT_DIR}
`;
}

/** \`agenda check --format unix\` prints \`file:line:column: severity: message [code]\`. */
export const UNIX_LINE = String.raw`^(.+?):(\d+):(\d+): (error|warning|info): (.*?)(?: \[([a-z0-9-]+)\])?$`;

function tasks(): string {
  const matcher = {
    owner: 'agenda',
    source: 'agenda',
    fileLocation: ['relative', '${workspaceFolder}'],
    pattern: { regexp: UNIX_LINE, file: 1, line: 2, column: 3, severity: 4, message: 5, code: 6 },
  };
  const task = (label: string, command: string, group: Record<string, unknown>) => ({ label, type: 'shell', command, group, problemMatcher: matcher });
  return `${JSON.stringify(
    {
      version: '2.0.0',
      tasks: [
        task('agenda: check', 'agenda check --format unix', { kind: 'test', isDefault: true }),
        task('agenda: build', `agenda build --format unix -o ${OUTPUT_DIR}`, { kind: 'build', isDefault: true }),
      ],
    },
    null,
    2,
  )}\n`;
}

export function initFiles(options: InitOptions): InitFile[] {
  return [
    { path: 'agenda.config.yaml', text: config },
    { path: CONFIG_SCHEMA, text: `${JSON.stringify(options.configSchema, null, 2)}\n` },
    { path: FIRST_GATHERING, text: starterSource({ language: options.language, template: 'timetable', today: options.today }) },
    { path: '.gitignore', text: `# What agenda build writes (and its build record)\n/${OUTPUT_DIR}/\n` },
    { path: '.github/workflows/agenda.yml', text: workflow(options.version) },
    { path: '.vscode/tasks.json', text: tasks() },
  ];
}

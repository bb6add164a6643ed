/**
 * What `agenda init` puts in a new sources repository: the config (with the
 * modeline that gives editors its schema), a first gathering, a .gitignore
 * for the output folder, a GitHub Actions workflow and VS Code tasks, from
 * the templates in templates/init with the words of the project's language
 * (templates/init/words). The command decides what is written.
 */
import { join } from 'node:path';
import { EnvironmentError } from '../../base/errors.js';
import type { Language } from '../../base/i18n/index.js';
import { builtinTemplates, readToolFile, toolFilesMissing } from '../../base/tool-paths.js';
import { starterSource } from './starter.js';
import type { CalendarDate } from '../../base/calendar-date.js';

export interface InitFile {
  path: string;
  text: string;
}

export interface InitOptions {
  language: Language;
  /** Printed on every invitation (the config's branding.organisation). */
  organisation: string;
  /** Publish the invitations on GitHub Pages from the workflow. */
  pages: boolean;
  today: CalendarDate;
  /** The tool's version, pinned in the workflow so CI builds with what was tried here. */
  version: string;
  /** The config's JSON Schema. */
  configSchema: Record<string, unknown>;
}

export const OUTPUT_DIR = 'public';
export const FIRST_GATHERING = 'gatherings/first-gathering.md';
export const CONFIG_SCHEMA = '.agenda/config.schema.json';

/** With more sources than this, the workflow splits the build into `--shard K/N` jobs. */
export const SOURCES_PER_SHARD = 50;
/** The Node the workflow runs agenda on: the current LTS. */
export const WORKFLOW_NODE = 24;

/** The words of init's files (comments of the config, the workflow, .gitignore) in one language: templates/init/words/<lang>.json. */
export function initWords(language: Language): Record<string, string> {
  return JSON.parse(readToolFile('init', 'words', `${language}.json`)) as Record<string, string>;
}

/**
 * Fills `{{name}}` in a template of templates/init (never `${{ … }}`, GitHub's
 * own): a value of several lines continues each line with what stood before
 * the placeholder on its line (`# `, an indented `# `). Sections between
 * `#<name>` and `#</name>` lines stay only when `sections[name]` is true.
 */
export function fillTemplate(text: string, values: Record<string, string>, sections: Record<string, boolean> = {}): string {
  const kept: string[] = [];
  let skipping: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^#<(\/?)(\w+)>$/.exec(line);
    if (marker) {
      skipping = marker[1] || sections[marker[2]] ? undefined : marker[2];
      continue;
    }
    if (skipping) continue;
    kept.push(
      line.replace(/(?<!\$)\{\{(\w+)\}\}/g, (whole, name: string, at: number) => {
        const value = values[name];
        // The templates and their words come with agenda: one without the other is a damaged installation.
        if (value === undefined) throw new EnvironmentError([toolFilesMissing(join(builtinTemplates, 'init', 'words'), { kind: 'word', name })]);
        return value.split('\n').join(`\n${line.slice(0, at)}`);
      }),
    );
  }
  return kept.join('\n');
}

const initTemplate = (name: string) => readToolFile('init', name);

function config(o: InitOptions, words: Record<string, string>): string {
  return fillTemplate(initTemplate('config.yaml'), { ...words, schema: CONFIG_SCHEMA, organisation: JSON.stringify(o.organisation), version: o.version });
}

/** Checks pull requests (annotations on the lines); builds the invitations on main, in shards above a number of sources; publishes to Pages when asked. */
function workflow(o: InitOptions, words: Record<string, string>): string {
  const values = { ...words, node: String(WORKFLOW_NODE), perShard: String(SOURCES_PER_SHARD), out: OUTPUT_DIR };
  return fillTemplate(initTemplate('workflow.yml'), values, { pages: o.pages });
}

/** VS Code's tasks (templates/init/tasks.json): check and build, their findings read by a problem matcher from the lines `agenda check --format unix` prints, `file:line:column: severity: message [code]`. */
function tasks(): string {
  return fillTemplate(initTemplate('tasks.json'), { out: OUTPUT_DIR });
}

export function initFiles(options: InitOptions): InitFile[] {
  const words = initWords(options.language);
  return [
    { path: 'agenda.config.yaml', text: config(options, words) },
    { path: CONFIG_SCHEMA, text: `${JSON.stringify(options.configSchema, null, 2)}\n` },
    { path: FIRST_GATHERING, text: starterSource({ language: options.language, template: 'timetable', today: options.today }) },
    { path: '.gitignore', text: fillTemplate(initTemplate('gitignore'), { ...words, out: OUTPUT_DIR }) },
    { path: '.github/workflows/agenda.yml', text: workflow(options, words) },
    { path: '.vscode/tasks.json', text: tasks() },
  ];
}

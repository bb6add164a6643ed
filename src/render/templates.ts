/**
 * The templates: Handlebars files and CSS under `templates/` (the built-in
 * ones) and, over them, a project's own folder. A project file with the
 * same name replaces the built-in one: `<dir>/<name>.hbs` a template,
 * `<dir>/partials/<name>.hbs` a partial, `<dir>/<name>.css` a style sheet;
 * a new name adds a template. Each folder gets its own Handlebars instance,
 * compiled in strict mode (a field the view model lacks is an error, not an
 * empty string); prototype access stays blocked, as Handlebars has it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hbsFiles, NAME } from '../source/template-names.js';
import { builtinTemplates } from '../tool-paths.js';
import Handlebars from 'handlebars';
import { RenderError } from './render-error.js';
import type { ViewModel } from './view-types.js';

export interface TemplateSet {
  /** Template names, built-in and project. */
  names: string[];
  render(name: string, view: ViewModel): string;
  /** A style sheet by file name (`base.css`), project first; '' when there is none. */
  css(file: string): string;
}

function compile(hb: typeof Handlebars, file: string): Handlebars.TemplateDelegate {
  try {
    return hb.compile(readFileSync(file, 'utf8'), { strict: true, preventIndent: true });
  } catch (e) {
    throw new RenderError(`cannot read the template ${file}: ${(e as Error).message}`);
  }
}

function load(projectDir: string | undefined): TemplateSet {
  const dirs = projectDir ? [builtinTemplates, projectDir] : [builtinTemplates];
  const hb = Handlebars.create();
  const partials = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const dir of dirs) {
    for (const [name, file] of hbsFiles(join(dir, 'partials'))) partials.set(name, file);
    for (const [name, file] of hbsFiles(dir)) templates.set(name, file);
  }
  for (const [name, file] of partials) hb.registerPartial(name, compile(hb, file));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const sheets = new Map<string, string>();
  const names = [...templates.keys()].sort();

  return {
    names,
    render(name, view) {
      const file = templates.get(name);
      if (!file) throw new RenderError(`there is no template "${name}" (known: ${names.join(', ')})`);
      let template = compiled.get(name);
      if (!template) {
        template = compile(hb, file);
        compiled.set(name, template);
      }
      try {
        return template(view);
      } catch (e) {
        throw new RenderError(`the template "${name}" (${file}) failed: ${(e as Error).message}`);
      }
    },
    css(file) {
      let text = sheets.get(file);
      if (text === undefined) {
        const dir = [...dirs].reverse().find((d) => existsSync(join(d, file)));
        text = dir && NAME.test(basename(file, '.css')) ? readFileSync(join(dir, file), 'utf8') : '';
        sheets.set(file, text);
      }
      return text;
    },
  };
}

const sets = new Map<string, TemplateSet>();

/** The templates of a project folder (or the built-in ones), loaded once per process. */
export function templateSet(projectDir?: string): TemplateSet {
  const key = projectDir ?? '';
  let set = sets.get(key);
  if (!set) {
    set = load(projectDir);
    sets.set(key, set);
  }
  return set;
}

/** Forget loaded templates (for a long-running process whose project files changed). */
export function clearTemplateCache(): void {
  sets.clear();
}

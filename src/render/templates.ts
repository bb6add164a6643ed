/**
 * The templates: Handlebars files and CSS under `templates/` (the built-in
 * ones) and, over them, a project's own folder. A project file with the
 * same name replaces the built-in one: `<dir>/<name>.hbs` a template,
 * `<dir>/partials/<name>.hbs` a partial, `<dir>/<name>.css` a style sheet;
 * a new name adds a template. Each folder gets its own Handlebars instance,
 * compiled in strict mode (a field the view model lacks is an error, not an
 * empty string); prototype access stays blocked, as Handlebars has it.
 */
import { existsSync, statSync } from 'node:fs';
import { readBoundedSync } from '../base/bounded-read.js';
import { basename, join, sep } from 'node:path';
import { containedPath } from '../base/containment.js';
import { hbsFiles, NAME, templateFolderFiles } from './template-names.js';
import { builtinTemplates } from '../base/tool-paths.js';
import Handlebars from 'handlebars';
import { quote, say } from '../base/messages/index.js';
import { RenderError } from './render-error.js';
import { guardRawOutput, TRUSTED_HELPER, trustedHelper } from './trusted.js';
import type { ViewModel } from './view-types.js';

export interface TemplateSet {
  /** Template names, built-in and project. */
  names: string[];
  render(name: string, view: ViewModel): string;
  /** A style sheet by file name (`base.css`), project first; '' when there is none. */
  css(file: string): string;
}

/**
 * A Handlebars instance for templates from a repository: `{{log}}` does
 * nothing (Handlebars' own prints to stdout, which carries the report).
 */
export function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('log', () => undefined);
  hb.registerHelper(TRUSTED_HELPER, trustedHelper);
  return hb;
}

/** A template, partial or style sheet is at most 1 MB: the built-in ones are under 20 KB. */
const MAX_TEMPLATE_BYTES = 1 << 20;

/**
 * A template file's text. A project's files (`roots` given) are read only
 * when they resolve, links followed, inside those folders: a committed link
 * to /proc/self/environ or /etc/hostname is refused, naming the file.
 */
export function readTemplateFile(file: string, roots?: readonly string[]): string {
  let real = file;
  if (roots) {
    const found = containedPath(file, roots);
    if (!found.ok && found.reason === 'outside') {
      throw new RenderError(say('template.outside', { file, target: found.real, roots: roots.join(', ') }));
    }
    if (found.ok) real = found.real;
  }
  try {
    const read = readBoundedSync(real, MAX_TEMPLATE_BYTES);
    if (read.tooLarge !== undefined) throw Object.assign(new Error(`${file} is over ${MAX_TEMPLATE_BYTES} bytes`), { code: 'EFBIG' });
    return read.bytes.toString('utf8');
  } catch (e) {
    // The system's words (EIO, ELOOP…) only where the catalogue has no plainer ones for the cause.
    throw new RenderError(say('template.unreadable', { file, code: String((e as NodeJS.ErrnoException).code ?? ''), reason: (e as Error).message }));
  }
}

/** Compiles a template with its raw output guarded (trusted.ts): `{{{…}}}` prints raw only what the renderer vouched for. */
export function compileGuarded(hb: typeof Handlebars, text: string, options: CompileOptions): Handlebars.TemplateDelegate {
  return hb.compile(guardRawOutput(hb.parse(text)), options);
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

function compile(hb: typeof Handlebars, file: string, roots?: readonly string[]): Handlebars.TemplateDelegate {
  const text = readTemplateFile(file, roots);
  try {
    return compileGuarded(hb, text, { strict: true, preventIndent: true });
  } catch (e) {
    // Handlebars' own words (its first line: "Parse error on line 4:") as the detail.
    throw new RenderError(say('template.not-compiled', { file, detail: (e as Error).message.split('\n')[0].replace(/:$/, '') }));
  }
}

function load(projectDir: string | undefined, roots: readonly string[]): TemplateSet {
  const dirs = projectDir ? [builtinTemplates, projectDir] : [builtinTemplates];
  const hb = createHandlebars();
  const partials = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const dir of dirs) {
    for (const [name, file] of hbsFiles(join(dir, 'partials'))) partials.set(name, file);
    for (const [name, file] of hbsFiles(dir)) templates.set(name, file);
  }
  // The built-in files are the tool's own; only the project's are held to the roots.
  const rootsOf = (file: string) => (file.startsWith(builtinTemplates + sep) ? undefined : roots);
  for (const [name, file] of partials) hb.registerPartial(name, compile(hb, file, rootsOf(file)));
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const sheets = new Map<string, string>();
  const names = [...templates.keys()].sort();

  return {
    names,
    render(name, view) {
      const file = templates.get(name);
      if (!file) throw new RenderError(say('render.template-unknown', { name: quote(name), known: names.join(', ') }));
      let template = compiled.get(name);
      if (!template) {
        template = compile(hb, file, rootsOf(file));
        compiled.set(name, template);
      }
      try {
        return template(view);
      } catch (e) {
        throw new RenderError(say('render.template-failed', { name: quote(name), file, detail: (e as Error).message }));
      }
    },
    css(file) {
      let text = sheets.get(file);
      if (text === undefined) {
        const dir = [...dirs].reverse().find((d) => existsSync(join(d, file)));
        text = dir && NAME.test(basename(file, '.css')) ? readTemplateFile(join(dir, file), rootsOf(join(dir, file))) : '';
        sheets.set(file, text);
      }
      return text;
    },
  };
}

const sets = new Map<string, { stamp: string; set: TemplateSet }>();

/** Size and modification time of every file the project folder may give the renderer: it changes when one is edited, added or removed. */
function folderStamp(projectDir: string | undefined): string {
  if (!projectDir) return '';
  const parts: string[] = [];
  for (const [name, file] of templateFolderFiles(projectDir)) {
    try {
      const st = statSync(file);
      parts.push(`${name}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`);
    } catch {
      parts.push(`${name}:-`);
    }
  }
  return parts.join('\n');
}

/**
 * The templates of a project folder (or the built-in ones), loaded once per
 * process and again when a file of the folder changes (watch and preview
 * render many times in one process). The project's files must resolve
 * inside `roots` (the project folder, or a templates folder named on the
 * command line).
 */
export function templateSet(projectDir?: string, roots: readonly string[] = projectDir ? [projectDir] : []): TemplateSet {
  const key = [projectDir ?? '', ...roots].join('\n');
  const stamp = folderStamp(projectDir);
  const known = sets.get(key);
  if (known?.stamp === stamp) return known.set;
  const set = load(projectDir, roots);
  sets.set(key, { stamp, set });
  return set;
}

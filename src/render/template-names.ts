/**
 * The names `template:` may take, without loading Handlebars: the `*.hbs`
 * files directly in the built-in templates/ folder and, over them, in a
 * project's templates folder. src/render/templates.ts finds its templates
 * and partials with the same hbsFiles.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtinTemplates } from '../base/tool-paths.js';

/** A template's, partial's or style sheet's name: lower case, digits and dashes. */
export const NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The templates in a folder (`<name>.hbs`, a lower-case name), by name, sorted; none when the folder does not exist. */
export function hbsFiles(dir: string): Map<string, string> {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return new Map();
  }
  const found = new Map<string, string>();
  for (const file of files.sort()) {
    const name = file.slice(0, -4);
    if (file.endsWith('.hbs') && NAME.test(name)) found.set(name, join(dir, file));
  }
  return found;
}

/**
 * Every file of a project templates folder the renderer may read, by its
 * name in the folder: `<name>.hbs`, `partials/<name>.hbs`, `<name>.css` and
 * `site/index.hbs`. The build's cache key hashes exactly these.
 */
export function templateFolderFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, file] of hbsFiles(dir)) files.set(`${name}.hbs`, file);
  for (const [name, file] of hbsFiles(join(dir, 'partials'))) files.set(`partials/${name}.hbs`, file);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // no folder: no style sheets
  }
  for (const file of names.sort()) if (file.endsWith('.css') && NAME.test(file.slice(0, -4))) files.set(file, join(dir, file));
  files.set('site/index.hbs', join(dir, 'site', 'index.hbs'));
  return files;
}

/** Built-in and project template names, sorted, each once. A project folder that does not exist adds none. */
export function templateNames(projectTemplatesDir?: string): string[] {
  const names = new Set(hbsFiles(builtinTemplates).keys());
  if (projectTemplatesDir) for (const n of hbsFiles(projectTemplatesDir).keys()) names.add(n);
  return [...names].sort();
}

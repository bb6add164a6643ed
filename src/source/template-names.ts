/**
 * The names `template:` may take, without loading Handlebars: the `*.hbs`
 * files directly in the built-in templates/ folder and, over them, in a
 * project's templates folder (the rule src/render/templates.ts uses).
 */
import { readdirSync } from 'node:fs';
import { builtinTemplates } from '../tool-paths.js';

const builtinDir = builtinTemplates;
const NAME = /^[a-z0-9][a-z0-9-]*$/;

function namesIn(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  return files.filter((f) => f.endsWith('.hbs') && NAME.test(f.slice(0, -4))).map((f) => f.slice(0, -4));
}

/** Built-in and project template names, sorted, each once. A project folder that does not exist adds none. */
export function templateNames(projectTemplatesDir?: string): string[] {
  const names = new Set(namesIn(builtinDir));
  if (projectTemplatesDir) for (const n of namesIn(projectTemplatesDir)) names.add(n);
  return [...names].sort();
}

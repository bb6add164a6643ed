/**
 * Where the tool's own files are, found from this module, so that they are
 * found alike from src/ (under the tests) and from dist/, which is one
 * bundled module (bin/bundle.mjs): the package folder is the nearest one
 * above with a package.json and a templates/ folder.
 *
 * A copy without them (an installation damaged or copied in part) is the
 * machine's problem, not a fault: loading this module never throws, and
 * `toolFilesProblem()` (asked by the command line before any work) and
 * `readToolFile()` say what is missing as a `tool-files-missing`
 * diagnostic, exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { EnvironmentError } from './errors.js';
import { say } from './messages/index.js';

const here = fileURLToPath(import.meta.url);

/** The nearest folder at or above `start` with a package.json and a templates/ folder, or undefined. */
export function packageRootAbove(start: string): string | undefined {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
  }
  return undefined;
}

const foundRoot = packageRootAbove(dirname(here));
/** Where the files would be: the package folder, or (when it is missing) the folder the code came in. */
const toolRoot = foundRoot ?? dirname(dirname(here));
/** The built-in templates. */
export const builtinTemplates = join(toolRoot, 'templates');
/** The running code: dist/ when built (one bundle and its chunks), src/ under the tests (what the build's cache key hashes). */
export const codeDir = here.endsWith('.ts') ? dirname(dirname(here)) : dirname(here);
/** The tool's version, as its package.json gives it (what `agenda --version` prints); `unknown` when it cannot be read. */
export const toolVersion: string = readVersion();

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(toolRoot, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** `tool-files-missing` for `path`: a folder missing, a word missing from a file, or a file that cannot be read. */
export function toolFilesMissing(path: string, cause: { kind: 'folder' } | { kind: 'word'; name: string } | { kind: 'file'; error: unknown }): Diagnostic {
  const name = cause.kind === 'word' ? cause.name : '';
  const said = cause.kind === 'file' ? ((cause.error as Error)?.message ?? String(cause.error)) : '';
  return {
    code: 'tool-files-missing',
    severity: 'error',
    file: path,
    message: say('tool-files-missing.message', { path, cause: say('tool-files-missing.cause', { kind: cause.kind, name, said }) }),
    hint: say('tool-files-missing.hint'),
  };
}

/** The diagnostic when the package folder (package.json, templates/) was not found above `from`, else undefined. */
export function toolFilesProblem(found: { root: string | undefined; from: string } = { root: foundRoot, from: dirname(here) }): Diagnostic | undefined {
  return found.root === undefined ? toolFilesMissing(join(dirname(found.from), 'templates'), { kind: 'folder' }) : undefined;
}

/** A file of the tool's own (under templates/), as text; one that is missing is an EnvironmentError naming it. */
export function readToolFile(...parts: string[]): string {
  const path = join(builtinTemplates, ...parts);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new EnvironmentError([toolFilesMissing(path, { kind: 'file', error })]);
  }
}

/**
 * How to start the render worker: dist/pipeline/render-worker.js when built;
 * under the tests, src/ is TypeScript, which a worker thread cannot load by
 * itself, so a small boot file registers tsx first (test/ts-worker.mjs).
 */
export const renderWorker: { file: string; data?: { entry: string } } = here.endsWith('.ts')
  ? { file: join(toolRoot, 'test', 'ts-worker.mjs'), data: { entry: pathToFileURL(join(codeDir, 'pipeline', 'render-worker.ts')).href } }
  : { file: join(codeDir, 'pipeline', 'render-worker.js') };

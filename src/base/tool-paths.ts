/**
 * Where the tool's own files are, found from this module, so that they are
 * found alike from src/ (under the tests) and from dist/, which is one
 * bundled module (bin/bundle.mjs): the package folder is the nearest one
 * above with a package.json and a templates/ folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);

function packageRoot(): string {
  for (let dir = dirname(here); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'templates'))) return dir;
  }
  throw new Error(`internal error: no package folder with templates/ above ${here}`);
}

const toolRoot = packageRoot();
/** The built-in templates. */
export const builtinTemplates = join(toolRoot, 'templates');
/** The running code: dist/ when built (one bundle and its chunks), src/ under the tests (what the build's cache key hashes). */
export const codeDir = here.endsWith('.ts') ? dirname(dirname(here)) : dirname(here);
/** The tool's version, as its package.json gives it (what `agenda --version` prints). */
export const toolVersion: string = (JSON.parse(readFileSync(join(toolRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * How to start the render worker: dist/pipeline/render-worker.js when built;
 * under the tests, src/ is TypeScript, which a worker thread cannot load by
 * itself, so a small boot file registers tsx first (test/ts-worker.mjs).
 */
export const renderWorker: { file: string; data?: { entry: string } } = here.endsWith('.ts')
  ? { file: join(toolRoot, 'test', 'ts-worker.mjs'), data: { entry: pathToFileURL(join(codeDir, 'pipeline', 'render-worker.ts')).href } }
  : { file: join(codeDir, 'pipeline', 'render-worker.js') };

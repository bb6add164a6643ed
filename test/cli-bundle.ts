/**
 * The command line built once for a test run, for the tests that start the
 * tool as a process of its own (the language server, `agenda doctor`): src/
 * bundled by esbuild, as bin/bundle.mjs builds dist/, into a fresh folder
 * under node_modules/.cache. The unit tests so need no `npm run build`, and
 * each process they start loads one module instead of compiling src/
 * through tsx (test/agenda-from-source.mjs): under load that start took
 * about 2.5 s of a test's time, the bundle's about 0.35 s. The folder lies
 * inside the package, so the tool finds its templates/ and package.json as
 * from dist/, and the packages left out of the bundle in node_modules.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The bundled command line's entry: `node <agendaCli> args…` runs it as `bin/agenda` does. */
    agendaCli: string;
    /** The unit project runs a sample of what the volume project runs in full (the fuzz files' cases). */
    sample?: boolean;
  }
}

const root = join(import.meta.dirname, '..');
const bundled = new Set(['zod']);
const packageOf = (path: string) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cache = join(root, 'node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const out = await mkdtemp(join(cache, 'agenda-tests-'));
  await build({
    absWorkingDir: root,
    entryPoints: { 'cli/main': 'src/cli/main.ts', 'pipeline/render-worker': 'src/pipeline/render-worker.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'packages-stay-in-node_modules',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, ({ path }) => (bundled.has(packageOf(path)) ? undefined : { external: true }));
        },
      },
    ],
  });
  const entry = join(out, 'agenda.mjs');
  await writeFile(
    entry,
    "import { main } from './cli/main.js';\nconst code = await main(process.argv.slice(2));\nprocess.stdout.write('', () => process.stderr.write('', () => process.exit(code)));\n",
  );
  project.provide('agendaCli', entry);
  return () => rm(out, { recursive: true, force: true });
}

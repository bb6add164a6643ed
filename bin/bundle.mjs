/**
 * Builds dist/ (npm run build): the TypeScript in src/ bundled by esbuild
 * into dist/cli/main.js, with chunks for what a command loads on demand (the
 * renderer and the browser for `build`). zod is bundled in, only the parts
 * the schemas use (110 KB: they are written with zod/mini, as classic zod
 * cannot be tree-shaken and came whole, 750 KB); the other packages stay in
 * node_modules. One module to load instead of about eighty, and a fraction
 * of zod, is what took `agenda check` of one file from about 380 ms to
 * 290 ms (the bundle), then to 0.82 of that (zod/mini); docs/performance.md.
 * Types are checked by `tsc --noEmit` before this runs. `--no-sourcemaps`
 * (npm pack's prepack) leaves the source maps out: they were 70 % of the
 * package, and a user's stack trace is not read against the TypeScript.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const bundled = new Set(['zod']);
const packageOf = (path) =>
  path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');

await rm(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The benchmark (bench/child.mjs) launches a browser and prints a page as the tool does, with these three.
  entryPoints: ['src/cli/main.ts', 'src/pipeline/render-worker.ts', 'src/drivers/pdf/browser-finder.ts', 'src/drivers/pdf/browser-launch.ts', 'src/drivers/pdf/hardened-page.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: !process.argv.includes('--no-sourcemaps'),
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

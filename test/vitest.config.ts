import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests that launch a browser (they print PDFs) or run the built command line; everything else runs in `npm run test:unit`. */
const browser = [
  'test/drivers/build/**/*.test.ts',
  // These two start render threads against time limits of a fraction of a second: they ran with the build's tests before the move, and stay there.
  'test/pipeline/render-limits.test.ts',
  'test/pipeline/render-pool.test.ts',
  'test/cli/{agenda-install,browser-install,build-report,doctor,init,install,new,output-paths,shard,sources}.test.ts',
  'test/drivers/pdf/pdf-renderer.test.ts',
  'test/drivers/pdf/pdf-recovery.test.ts',
  'test/drivers/pdf/browser-cleanup.test.ts',
  'test/e2e/**/*.test.ts',
  'test/drivers/watch/**/*.test.ts',
];

/**
 * Tests whose worth is their volume (thousands of generated variants, a
 * server fed every fuzz input, 200,000 keys): `npm test` and CI run them; the
 * unit project keeps a sample of each in the file they were split from.
 */
const volume = ['test/**/*.volume.test.ts'];
/**
 * Files that run in both projects: a sample in the unit project (provide: sample), all of it in the volume project.
 * The fuzz files run a third of their cases; the language server's test of Object's own names a third of the names.
 */
const sampled = ['test/fuzz/**/*.fuzz.test.ts', 'test/drivers/lsp/prototype-names.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // The tests read the tool's English unless a test chooses a language: a developer's own locale (nb_NO, sv_SE) must not change what they see.
    env: { LC_ALL: 'C.UTF-8', LC_MESSAGES: '', LANG: 'C.UTF-8' },
    // A time-out guards against a hang, not a slow machine: on the shared two-core machine (load 15 to 20) tests that take half a second alone took over 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // The unit files share their workers' module cache (isolate: false): loading the modules again for each of fifty files took longer than the tests.
      // test/cli-bundle.ts bundles src/ once for the tests that start the tool as a process: no dist/ needed, and no tsx start for each process.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...browser, ...volume],
          isolate: false,
          // Two workers on two cores: vitest's default leaves one core idle. A project with its own maxWorkers runs in a group of its own (groupOrder).
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
          provide: { sample: true },
          globalSetup: ['test/cli-bundle.ts'],
          setupFiles: ['test/unit-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'volume', include: [...volume, ...sampled], isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 }, globalSetup: ['test/cli-bundle.ts'] },
      },
      // One worker: each file starts browsers and build threads of its own.
      { extends: true, test: { name: 'browser', include: browser, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});

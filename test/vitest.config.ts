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
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: browser, isolate: false } },
      { extends: true, test: { name: 'browser', include: browser } },
    ],
  },
});

/**
 * Before each unit test file (setupFiles): the unit files share their
 * workers' modules (isolate: false), so what one file leaves set must not
 * reach the next.
 *
 * - The messages speak English, as the config's locale says, whatever
 *   language the file before chose (useLanguage is the process's).
 * - The render threads run the render worker as test/cli-bundle.ts bundled
 *   it for the run (as dist/ holds it), rather than src/ through tsx
 *   (test/ts-worker.mjs): a thread that compiled the renderer's TypeScript
 *   first cost each test worker about two seconds of CPU for every pool it
 *   started. The code is the same src/; the pool, its limits and its faults
 *   are what the tests see either way.
 */
import { join } from 'node:path';
import { inject } from 'vitest';
import { useLanguage } from '../src/base/messages/index.js';
import { renderWorker } from '../src/base/tool-paths.js';

await useLanguage('en');

const cli = inject('agendaCli');
if (cli && renderWorker.data) {
  renderWorker.file = join(cli, '..', 'pipeline', 'render-worker.js');
  renderWorker.data = undefined;
}

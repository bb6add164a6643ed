// Starts a worker thread on a TypeScript module under the tests (src/ is not
// compiled there): registers tsx, then loads the module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

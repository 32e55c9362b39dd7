// The batch pool's worker thread as built (cli/batch.ts): dist/cli/worker.cjs, compiled from V8's code cache like the
// main thread's bundle (load-built.mjs). The cache is saved once the thread has answered its first request.
import { workerData } from 'node:worker_threads';
import { loadBuilt } from './load-built.mjs';

const loaded = loadBuilt(workerData.bundle);
loaded.exports.serveRequests(() => loaded.saveCache());

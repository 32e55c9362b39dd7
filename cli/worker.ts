/**
 * A worker thread of the batch pool (cli/batch.ts): checks the files it is sent, one document at a time, and sends
 * back plain data. One engine per thread, loaded once. Started by worker-built.mjs (the built bundle, through V8's
 * code cache) or worker-dev.mjs (the sources, through tsx), which call serveRequests.
 */
import { parentPort } from 'node:worker_threads';
import type { OutputFormat } from './args.ts';
import { checkGroup } from './check-group.ts';

export interface WorkerRequest {
  id: number;
  files: string[];
  format: OutputFormat;
  withInfo: boolean;
  /** Describe, but do not yet check, a file that may be half of a document (checkGroup). */
  deferHalves: boolean;
}

/** Answers the pool's requests; `afterFirstReply` runs once the first answer is sent (the code cache is saved then). */
export function serveRequests(afterFirstReply?: () => void): void {
  let replied = false;
  parentPort?.on('message', async (request: WorkerRequest) => {
    const result = await checkGroup(request.files, request.format, request.withInfo, request.deferHalves);
    parentPort!.postMessage({ id: request.id, ...result });
    if (!replied) {
      replied = true;
      afterFirstReply?.();
    }
  });
}

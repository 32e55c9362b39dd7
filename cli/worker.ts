/**
 * A worker thread of the batch pool (cli/batch.ts): checks the files it is sent, one document at a time, and sends
 * back plain data. One engine per thread, loaded once.
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

parentPort?.on('message', async (request: WorkerRequest) => {
  const result = await checkGroup(request.files, request.format, request.withInfo, request.deferHalves);
  parentPort!.postMessage({ id: request.id, ...result });
});

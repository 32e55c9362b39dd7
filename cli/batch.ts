/**
 * Many files on several cores: a pool of worker threads, each with its own engine. Every file is first read and
 * tells its unit, year and shape; a whole disclosure (or an unreadable file) is checked in that same pass and handed
 * over at once. A file that may be half of a document (mostly text, or mostly tables) waits: once all are in, the
 * files that make one document (a 说明 and its 表格, lib/documents/sets.ts planSets) are checked together, and a half
 * without a partner alone. So no file is checked twice (a pair used to be checked alone, then again joined: 40% more
 * time on the Jiangsu PDFs).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type FileInfo, planSets } from '../lib/documents/sets.ts';
import type { OutputFormat } from './args.ts';
import type { CheckedOutput } from './check-group.ts';
import type { WorkerRequest } from './worker.ts';

/** `output` is absent only for a half described but not yet checked (deferHalves). */
type Reply = { id: number; output?: CheckedOutput; info?: FileInfo };

/** As many threads as cores, and no more than half the files (a thread costs its start-up). */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / 2)));
}

class Pool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: WorkerRequest[] = [];
  private readonly pending = new Map<number, { request: WorkerRequest; resolve(reply: Reply): void }>();
  /** The request each busy worker is on. */
  private readonly running = new Map<Worker, number>();
  private nextId = 0;

  constructor(size: number) {
    // Built: dist/cli/worker.cjs beside this bundle, loaded by cli/worker-built.mjs through V8's code cache (a cold
    // thread compiling the whole engine made a batch of 4 pages slower on two threads than on one). From the sources
    // (tests, tsx): the .ts worker through tsx.
    const built = import.meta.url.endsWith('.cjs');
    const url = new URL(built ? '../../cli/worker-built.mjs' : './worker-dev.mjs', import.meta.url);
    const workerData = built ? { bundle: fileURLToPath(new URL('./worker.cjs', import.meta.url)) } : undefined;
    for (let i = 0; i < size; i++) this.start(url, workerData);
  }

  private start(url: URL, workerData: unknown) {
    // A thread inherits node's options, but --input-type (a caller running the CLI from `node -e`) is refused for a
    // thread started from a file.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
    const worker = new Worker(url, { workerData, execArgv });
    worker.on('message', (reply: Reply) => {
      this.running.delete(worker);
      this.idle.push(worker);
      const entry = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      this.pump();
      entry?.resolve(reply);
    });
    // A thread that dies (out of memory on a huge file) fails its file with the reason, not the whole batch; the
    // others carry on.
    worker.on('error', (error) => {
      const id = this.running.get(worker);
      this.running.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      const entry = id === undefined ? undefined : this.pending.get(id);
      if (entry && id !== undefined) {
        this.pending.delete(id);
        const source = entry.request.files[0];
        const message = `核对时出错 / the check failed: ${error.message}`;
        entry.resolve({ id, output: { sources: entry.request.files, error: message, json: { source, sources: entry.request.files, error: message, tables: [], findings: [] }, errors: 0 } });
      }
      if (this.workers.length === 0) this.start(url, workerData);
      this.pump();
    });
    this.workers.push(worker);
    this.idle.push(worker);
  }

  run(files: string[], format: OutputFormat, withInfo: boolean, deferHalves = false): Promise<Reply> {
    return new Promise((resolve) => {
      const request = { id: this.nextId++, files, format, withInfo, deferHalves };
      this.pending.set(request.id, { request, resolve });
      this.queue.push(request);
      this.pump();
    });
  }

  private pump() {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      if (!this.workers.includes(worker)) continue;
      const request = this.queue.shift()!;
      this.running.set(worker, request.id);
      worker.postMessage(request);
    }
  }

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Checks the files on `jobs` threads; `onOutput` is told each document as soon as it is final, with its position in
 * the order of the files given (a joined document where the first of its files was).
 */
export async function runBatch(
  files: readonly string[],
  format: OutputFormat,
  jobs: number,
  join: boolean,
  onOutput: (output: CheckedOutput, position: number) => void,
): Promise<void> {
  const pool = new Pool(jobs);
  const position = new Map(files.map((f, i) => [f, i]));
  const infos: FileInfo[] = [];
  /** A check's output; a worker that died still answers with one (Pool), so this is never absent after a check. */
  const checked = (reply: Reply): CheckedOutput => reply.output!;
  try {
    await Promise.all(
      files.map(async (file) => {
        const reply = await pool.run([file], format, join, join);
        // Only a mostly-text or mostly-tables file can be half of a document: it waits for the plan, unchecked.
        if (reply.info && reply.info.shape !== 'both') infos.push(reply.info);
        else onOutput(checked(reply), position.get(file)!);
      }),
    );
    infos.sort((a, b) => position.get(a.source)! - position.get(b.source)!);
    await Promise.all(
      planSets(infos).map(async (group) => {
        const first = Math.min(...group.map((s) => position.get(s)!));
        onOutput(checked(await pool.run(group, format, false)), first);
      }),
    );
  } finally {
    await pool.close();
  }
}

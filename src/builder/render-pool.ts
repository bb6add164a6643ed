/**
 * Renders views in worker threads (render-worker.ts), a few at once. The
 * main thread stays free: signals are answered and the browser is driven
 * while a page is made. A view that takes longer than the time allowed, or
 * more memory than allowed, is abandoned (its thread ended) and comes back
 * as a diagnostic; an interrupted build ends the threads at once.
 */
import { Worker } from 'node:worker_threads';
import type { RenderedView } from '../compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderWorker } from '../tool-paths.js';
import type { RenderReply, RenderRequest } from './render-worker.js';

export interface Rendered {
  value?: RenderedView;
  diagnostics: Diagnostic[];
  /** Stopped by the signal: the view is neither made nor failed. */
  interrupted?: boolean;
}

export interface RenderPool {
  /** Starts a thread now, so that it has loaded the renderer by the time the first view comes. */
  warm(): void;
  render(request: Omit<RenderRequest, 'id'>): Promise<Rendered>;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface RenderPoolOptions {
  /** Threads at most. */
  size: number;
  /** How long one view may take. */
  timeoutMs: number;
  /** Heap of one thread, MB. */
  memoryMb?: number;
  signal?: AbortSignal;
}

interface Task {
  request: RenderRequest;
  resolve(r: Rendered): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the renderer: a view's time starts when it is sent to a ready thread. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export function openRenderPool(o: RenderPoolOptions): RenderPool {
  return new WorkerPool(o);
}

const INTERRUPTED: Rendered = { diagnostics: [], interrupted: true };

class WorkerPool implements RenderPool {
  readonly #o: RenderPoolOptions;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #nextId = 0;
  #closed = false;
  readonly #stop = () => {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.resolve(INTERRUPTED);
    for (const slot of [...this.#slots]) this.#abandon(slot, (t) => t.resolve(INTERRUPTED));
  };

  constructor(o: RenderPoolOptions) {
    this.#o = o;
    o.signal?.addEventListener('abort', this.#stop, { once: true });
  }

  warm(): void {
    if (!this.#closed && !this.#slots.length) this.#spawn();
  }

  render(request: Omit<RenderRequest, 'id'>): Promise<Rendered> {
    return new Promise<Rendered>((resolve, reject) => {
      if (this.#closed) return resolve(INTERRUPTED);
      this.#queue.push({ request: { ...request, id: this.#nextId++ }, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#o.signal?.removeEventListener('abort', this.#stop);
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.resolve(INTERRUPTED);
    await Promise.all(this.#slots.splice(0).map((s) => (clearTimeout(s.timer), s.worker.terminate())));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  get #memoryMb(): number {
    return this.#o.memoryMb ?? 1024;
  }

  #spawn(): Slot {
    const worker = new Worker(renderWorker.file, { workerData: renderWorker.data, resourceLimits: { maxOldGenerationSizeMb: this.#memoryMb } });
    const slot: Slot = { ready: false, worker };
    worker.on('message', (reply: RenderReply | 'ready') => this.#answered(slot, reply));
    worker.on('error', (e: Error & { code?: string }) =>
      this.#abandon(slot, (t) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? t.resolve(failed(t.request, 'render-failed', `it needs more than ${this.#memoryMb} MB of memory to make; it was abandoned`))
          : t.reject(e),
      ),
    );
    this.#slots.push(slot);
    return slot;
  }

  #answered(slot: Slot, reply: RenderReply | 'ready'): void {
    if (reply === 'ready') {
      slot.ready = true;
      if (slot.task) this.#send(slot);
      return;
    }
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (reply.fault !== undefined) task?.reject(new Error(reply.fault));
    else task?.resolve({ value: reply.value, diagnostics: reply.diagnostics });
    this.#pump();
  }

  #pump(): void {
    while (!this.#closed && this.#queue.length) {
      const slot = this.#slots.find((s) => !s.task) ?? (this.#slots.length < this.#o.size ? this.#spawn() : undefined);
      if (!slot) return;
      slot.task = this.#queue.shift()!;
      if (slot.ready) this.#send(slot);
    }
  }

  /** A view's time starts when it is sent to a thread that has loaded the renderer. */
  #send(slot: Slot): void {
    const timedOut = (t: Task) => t.resolve(failed(t.request, 'render-timeout', `it took longer than ${this.#o.timeoutMs / 1000} s to make; it was abandoned`));
    slot.timer = setTimeout(() => this.#abandon(slot, timedOut), this.#o.timeoutMs);
    slot.worker.postMessage(slot.task!.request);
  }

  /** Ends the slot's thread; its view, if any, comes out as `outcome` says. */
  #abandon(slot: Slot, outcome: (t: Task) => void): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
    slot.task = undefined;
    void slot.worker.terminate();
    if (task) outcome(task);
    this.#pump();
  }
}

function failed(r: RenderRequest, code: 'render-timeout' | 'render-failed', why: string): Rendered {
  const hint = 'an invitation is a few pages: shorten the body or the programme, or split the source';
  return { diagnostics: [{ code, severity: 'error', file: r.file, message: `${r.view.name}: ${why}`, hint }] };
}

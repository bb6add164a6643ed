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
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 0;
  let closed = false;

  const abandon = (slot: Slot, outcome: (t: Task) => void) => {
    const task = slot.task;
    clearTimeout(slot.timer);
    slots.splice(slots.indexOf(slot), 1);
    slot.task = undefined;
    void slot.worker.terminate();
    if (task) outcome(task);
    pump();
  };

  const spawn = (): Slot => {
    const slot: Slot = { ready: false, worker: new Worker(renderWorker.file, { workerData: renderWorker.data, resourceLimits: { maxOldGenerationSizeMb: o.memoryMb ?? 1024 } }) };
    slot.worker.on('message', (reply: RenderReply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        if (slot.task) send(slot);
        return;
      }
      const task = slot.task;
      clearTimeout(slot.timer);
      slot.task = undefined;
      if (task) {
        if (reply.fault !== undefined) task.reject(new Error(reply.fault));
        else task.resolve({ value: reply.value, diagnostics: reply.diagnostics });
      }
      pump();
    });
    slot.worker.on('error', (e: Error & { code?: string }) =>
      abandon(slot, (t) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? t.resolve(failed(t.request, 'render-failed', `it needs more than ${o.memoryMb ?? 1024} MB of memory to make; it was abandoned`))
          : t.reject(e),
      ),
    );
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (!closed && queue.length) {
      const slot = slots.find((s) => !s.task) ?? (slots.length < o.size ? spawn() : undefined);
      if (!slot) return;
      slot.task = queue.shift()!;
      if (slot.ready) send(slot);
    }
  };

  const send = (slot: Slot) => {
    const timedOut = (t: Task) => t.resolve(failed(t.request, 'render-timeout', `it took longer than ${o.timeoutMs / 1000} s to make; it was abandoned`));
    slot.timer = setTimeout(() => abandon(slot, timedOut), o.timeoutMs);
    slot.worker.postMessage(slot.task!.request);
  };

  const stop = () => {
    closed = true;
    for (const task of queue.splice(0)) task.resolve({ diagnostics: [], interrupted: true });
    for (const slot of [...slots]) abandon(slot, (t) => t.resolve({ diagnostics: [], interrupted: true }));
  };
  o.signal?.addEventListener('abort', stop, { once: true });

  return {
    warm: () => {
      if (!closed && !slots.length) spawn();
    },
    render: (request) =>
      new Promise<Rendered>((resolve, reject) => {
        if (closed) return resolve({ diagnostics: [], interrupted: true });
        queue.push({ request: { ...request, id: nextId++ }, resolve, reject });
        pump();
      }),
    close,
    [Symbol.asyncDispose]: close,
  };

  async function close(): Promise<void> {
    o.signal?.removeEventListener('abort', stop);
    closed = true;
    for (const task of queue.splice(0)) task.resolve({ diagnostics: [], interrupted: true });
    await Promise.all(slots.splice(0).map((s) => (clearTimeout(s.timer), s.worker.terminate())));
  }
}

function failed(r: RenderRequest, code: 'render-timeout' | 'render-failed', why: string): Rendered {
  const hint = 'an invitation is a few pages: shorten the body or the programme, or split the source';
  return { diagnostics: [{ code, severity: 'error', file: r.file, message: `${r.view.name}: ${why}`, hint }] };
}

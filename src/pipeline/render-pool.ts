/**
 * Renders views in worker threads (render-worker.ts), a few at once. The
 * main thread stays free: signals are answered and the browser is driven
 * while a page is made. A view that takes longer than its time, or more
 * memory than allowed, is abandoned (its thread ended) and comes back as a
 * diagnostic; a view whose build is interrupted is abandoned at once.
 *
 * One pool serves the whole process (renderPool()): a command's build,
 * every save of watch and preview, the tests' many builds. Its threads
 * load the renderer once, and an idle thread does not keep the process
 * alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedView } from './compile.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { renderWorker } from '../base/tool-paths.js';
import type { RenderReply, RenderRequest, TemplateStarted } from './render-worker.js';
import { messageLanguage, say } from '../base/messages/index.js';

export interface Rendered {
  value?: RenderedView;
  diagnostics: Diagnostic[];
  /** Stopped by the signal: the view is neither made nor failed. */
  interrupted?: boolean;
}

/** What one view may take, and what stops it. */
export interface RenderLimits {
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Templates that ran out of time while they ran (→ the view they ran
   * out on), shared by one build's views: a view that uses one of them
   * fails at once, without waiting out its own time.
   */
  slowTemplates?: Map<string, string>;
}

export interface RenderPool {
  /** Starts a thread now, so that it has loaded the renderer by the time the first view comes. */
  warm(): void;
  render(request: Omit<RenderRequest, 'id'>, limits: RenderLimits): Promise<Rendered>;
  /** Ends every thread; views in progress come back interrupted. */
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Threads at most. */
  size: number;
  /** Heap of one thread, MB. */
  memoryMb?: number;
  /** @internal Tests start a thread that misbehaves instead of the renderer. */
  worker?: { file: string; data?: unknown };
}

interface Task {
  request: RenderRequest;
  limits: RenderLimits;
  resolve(r: Rendered): void;
  reject(e: Error): void;
  /** Takes the task back when its signal fires. */
  onAbort(): void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the renderer: a view's time starts when it is sent to a ready thread. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** The template the task's view is running in now, once it has got that far. */
  template?: string;
}

/** Rendering is quick beside printing: one thread, two where there are cores to spare. */
export const renderThreads = () => Math.min(2, Math.max(1, availableParallelism() - 1));

let shared: RenderPool | undefined;

/** The process's render threads. */
export function renderPool(): RenderPool {
  return (shared ??= openRenderPool({ size: renderThreads() }));
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

  constructor(o: RenderPoolOptions) {
    this.#o = o;
  }

  warm(): void {
    if (!this.#slots.length) this.#spawn();
  }

  render(request: Omit<RenderRequest, 'id'>, limits: RenderLimits): Promise<Rendered> {
    return new Promise<Rendered>((resolve, reject) => {
      if (limits.signal?.aborted) return resolve(INTERRUPTED);
      const task: Task = {
        request: { language: messageLanguage(), ...request, id: this.#nextId++ },
        limits,
        resolve: (r) => {
          limits.signal?.removeEventListener('abort', task.onAbort);
          resolve(r);
        },
        reject: (e) => {
          limits.signal?.removeEventListener('abort', task.onAbort);
          reject(e);
        },
        onAbort: () => this.#takeBack(task),
      };
      limits.signal?.addEventListener('abort', task.onAbort, { once: true });
      this.#queue.push(task);
      this.#pump();
    });
  }

  async close(): Promise<void> {
    for (const task of this.#queue.splice(0)) task.resolve(INTERRUPTED);
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.task?.resolve(INTERRUPTED);
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  get #memoryMb(): number {
    return this.#o.memoryMb ?? 1024;
  }

  #spawn(): Slot {
    const start = this.#o.worker ?? renderWorker;
    const worker = new Worker(start.file, { workerData: start.data, resourceLimits: { maxOldGenerationSizeMb: this.#memoryMb } });
    worker.unref();
    const slot: Slot = { ready: false, worker };
    worker.on('message', (reply: RenderReply | TemplateStarted | 'ready') => this.#answered(slot, reply));
    worker.on('error', (e: Error & { code?: string }) =>
      this.#abandon(slot, (t) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? t.resolve(failed(t.request, 'render-failed', `it needs more than ${this.#memoryMb} MB of memory to make; it was abandoned`))
          : t.reject(e),
      ),
    );
    // A thread that ends on its own (not ended here: that one has left the pool) takes its view with it.
    worker.on('exit', (code) => {
      if (this.#slots.includes(slot)) this.#abandon(slot, (t) => t.resolve(failed(t.request, 'render-failed', `the render thread stopped (exit code ${code}); it was abandoned`)));
    });
    this.#slots.push(slot);
    return slot;
  }

  #answered(slot: Slot, reply: RenderReply | TemplateStarted | 'ready'): void {
    if (reply === 'ready') {
      slot.ready = true;
      if (slot.task) this.#send(slot);
      return;
    }
    if ('template' in reply) {
      if (reply.id === slot.task?.request.id) slot.template = reply.template;
      return;
    }
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.template = undefined;
    slot.worker.unref();
    if (reply.fault !== undefined) task?.reject(new Error(reply.fault));
    else if (reply.slowTemplate !== undefined && task) task.resolve(slowTemplate(task, reply.slowTemplate));
    else task?.resolve({ value: reply.value, diagnostics: reply.diagnostics });
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length) {
      const slot = this.#slots.find((s) => !s.task) ?? (this.#slots.length < this.#o.size ? this.#spawn() : undefined);
      if (!slot) return;
      slot.task = this.#queue.shift()!;
      // A thread at work keeps the process alive; an idle one does not.
      slot.worker.ref();
      if (slot.ready) this.#send(slot);
    }
  }

  /** A view's time starts when it is sent to a thread that has loaded the renderer. */
  #send(slot: Slot): void {
    const { timeoutMs, slowTemplates } = slot.task!.limits;
    const timedOut = (t: Task) => {
      // Ran out of time inside its template: the build's other views that use it would too.
      if (slot.template !== undefined && !slowTemplates?.has(slot.template)) slowTemplates?.set(slot.template, t.request.view.name);
      t.resolve(failed(t.request, 'render-timeout', `it took longer than ${timeoutMs / 1000} s to make; it was abandoned`));
    };
    slot.template = undefined;
    slot.timer = setTimeout(() => this.#abandon(slot, timedOut), timeoutMs);
    slot.worker.postMessage({ ...slot.task!.request, slowTemplates: slowTemplates ? [...slowTemplates.keys()] : undefined });
  }

  /** A task whose build was interrupted: out of the queue, or its thread ended. */
  #takeBack(task: Task): void {
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      task.resolve(INTERRUPTED);
      return;
    }
    const slot = this.#slots.find((s) => s.task === task);
    if (slot) this.#abandon(slot, (t) => t.resolve(INTERRUPTED));
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

/** A view not made because its template ran out of time for another view of the build. */
function slowTemplate(t: Task, template: string): Rendered {
  const seconds = t.limits.timeoutMs / 1000;
  const first = t.limits.slowTemplates?.get(template) ?? '';
  const hint = say('render.slow-template-hint');
  return {
    diagnostics: [
      { code: 'render-timeout', severity: 'error', file: t.request.file, message: `${t.request.view.name}: ${say('render.slow-template', { template, seconds, first })}`, hint },
    ],
  };
}

function failed(r: RenderRequest, code: 'render-timeout' | 'render-failed', why: string): Rendered {
  const hint = 'an invitation is a few pages: shorten the body or the programme, or split the source';
  return { diagnostics: [{ code, severity: 'error', file: r.file, message: `${r.view.name}: ${why}`, hint }] };
}

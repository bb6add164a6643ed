/**
 * Renders the views of sources in worker threads (render-worker.ts), a
 * source a thread at a time, a few threads at once. The
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
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { messageLanguage, say } from '../base/messages/index.js';
import { renderWorker } from '../base/tool-paths.js';
import type { Gathering } from '../model/gathering.js';
import { portableGathering } from '../parse/parse.js';
import { type Project, type RenderedView, renderFault, type View, type ViewContext } from './compile.js';
import type { RenderReply, RenderRequest, TemplateStarted } from './render-worker.js';

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
  /**
   * Renders the views of one source in one thread, in order: a promise for
   * each view, settled as that view is made (or fails, or is interrupted).
   */
  render(source: SourceToRender, limits: RenderLimits): Promise<Rendered>[];
  /** Ends every thread; views in progress come back interrupted. */
  close(): Promise<void>;
}

/** A parsed, checked source and the views of it to make. */
export interface SourceToRender {
  gathering: Gathering;
  views: View[];
  project: Project;
  context: ViewContext;
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
  /** One for each of the request's views. */
  settle: ((r: Rendered) => void)[];
  /** The view being made: the views before it are answered. */
  next: number;
  /** Takes the task back when its signal fires. */
  onAbort(): void;
}

interface Slot {
  worker: Worker;
  /** The thread has loaded the renderer: a view's time starts when it is sent to a ready thread. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** The template the task's current view is running in now, once it has got that far. */
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

  render(source: SourceToRender, limits: RenderLimits): Promise<Rendered>[] {
    const settle: ((r: Rendered) => void)[] = [];
    const promises = source.views.map(() => new Promise<Rendered>((resolve) => settle.push(resolve)));
    if (!source.views.length) return promises;
    if (limits.signal?.aborted) {
      for (const s of settle) s(INTERRUPTED);
      return promises;
    }
    const { gathering, views, project, context } = source;
    // The parsed gathering goes to the thread, not the text: the source is parsed once.
    const request = { id: this.#nextId++, file: gathering.file, gathering: portableGathering(gathering), views, project, context, language: messageLanguage() };
    this.#enqueue(request, limits, settle, false);
    return promises;
  }

  #enqueue(request: RenderRequest, limits: RenderLimits, settle: Task['settle'], first: boolean): void {
    const task: Task = { request, limits, settle, next: 0, onAbort: () => this.#takeBack(task) };
    limits.signal?.addEventListener('abort', task.onAbort, { once: true });
    if (first) this.#queue.unshift(task);
    else this.#queue.push(task);
    this.#pump();
  }

  async close(): Promise<void> {
    for (const task of this.#queue.splice(0)) this.#settleRest(task, INTERRUPTED);
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      if (slot.task) this.#settleRest(slot.task, INTERRUPTED);
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
    // Whatever the thread dies of, the view it was making fails with a diagnostic, and the source's other views go to a fresh thread.
    worker.on('error', (e: Error & { code?: string }) =>
      this.#abandon(slot, (t) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? failed(t, 'render-failed', 'render.memory', { mb: this.#memoryMb })
          : { diagnostics: [renderFault(t.request.file, t.request.views[t.next], e)] },
      ),
    );
    // A thread that ends on its own (not ended here: that one has left the pool) takes its view with it.
    worker.on('exit', (code) => {
      if (this.#slots.includes(slot)) this.#abandon(slot, (t) => failed(t, 'render-failed', 'render.thread-stopped', { code }));
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
    const task = slot.task;
    if (!task || reply.id !== task.request.id || reply.index !== task.next) return;
    if ('template' in reply) {
      slot.template = reply.template;
      return;
    }
    clearTimeout(slot.timer);
    slot.template = undefined;
    const result = reply.slowTemplate === undefined ? { value: reply.value, diagnostics: reply.diagnostics } : slowTemplate(task, reply.slowTemplate);
    task.settle[task.next++](result);
    if (task.next < task.settle.length) {
      this.#time(slot);
      return;
    }
    this.#done(task);
    slot.task = undefined;
    slot.worker.unref();
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

  /** A view's time starts when it is sent to a thread that has loaded the renderer; each of the source's views has its own. */
  #send(slot: Slot): void {
    this.#time(slot);
    const { slowTemplates } = slot.task!.limits;
    slot.worker.postMessage({ ...slot.task!.request, slowTemplates: slowTemplates ? [...slowTemplates.keys()] : undefined });
  }

  #time(slot: Slot): void {
    const { timeoutMs, slowTemplates } = slot.task!.limits;
    const timedOut = (t: Task) => {
      // Ran out of time inside its template: the build's other views that use it would too.
      if (slot.template !== undefined && !slowTemplates?.has(slot.template)) slowTemplates?.set(slot.template, t.request.views[t.next].name);
      return failed(t, 'render-timeout', 'render.timeout', { seconds: timeoutMs / 1000 });
    };
    slot.template = undefined;
    slot.timer = setTimeout(() => this.#abandon(slot, timedOut), timeoutMs);
  }

  /** A task whose build was interrupted: out of the queue, or its thread ended. */
  #takeBack(task: Task): void {
    const queued = this.#queue.indexOf(task);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      this.#settleRest(task, INTERRUPTED);
      return;
    }
    const slot = this.#slots.find((s) => s.task === task);
    if (slot) this.#abandon(slot, () => INTERRUPTED);
  }

  /**
   * Ends the slot's thread: the view it was making comes out as `outcome`
   * says, and the source's views after it go back to the front of the queue
   * (unless the build was interrupted: then they are too).
   */
  #abandon(slot: Slot, outcome: (t: Task) => Rendered): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
    slot.task = undefined;
    void slot.worker.terminate();
    if (task) {
      const result = outcome(task);
      this.#done(task);
      if (result.interrupted) this.#settleRest(task, INTERRUPTED);
      else {
        task.settle[task.next](result);
        const rest = task.next + 1;
        if (rest < task.settle.length) {
          const request = { ...task.request, id: this.#nextId++, views: task.request.views.slice(rest) };
          this.#enqueue(request, task.limits, task.settle.slice(rest), true);
        }
      }
    }
    this.#pump();
  }

  /** Every view of the task not yet answered gets `r`. */
  #settleRest(task: Task, r: Rendered): void {
    this.#done(task);
    while (task.next < task.settle.length) task.settle[task.next++](r);
  }

  #done(task: Task): void {
    task.limits.signal?.removeEventListener('abort', task.onAbort);
  }
}

/** A view not made because its template ran out of time for another view of the build. */
function slowTemplate(t: Task, template: string): Rendered {
  const seconds = t.limits.timeoutMs / 1000;
  const first = t.limits.slowTemplates?.get(template) ?? '';
  const hint = say('render.slow-template-hint');
  const message = `${t.request.views[t.next].name}: ${say('render.slow-template', { template, seconds, first })}`;
  return { diagnostics: [{ code: 'render-timeout', severity: 'error', file: t.request.file, message, hint }] };
}

function failed(t: Task, code: 'render-timeout' | 'render-failed', key: 'render.memory' | 'render.thread-stopped' | 'render.timeout', params: Record<string, number>): Rendered {
  const message = say(key, { view: t.request.views[t.next].name, mb: 0, code: 0, seconds: 0, ...params });
  return { diagnostics: [{ code, severity: 'error', file: t.request.file, message, hint: say('render.too-big-hint') }] };
}

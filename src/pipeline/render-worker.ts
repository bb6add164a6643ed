/**
 * The render thread: the build's main thread stays free to answer signals
 * and drive the browser while views are made, and a view that runs too
 * long can be abandoned by ending the thread. It runs the pipeline's render
 * phase (compile.ts: renderSource) on a source the main thread has parsed
 * and checked: it is sent the parsed gathering (portableGathering), not the
 * text, and makes every view asked of that source, answering once per view
 * as each is made. A fault in one view is that view's diagnostic.
 */
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import type { Language } from '../base/i18n/index.js';
import { useLanguage } from '../base/messages/index.js';
import { loadMarkdown } from '../parse/markdown-body.js';
import { type PortableGathering, reviveGathering } from '../parse/parse.js';
import { type Project, type RenderedView, renderFault, renderSource, type View, type ViewContext } from './compile.js';

export interface RenderRequest {
  id: number;
  file: string;
  gathering: PortableGathering;
  /** The views to make, in order: one reply each. */
  views: View[];
  project: Project;
  context: ViewContext;
  /** The language the diagnostics speak. */
  language: Language;
  /** Templates that ran out of time for another view of this build: a view that uses one is not made with it. */
  slowTemplates?: string[];
}

export interface RenderReply {
  id: number;
  /** Which of the request's views. */
  index: number;
  value?: RenderedView;
  diagnostics: Diagnostic[];
  /** Not made: it uses this template, one of the request's slowTemplates. */
  slowTemplate?: string;
}

/** Sent while a view is made: its template is running now (a time-out from here on is the template's). */
export interface TemplateStarted {
  id: number;
  index: number;
  template: string;
}

async function answer(r: RenderRequest): Promise<void> {
  let answered = 0;
  const reply = (index: number, result: Omit<RenderReply, 'id' | 'index'>) => {
    try {
      parentPort!.postMessage({ id: r.id, index, ...result } satisfies RenderReply);
    } catch (e) {
      // What was made cannot be sent (it does not clone): the view fails, the others go on.
      parentPort!.postMessage({ id: r.id, index, diagnostics: [renderFault(r.file, r.views[index], e)] } satisfies RenderReply);
    }
    answered = index + 1;
  };
  try {
    await useLanguage(r.language);
    const onTemplate = (template: string, index: number) => parentPort!.postMessage({ id: r.id, index, template } satisfies TemplateStarted);
    const hooks = { each: (result: Omit<RenderReply, 'id' | 'index'>, index: number) => reply(index, result), onTemplate, slowTemplates: r.slowTemplates };
    renderSource(reviveGathering(r.gathering), r.views, r.project, r.context, hooks);
  } catch (e) {
    // The gathering could not be revived, or the language loaded: every view not yet answered fails with this.
    for (let index = answered; index < r.views.length; index++) reply(index, { diagnostics: [renderFault(r.file, r.views[index], e)] });
  }
}

parentPort?.on('message', (r: RenderRequest) => void answer(r));
// Ready once the Markdown parser is loaded too: a view's time (render-timeout) is its own, not the loading's.
await loadMarkdown();
parentPort?.postMessage('ready');

/**
 * The render phase in a worker thread: the build's main thread stays free
 * to answer signals and drive the browser while a view is made, and a view
 * that runs too long can be abandoned by ending the thread. It takes the
 * source's text (a parsed gathering holds functions and cannot be sent),
 * parses it again (kept for the source's next view) and renders one view.
 */
import { parentPort } from 'node:worker_threads';
import { render, type Project, type RenderedView, type ViewContext } from './compile.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import type { Gathering } from '../model/gathering.js';
import type { View } from '../render/views.js';
import { parseSource } from '../parse/parse.js';
import type { Language } from '../base/i18n/index.js';
import { messageLanguage, useLanguage } from '../base/messages/index.js';

export interface RenderRequest {
  id: number;
  text: string;
  file: string;
  view: View;
  project: Project;
  context: ViewContext;
  /** The language the tool speaks to its user: the thread's messages (an image that cannot be read) are said in it. */
  language?: Language;
  /** Templates that ran out of time for another view of this build: the view is not made with them. */
  slowTemplates?: string[];
}

export interface RenderReply {
  id: number;
  value?: RenderedView;
  diagnostics: Diagnostic[];
  /** A fault in the tool, not in the source: the message of what was thrown. */
  fault?: string;
  /** Not made: it uses this template, one of the request's slowTemplates. */
  slowTemplate?: string;
}

/** Sent while a view is made: its template is running now (a time-out from here on is the template's). */
export interface TemplateStarted {
  id: number;
  template: string;
}

class SlowTemplate extends Error {
  constructor(readonly template: string) {
    super(template);
  }
}

let last: { file: string; text: string; gathering: Gathering } | undefined;

function gatheringOf(text: string, file: string): Gathering {
  if (last?.file !== file || last.text !== text) {
    const { gathering } = parseSource(text, file);
    if (!gathering) throw new Error(`${file} no longer parses`);
    last = { file, text, gathering };
  }
  return last.gathering;
}

function answer(r: RenderRequest): RenderReply {
  const onTemplate = (template: string) => {
    if (r.slowTemplates?.includes(template)) throw new SlowTemplate(template);
    parentPort?.postMessage({ id: r.id, template } satisfies TemplateStarted);
  };
  try {
    return { id: r.id, ...render(gatheringOf(r.text, r.file), r.view, r.project, r.context, onTemplate) };
  } catch (e) {
    if (e instanceof SlowTemplate) return { id: r.id, diagnostics: [], slowTemplate: e.template };
    return { id: r.id, diagnostics: [], fault: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', async (r: RenderRequest) => {
  if (r.language && r.language !== messageLanguage()) await useLanguage(r.language);
  parentPort!.postMessage(answer(r));
});
parentPort?.postMessage('ready');

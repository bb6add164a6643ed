/**
 * The render phase for one view of a valid gathering: the HTML page, the
 * calendar text and the print job (the HTML and the PDF's metadata). Pure
 * but for reading templates and images; a failure comes back as a
 * diagnostic, never as an exception.
 */
import type { Config } from '../model/config-schema.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import type { Gathering } from '../model/gathering.js';
import type { PdfMeta, PrintAssets } from './print-job.js';
import { calendarText } from './calendar/calendar.js';
import { viewTitle, type View, type ViewRequest } from './views.js';
import { linkFonts } from './fonts.js';
import { RenderError } from './render-error.js';
import { withoutHidden } from '../base/hidden.js';
import { CONFIG_NAMES, shownGathering, withoutHiddenData } from '../model/shown-texts.js';
import { renderHtml } from './render-html.js';
import type { CalendarDate } from '../base/calendar-date.js';

/** What every source of a project shares: its folder, config, templates, "today" and the views asked for. */
export interface Project {
  /** The config's folder: relative paths in the config, images and logos resolve inside it. */
  root: string;
  config: Config;
  templatesDir?: string;
  /** Where templatesDir's files must resolve, links followed (default: root). */
  templatesRoot?: string;
  templateNames: string[];
  today: CalendarDate;
  request: ViewRequest;
}

export interface ViewContext {
  /** The source's path relative to the project, with forward slashes: the root of every calendar UID. */
  sourceId: string;
  /** The outputs' date (DTSTAMP and SEQUENCE, the PDF's dates): SOURCE_DATE_EPOCH or the source's modification time. */
  date: Date;
}

export interface RenderedView {
  view: View;
  html: string;
  calendar: string;
  /** The print job: the HTML with the fonts by URL, and the files behind those URLs. */
  print: { html: string; meta: PdfMeta; assets: PrintAssets };
  /** As the index names it: the gathering's title and the view's label. */
  title: string;
  language: string;
  /** Files read besides the source and templates (logo, images), for incremental builds. */
  files: string[];
}

export function renderView(
  g: Gathering,
  view: View,
  project: Project,
  context: ViewContext,
  onTemplate?: (template: string) => void,
): { value?: RenderedView; diagnostics: Diagnostic[] } {
  // Every output is made from what a reader may see: the hidden characters check warns about are left out (model/shown-texts.ts).
  const config = withoutHiddenData(project.config, CONFIG_NAMES);
  const shown = shownGathering(g);
  // An audience's or a group's label names the view in its title and calendar.
  const label = view.label === undefined ? view : { ...view, label: withoutHidden(view.label) };
  let page;
  try {
    page = renderHtml(shown, {
      audience: view.audience,
      group: view.group,
      templatesDir: project.templatesDir,
      projectRoot: project.root,
      templatesRoot: project.templatesRoot,
      branding: config.branding,
      timeSeparator: config['time-separator'],
      template: config.template,
      onTemplate,
    });
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    return { diagnostics: [{ code: 'render-failed', severity: 'error', file: g.file, message: `${view.name}: ${e.message}` }] };
  }
  const calendar = calendarText(shown, label, { sourceId: context.sourceId, link: config.link, changed: context.date, timeSeparator: config['time-separator'] });
  const meta: PdfMeta = { title: page.title, author: page.author, subject: page.subject, language: page.language, date: context.date };
  const print = { ...linkFonts(page.html), meta };
  return {
    value: { view, html: page.html, calendar, print, title: viewTitle(page.title, label), language: page.language, files: page.files },
    diagnostics: [],
  };
}

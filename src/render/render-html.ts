/**
 * Gathering → one self-contained HTML page: styles and fonts inline, images
 * as data: URLs, no address the page would load. The PDF step prints it;
 * it is also an invitation one can open as it is.
 *
 * The template is the source's `template:`, else the project's default
 * (`options.template`, from the config), else `network` for a gathering
 * with groups, `phases` for one with phases, and `timetable` otherwise.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { catalogue } from '../base/i18n/index.js';
import { quote, say } from '../base/messages/index.js';
import type { Gathering } from '../model/gathering.js';
import { imageResolver, readImage } from './images.js';
import { RenderError } from './render-error.js';
import { templateSet } from './templates.js';
import { buildViewModel } from './view-model.js';

export { RenderError } from './render-error.js';

export interface Branding {
  organisation?: string;
  /** An image file, relative to the project folder and inside it. */
  logo?: string;
  /** #RGB or #RRGGBB. */
  accent?: string;
  /** The page footer's text (left); the organisation when absent. */
  footer?: string;
}

export interface RenderOptions {
  /** An audience id: that audience's invitation, from the time it joins. */
  audience?: string;
  /** A group's index (from 0): that group's invitation, with only its sessions. */
  group?: number;
  /** The project's templates folder (relative to projectRoot), over the built-in templates. */
  templatesDir?: string;
  /** The project folder: images are read only from inside it. Default: the current folder. */
  projectRoot?: string;
  /** Where the project's templates must resolve (links followed): the project folder unless a templates folder was named on the command line. */
  templatesRoot?: string;
  branding?: Branding;
  /** Between hours and minutes; the language's custom when absent ("09.00", English "09:00"). */
  timeSeparator?: '.' | ':';
  /** The project's default template, for sources that name none. */
  template?: string;
  /** Told the template's name just before it runs (it may throw to stop the render there). */
  onTemplate?: (template: string) => void;
}

export interface RenderResult {
  html: string;
  /** For the PDF's metadata. */
  title: string;
  language: string;
  author?: string;
  subject?: string;
  /** Files the page was made from besides the source and templates (logo, images), for incremental builds. */
  files: string[];
}

export function chooseTemplate(g: Gathering, fallback?: string): string {
  if (g.template) return g.template;
  if (fallback) return fallback;
  if (g.groups?.length || g.series?.length) return 'network';
  if (g.phases?.length) return 'phases';
  return 'timetable';
}

export function renderHtml(g: Gathering, options: RenderOptions = {}): RenderResult {
  const cat = catalogue(g.language ?? 'nb');
  const root = resolve(options.projectRoot ?? '.');
  const templates = templateSet(options.templatesDir ? resolve(root, options.templatesDir) : undefined, [options.templatesRoot ?? root]);
  const template = chooseTemplate(g, options.template);
  if (!templates.names.includes(template)) {
    throw new RenderError(say('render.template-unknown', { name: quote(template), known: templates.names.join(', ') }));
  }
  const branding = { ...options.branding };
  const files = new Set<string>();
  if (branding.logo) {
    files.add(resolve(root, branding.logo));
    branding.logo = readImage(branding.logo, root, root, 'logo');
  }
  const source = existsSync(resolve(g.file)) ? resolve(g.file) : resolve(root, g.file);
  const view = buildViewModel(g, {
    template,
    templates,
    cat,
    separator: options.timeSeparator ?? cat.timeSeparator,
    md: { image: imageResolver(dirname(source), root, files), footnoteLabel: cat.labels.footnotes, fragments: 0 },
    audience: options.audience,
    group: options.group,
    branding,
  });
  options.onTemplate?.(template);
  return {
    html: tidy(templates.render(template, view)),
    title: view.title,
    language: cat.language,
    author: g.organiser ?? branding.organisation,
    subject: g.subtitle,
    files: [...files].sort(),
  };
}

/** Blank lines the templates leave, removed (never inside <pre>). */
function tidy(html: string): string {
  return html
    .split(/(<pre[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/\n(?:[ \t]*\n)+/g, '\n')))
    .join('')
    .trimStart();
}

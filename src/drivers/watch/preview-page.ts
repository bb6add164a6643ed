/**
 * A built page as the preview serves it: the HTML on disk with one small
 * script added, which listens to the server's events, reloads the page
 * after each build, and while the page's source has errors shows them over
 * the last good version instead. The built pages forbid scripts (their
 * Content-Security-Policy says default-src 'none'); the served copy lets
 * this one script run, by its hash, and lets it reach the server. The
 * files on disk stay as built.
 */
import { createHash } from 'node:crypto';
import { messageLanguage, say } from '../../base/messages/index.js';
import type { PreviewState, Problem } from './preview-state.js';

export const EVENTS_PATH = '/__agenda/events';

interface ClientConfig {
  events: string;
  /** The build the page was served after: a later one reloads it. */
  build: number;
  /** The output name the page shows ('' for the index, which shows every problem). */
  view: string;
  /** The page that stands in for the index until the first build writes it: reloaded by the next build whatever its problems. */
  waiting?: boolean;
  /** The overlay's words in the language spoken, each split where its value goes. */
  words: OverlayWords;
}

interface OverlayWords {
  notBuilt: [string, string];
  hint: [string, string];
  error: string;
  warning: string;
}

/** The overlay's words, said now: the script in the page cannot call say(). */
function overlayWords(): OverlayWords {
  const around = (text: string) => text.split('\u0000', 2) as [string, string];
  return {
    notBuilt: around(say('preview.notBuilt', { file: '\u0000' })),
    hint: around(say('report.hint', { hint: '\u0000' })),
    error: say('report.error'),
    warning: say('report.warning'),
  };
}

/**
 * Runs in the browser, serialised with toString(): it may use nothing from
 * this module. The overlay is made with textContent only: messages quote
 * the source.
 */
function previewClient(config: ClientConfig): void {
  const id = 'agenda-preview-problems';
  const show = (problems: Problem[]) => {
    document.getElementById(id)?.remove();
    if (!problems.length) return;
    const box = document.createElement('section');
    box.id = id;
    box.setAttribute('role', 'alert');
    Object.assign(box.style, {
      position: 'fixed',
      inset: '1rem 1rem auto 1rem',
      maxHeight: '80vh',
      overflow: 'auto',
      zIndex: '2147483647',
      background: '#fff8f6',
      color: '#1b1b1b',
      border: '3px solid #b3261e',
      borderRadius: '6px',
      padding: '1rem 1.25rem',
      font: '15px/1.45 system-ui, sans-serif',
      boxShadow: '0 6px 24px rgba(0,0,0,.25)',
      whiteSpace: 'pre-wrap',
    });
    const line = (tag: string, text: string, css: Partial<CSSStyleDeclaration> = {}) => {
      const el = document.createElement(tag);
      el.textContent = text;
      Object.assign(el.style, css);
      box.append(el);
    };
    for (const p of problems) {
      const { words } = config;
      line('h2', words.notBuilt.join(p.file), { font: 'bold 16px system-ui, sans-serif', margin: '0 0 .5rem' });
      for (const d of p.diagnostics) {
        const where = d.line ? `${d.line}:${d.column ?? 1}  ` : '';
        const severity = d.severity === 'error' ? words.error : words.warning;
        line('p', `${where}${severity}  ${d.message}  (${d.code})`, { margin: '.25rem 0 0', color: d.severity === 'error' ? '#8c1d18' : '#6b4e00' });
        if (d.hint) line('p', words.hint.join(d.hint), { margin: '0 0 0 2rem', color: '#444' });
      }
    }
    document.body.append(box);
  };
  const source = new EventSource(config.events);
  source.addEventListener('state', (event) => {
    const state = JSON.parse((event as MessageEvent<string>).data) as PreviewState;
    // Says (to tests, and to anyone looking) that the page follows the builds.
    document.documentElement.setAttribute('data-agenda-preview', 'live');
    const mine = config.view === '' ? state.problems : state.problems.filter((p) => p.views.includes(config.view));
    if (state.build > config.build && (config.waiting || !mine.length)) location.reload();
    else show(mine);
  });
}

/** The served copy of a built page. */
export function injectPreview(html: string, config: Omit<ClientConfig, 'events' | 'words'>): string {
  const script = `(${previewClient.toString()})(${JSON.stringify({ ...config, words: overlayWords(), events: EVENTS_PATH }).replace(/</g, '\\u003c')});`;
  const digest = createHash('sha256').update(script).digest('base64');
  const withPolicy = html.replace(
    /(<meta\s+http-equiv=["']?content-security-policy["']?\s+content=(["']))(.*?)(\2)/i,
    (_, open: string, _q: string, policy: string, close: string) => {
      const kept = policy
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d && !/^(script-src|connect-src)\b/i.test(d));
      return `${open}${[...kept, `script-src 'sha256-${digest}'`, "connect-src 'self'"].join('; ')}${close}`;
    },
  );
  const tag = `<script>${script}</script>`;
  const end = withPolicy.search(/<\/body>(?![\s\S]*<\/body>)/i);
  return end < 0 ? withPolicy + tag : withPolicy.slice(0, end) + tag + withPolicy.slice(end);
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the address shows before the first build has written the index: the pages made so far (paths below the folder), each a link. */
export function waitingPage(pages: readonly string[]): string {
  const title = escape(say('preview.makingTitle'));
  const links = pages.map((p) => `<li><a href="/${p.split('/').map(encodeURIComponent).join('/')}">${escape(p.slice(0, -'.html'.length))}</a></li>`);
  const list = links.length ? `<ul>${links.join('')}</ul>` : `<p>${escape(say('preview.noneYet'))}</p>`;
  return `<!doctype html>
<html lang="${messageLanguage()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><main><h1>${title}</h1><p>${escape(say('preview.making'))}</p>${list}</main></body></html>
`;
}

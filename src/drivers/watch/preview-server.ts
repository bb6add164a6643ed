/**
 * The preview's web server (node:http): on the loopback address only, it
 * serves what the build wrote into the output folder and nothing else, and
 * tells open pages about each build through server-sent events.
 *
 * Refused: a path with a `..` segment however it is written (%2e%2e, %2f),
 * dot files (the build record, temporary files), a backslash or NUL, a file
 * whose real path (symbolic links resolved) lies outside the folder, and a
 * Host header that is not this server's (a web page cannot reach the
 * preview by rebinding a name of its own to 127.0.0.1).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { isInside } from '../../base/containment.js';
import { UsageError } from '../../base/errors.js';
import { say } from '../../base/messages/index.js';
import { EVENTS_PATH, injectPreview, waitingPage } from './preview-page.js';
import type { PreviewState } from './preview-state.js';

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  publish(state: PreviewState): void;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root` on 127.0.0.1 at `port` (0: a free one). The folder need not
 * be there yet, nor its index: until the first build writes them, the
 * address answers with a page listing the invitations made so far, which
 * turns into the index at the next build.
 */
export async function startPreviewServer(root: string, port = 0): Promise<PreviewServer> {
  let realRoot: string | undefined;
  const rootNow = async () => (realRoot ??= await realpath(root).catch(() => undefined));
  let state: PreviewState = { build: 0, problems: [] };
  const listeners = new Set<ServerResponse>();
  /** Host headers this server answers: its own address, also as localhost. */
  const hosts = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, say('preview.unreadable')));
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hosts.has(req.headers.host ?? '')) {
      return send(res, 403, say('preview.otherHost'));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, say('preview.method'));
    const path = (req.url ?? '/').replace(/[?#].*$/s, '');
    if (path === EVENTS_PATH) return subscribe(res);
    const top = await rootNow();
    const file = top === undefined ? undefined : await fileFor(top, path);
    if (file === 'refused') return send(res, 403, say('preview.outside'));
    if (!file && (path === '/' || path === '/index.html')) {
      return reply(req, res, TYPES['.html'], injectPreview(waitingPage(top === undefined ? [] : await pagesIn(top)), { build: state.build, view: '', waiting: true }));
    }
    if (!file) return send(res, 404, say('preview.notFound'));
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer | string = await readFile(file);
    if (type.startsWith('text/html')) {
      const name = relative(top!, file).split(sep).join('/').slice(0, -'.html'.length);
      const view = name === 'index' ? '' : name;
      body = injectPreview(body.toString('utf8'), { build: state.build, view });
    }
    reply(req, res, type, body);
  };

  const reply = (req: IncomingMessage, res: ServerResponse, type: string, body: Buffer | string) => {
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const subscribe = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 1000\n${event(state)}`);
    listeners.add(res);
    res.on('close', () => listeners.delete(res));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new UsageError(say('preview.portInUse', { port: String(port) })) : e));
    server.listen(port, HOST, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  hosts.add(`${HOST}:${bound}`).add(`localhost:${bound}`);

  return {
    url: `http://${HOST}:${bound}/`,
    publish(next) {
      state = next;
      for (const res of listeners) res.write(event(state));
    },
    async close() {
      for (const res of listeners) res.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function event(state: PreviewState): string {
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${text}\n`);
}

/** The pages in the folder so far (paths below it, with /), the index and dot files left out. */
async function pagesIn(root: string): Promise<string[]> {
  const names = await readdir(root, { recursive: true }).catch(() => [] as string[]);
  return names
    .map((n) => n.split(sep).join('/'))
    .filter((n) => n.endsWith('.html') && n !== 'index.html' && !n.split('/').some((s) => s.startsWith('.')))
    .sort();
}

/** The file a request path names below `root` (already a real path): undefined when there is none, 'refused' when it is not one to serve. */
export async function fileFor(root: string, path: string): Promise<string | undefined | 'refused'> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'refused';
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return 'refused';
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return 'refused';
  let wanted = join(root, ...segments);
  let info = await stat(wanted).catch(() => undefined);
  if (info?.isDirectory()) {
    wanted = join(wanted, 'index.html');
    info = await stat(wanted).catch(() => undefined);
  }
  if (!info?.isFile()) return undefined;
  const real = await realpath(wanted);
  return isInside(real, root) ? real : 'refused';
}

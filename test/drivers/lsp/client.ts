/**
 * A small Language Server Protocol client for the tests: spawns
 * `agenda lsp` (src/ bundled once for the run by test/cli-bundle.ts, or,
 * where a project does not build it, through test/agenda-from-source.mjs:
 * either way the tests need no `npm run build`) and speaks JSON-RPC to it
 * with the protocol's framing (a Content-Length header, a blank line, the
 * JSON body).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Json) => void>();
  private readonly waiting: { method: string; test: (params: Json) => boolean; resolve: (params: Json) => void }[] = [];
  /** Every notification the server sent, in order. */
  readonly notifications: { method: string; params: Json; bytes: number }[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;

  /** `command`: the tool to start (the benchmark gives `bin/agenda`, the built tool); by default the test run's. */
  constructor(cwd = root, env: NodeJS.ProcessEnv = {}, command?: string) {
    const cli = command ?? inject('agendaCli') ?? join(root, 'test', 'agenda-from-source.mjs');
    this.child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd, env: { ...process.env, ...env } });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message, length);
    }
  }

  private dispatch(message: Json, bytes: number): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server (client/registerCapability, …): accept it.
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
      return;
    }
    this.notifications.push({ method: message.method, params: message.params, bytes });
    for (const w of [...this.waiting]) {
      if (w.method === message.method && w.test(message.params)) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(message.params);
      }
    }
  }

  private send(message: Json): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Writes `bytes` to the server as they are: a frame of one's own making (a wrong Content-Length). */
  sendRaw(bytes: string | Buffer): void {
    this.child.stdin.write(bytes);
  }

  /** A notification's frame, as send() writes it, with `length` in its header instead of the body's (when given). */
  static frame(message: Json, length?: number): Buffer {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${length ?? body.length}\r\n\r\n`), body]);
  }

  request(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification of `method` whose params pass `test` (one already received and not yet taken counts too, if `since` allows). */
  next(method: string, test: (params: Json) => boolean = () => true): Promise<Json> {
    return new Promise((resolve) => this.waiting.push({ method, test, resolve }));
  }

  /** The next diagnostics published for `uri` (at `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<Json[]> {
    return this.next('textDocument/publishDiagnostics', (p) => p.uri === uri && (version === undefined || p.version === version)).then((p) => p.diagnostics);
  }

  async initialize(rootUri: string | null = null, locale?: string): Promise<Json> {
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { relatedInformation: true } } },
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, text: string, version: number): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** An incremental change, as an editor sends a keystroke: `text` put at line `line`, column `character` (from 0). */
  type(uri: string, version: number, line: number, character: number, text: string): void {
    const at = { line, character };
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text }] });
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    this.child.kill();
  }
}

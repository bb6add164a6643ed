/**
 * A small Language Server Protocol client for the tests: speaks JSON-RPC,
 * with the protocol's framing (a Content-Length header, a blank line, the
 * JSON body), to `agenda lsp` spawned as an editor starts it (src/ bundled
 * once for the run by test/cli-bundle.ts, or, where a project does not
 * build it, through test/agenda-from-source.mjs: either way the tests need
 * no `npm run build`), or to the same server run in the test's own process
 * (`LspClient.inProcess`), for the tests that are about what it answers
 * rather than about the process: a start of the tool costs about a second
 * of CPU, which nine servers spent in every unit run.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { inject } from 'vitest';
import { resolveToday } from '../../../src/cli/command-io.js';
import { runLanguageServer } from '../../../src/drivers/lsp/server.js';

const root = join(import.meta.dirname, '..', '..', '..');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The server's end of the conversation: a process, or the server in this one. */
interface Peer {
  input: Writable;
  output: Readable;
  exited: Promise<number | null>;
  /** In this process no `exit` notification is sent (the protocol library answers it with process.exit): after `shutdown` the pipe is closed, as an editor that goes away closes it. */
  inProcess: boolean;
  /** Closes the pipe. */
  close(): void;
  /** Ends the server: a spawned one is killed; one in this process is left idle, as its pending checks would answer into a closed connection where a process has exited. */
  kill(): void;
}

function spawned(cwd: string, env: NodeJS.ProcessEnv, command: string | undefined, client: LspClient): Peer {
  const cli = command ?? inject('agendaCli') ?? join(root, 'test', 'agenda-from-source.mjs');
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd, env: { ...process.env, ...env } });
  child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { input: child.stdin, output: child.stdout, exited, inProcess: false, close: () => child.stdin.end(), kill: () => child.kill() };
}

/**
 * A pipe as the kernel's is to the server: what is written in one turn of
 * the event loop arrives together, in chunks of at most 64 KiB (a stream
 * of this process hands over each write on its own).
 */
function pipe(): { write: Writable; read: PassThrough } {
  const read = new PassThrough();
  let held: Buffer[] = [];
  const flush = () => {
    const all = Buffer.concat(held);
    held = [];
    for (let at = 0; at < all.length; at += 65_536) read.write(all.subarray(at, at + 65_536));
  };
  const write = new PassThrough();
  write.on('data', (chunk: Buffer) => {
    if (held.push(chunk) === 1) setImmediate(flush);
  });
  write.on('end', () => setImmediate(() => read.end()));
  return { write, read };
}

function inThisProcess(env: NodeJS.ProcessEnv): Peer {
  const toServer = pipe();
  const fromServer = new PassThrough();
  let exit: (code: number | null) => void = () => {};
  const exited = new Promise<number | null>((resolve) => (exit = resolve));
  void runLanguageServer({ today: () => resolveToday(undefined, { ...process.env, ...env }) }, { input: toServer.read, output: fromServer, exit });
  return { input: toServer.write, output: fromServer, exited, inProcess: true, close: () => toServer.write.end(), kill: () => exit(null) };
}

export class LspClient {
  private readonly peer: Peer;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Json) => void>();
  private readonly waiting: { method: string; test: (params: Json) => boolean; resolve: (params: Json) => void }[] = [];
  /** Every notification the server sent, in order. */
  readonly notifications: { method: string; params: Json; bytes: number }[] = [];
  /** What a spawned server wrote to stderr (one in this process has none of its own). */
  stderr = '';
  readonly exited: Promise<number | null>;

  /** A spawned server. `command`: the tool to start (the benchmark gives `bin/agenda`, the built tool); by default the test run's. */
  constructor(cwd = root, env: NodeJS.ProcessEnv = {}, command?: string, peer?: Peer) {
    this.peer = peer ?? spawned(cwd, env, command, this);
    this.peer.output.on('data', (chunk: Buffer) => this.receive(chunk));
    this.exited = this.peer.exited;
  }

  /** The server run in this process, with `env`'s SOURCE_DATE_EPOCH for its today: what it answers is the spawned one's. */
  static inProcess(env: NodeJS.ProcessEnv = {}): LspClient {
    return new LspClient(root, env, undefined, inThisProcess(env));
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
    this.peer.input.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.peer.input.write(body);
  }

  /** Writes `bytes` to the server as they are: a frame of one's own making (a wrong Content-Length). */
  sendRaw(bytes: string | Buffer): void {
    this.peer.input.write(bytes);
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
      // A server in this process would watch its own process id every 3 s, for as long as the test run lasts.
      processId: this.peer.inProcess ? null : process.pid,
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
    if (this.peer.inProcess) this.peer.close();
    else this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    this.peer.kill();
  }
}

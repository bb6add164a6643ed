/**
 * The editor's messages, read from stdin: the protocol's framing (a
 * Content-Length header, a blank line, a JSON body), as the protocol
 * library's own reader reads it, and two things that reader does not do.
 *
 * A frame whose Content-Length is wrong is recovered from. The library's
 * reader trusts the length: one too large waits for bytes that never come
 * (the server goes silent until stdin closes), one too small reads the rest
 * of the body as the next frame's headers, and it is lost from then on.
 * This reader trusts the length while the body it gives is JSON (always,
 * from a well-behaved editor: no search, no second parse). When it is not,
 * the body is taken to end where the next header starts, the first such
 * place before which it is JSON (a JSON text never has a header name
 * outside its strings, and a cut string is no JSON text); a body that is
 * JSON in what has arrived, though shorter than its length, is read at
 * once. Bytes that are no message are skipped as far as the next header.
 * Each repair or skip is told to `problem`.
 *
 * Keystrokes that arrive together are read as one message: a run of
 * `textDocument/didChange` notifications for one document, one after the
 * other in what has arrived, becomes one notification with all their
 * changes in order, at the last one's version (the protocol lets one
 * notification carry several changes). The document ends the same, and
 * the versions between, never seen, are never checked.
 */
import type { Readable } from 'node:stream';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

export type FrameProblem = { kind: 'repaired'; said: number; was: number } | { kind: 'skipped'; bytes: number };

const HEADER_END = Buffer.from('\r\n\r\n');
/** A header block longer than this is not one. */
const HEADER_LIMIT = 8192;
/** A header line: never found in a JSON text, where a name like this can only stand in a string, and a string holds no raw line break or ends at a quote. */
const HEADER_LINE = /^content-(?:length|type):[^\r\n"]*\r\n/i;
const HEADER_NAMES = ['Content-Length:', 'content-length:', 'CONTENT-LENGTH:', 'Content-Type:', 'content-type:'];

export class RecoveringReader extends AbstractMessageReader {
  /** What has arrived and is not yet read: the buffer to read, and the chunks after it while a frame is incomplete. */
  #parts: Buffer[] = [];
  #size = 0;
  /** Bytes the frame at the start says it needs: until they are there, a chunk that cannot end a JSON text is only kept. */
  #need = 0;

  constructor(
    private readonly input: Readable,
    private readonly problem: (p: FrameProblem) => void = () => {},
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      try {
        for (const message of mergeChanges(this.read(chunk))) callback(message);
      } catch (e) {
        this.fireError(e);
      }
    };
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', (e) => this.fireError(e));
    this.input.on('end', onClose);
    return { dispose: () => this.input.off('data', onData).off('end', onClose) };
  }

  /** The messages whole once `chunk` is added. */
  read(chunk: Buffer): Message[] {
    this.#parts.push(chunk);
    this.#size += chunk.length;
    if (this.#size < this.#need && !endsJson(chunk, chunk.length)) return [];
    let buffer = this.#parts.length === 1 ? chunk : Buffer.concat(this.#parts, this.#size);
    const out: Message[] = [];
    for (let taken = this.#next(buffer, out); taken > 0; taken = this.#next(buffer, out)) {
      buffer = buffer.subarray(taken);
      this.#need = 0;
    }
    this.#parts = buffer.length ? [buffer] : [];
    this.#size = buffer.length;
    return out;
  }

  /** Reads the frame at the buffer's start into `out`: the bytes used up, or 0 when more must arrive. */
  #next(buffer: Buffer, out: Message[]): number {
    if (!buffer.length) return 0;
    const headerEnd = buffer.indexOf(HEADER_END);
    if (headerEnd < 0 || headerEnd > HEADER_LIMIT) return buffer.length > HEADER_LIMIT ? this.#skip(nextHeader(buffer, 1) ?? buffer.length) : 0;
    const length = contentLength(buffer.toString('latin1', 0, headerEnd));
    if (length === undefined) return this.#skip(nextHeader(buffer, 1) ?? headerEnd + 4);
    const body = headerEnd + 4;
    const complete = buffer.length >= body + length;
    if (complete) {
      const message = parse(buffer, body, body + length);
      if (message) return (out.push(message), body + length);
    }
    this.#need = body + length;
    return endsJson(buffer, buffer.length) || complete ? this.#recover(buffer, out, body, length) : 0;
  }

  /** The frame's length is wrong, or its bytes are still arriving: where its JSON ends, if that can be told yet. */
  #recover(buffer: Buffer, out: Message[], body: number, said: number): number {
    const first = nextHeader(buffer, body);
    for (let at = first; at !== undefined; at = nextHeader(buffer, at + 1)) {
      const message = endsJson(buffer, at) ? parse(buffer, body, at) : undefined;
      if (message) return (this.#repaired(out, message, said, at - body), at);
    }
    const whole = endsJson(buffer, buffer.length) ? parse(buffer, body, buffer.length) : undefined;
    if (whole) return (this.#repaired(out, whole, said, buffer.length - body), buffer.length);
    // No JSON before the next frame: these bytes are no message. Without a next frame, more may be on the way.
    return first === undefined ? 0 : this.#skip(first);
  }

  #repaired(out: Message[], message: Message, said: number, was: number): void {
    if (said !== was) this.problem({ kind: 'repaired', said, was });
    out.push(message);
  }

  #skip(bytes: number): number {
    this.problem({ kind: 'skipped', bytes });
    return bytes;
  }
}

function contentLength(headers: string): number | undefined {
  const m = /(?:^|\r\n)content-length:[ \t]*(\d{1,10})[ \t]*(?:\r\n|$)/i.exec(headers);
  return m ? Number(m[1]) : undefined;
}

/** Where the next header line starts, at or after `from`. */
function nextHeader(buffer: Buffer, from: number): number | undefined {
  let first: number | undefined;
  for (const name of HEADER_NAMES) {
    for (let at = buffer.indexOf(name, from, 'latin1'); at >= 0 && (first === undefined || at < first); at = buffer.indexOf(name, at + 1, 'latin1')) {
      if (HEADER_LINE.test(buffer.toString('latin1', at, Math.min(buffer.length, at + 200)))) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** Whether the bytes before `end`, spaces aside, end as a JSON object or list does. */
function endsJson(buffer: Buffer, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && (buffer[i] === 0x20 || buffer[i] === 0x0a || buffer[i] === 0x0d || buffer[i] === 0x09)) i--;
  return buffer[i] === 0x7d || buffer[i] === 0x5d;
}

function parse(buffer: Buffer, start: number, end: number): Message | undefined {
  try {
    const value: unknown = JSON.parse(buffer.toString('utf8', start, end));
    return typeof value === 'object' && value !== null ? (value as Message) : undefined;
  } catch {
    return undefined;
  }
}

interface Change {
  method: 'textDocument/didChange';
  params: { textDocument: { uri: string; version: number }; contentChanges: unknown[] };
}

function isChange(m: Message): m is Message & Change {
  const c = m as Partial<Change> & { id?: unknown };
  return c.method === 'textDocument/didChange' && c.id === undefined && typeof c.params?.textDocument?.uri === 'string' && Array.isArray(c.params.contentChanges);
}

/** Runs of change notifications for one document made one each; every other message as it was, in order. */
export function mergeChanges(messages: Message[]): Message[] {
  const out: Message[] = [];
  /** The merged notification at the end of `out` (made here, so its list of changes may grow). */
  let run: Change | undefined;
  for (const m of messages) {
    const last = out[out.length - 1];
    if (last && isChange(m) && isChange(last) && last.params.textDocument.uri === m.params.textDocument.uri) {
      if (run !== last) {
        run = { ...last, params: { textDocument: last.params.textDocument, contentChanges: [...last.params.contentChanges] } };
        out[out.length - 1] = run as unknown as Message;
      }
      for (const c of m.params.contentChanges) run.params.contentChanges.push(c);
      run.params.textDocument = m.params.textDocument;
    } else out.push(m);
  }
  return out;
}

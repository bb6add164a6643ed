/**
 * The language server's reader of the editor's messages: good frames read
 * as they are however the pipe cuts them (a document that mentions
 * Content-Length included), a frame whose Content-Length is wrong (too
 * large, too small, missing) repaired or skipped and the frames after it
 * read, and the keystrokes that arrive together read as one change.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Message } from 'vscode-languageserver/node';
import { type FrameProblem, mergeChanges, RecoveringReader } from '../../../src/drivers/lsp/reader.js';

const message = (n: number, text = 'x') => ({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///a.md', version: n }, text } });

function frame(m: object, delta = 0, header = 'Content-Length'): Buffer {
  const body = Buffer.from(JSON.stringify(m));
  return Buffer.concat([Buffer.from(`${header}: ${body.length + delta}\r\n\r\n`), body]);
}

/** What the reader reads from `chunks`, one after the other, and the problems it tells of. */
function through(chunks: Buffer[]): { messages: unknown[]; problems: FrameProblem[] } {
  const problems: FrameProblem[] = [];
  const reader = new RecoveringReader(new PassThrough(), (p) => problems.push(p));
  const messages = chunks.flatMap((c) => reader.read(c));
  return { messages, problems };
}

/** `bytes` cut into pieces at random places (a fixed seed). */
function cutUp(bytes: Buffer, seed: number): Buffer[] {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const n = 1 + Math.floor(random() * 300);
    pieces.push(bytes.subarray(at, at + n));
    at += n;
  }
  return pieces;
}

/** Texts a document may hold that look like the protocol's own framing. */
const tricky = (i: number) => ['ø€'.repeat(i * 7), 'Content-Length: 12\r\n\r\n{"a":1}', 'content-type: x}\nContent-Length: 3\n\n}', `}${'{'.repeat(i)}]`][i % 4];

describe('the reader of the editor’s messages', () => {
  it('reads good frames as they are, however the pipe cuts them, whatever the documents say', () => {
    const sent = Array.from({ length: 60 }, (_, i) => message(i, tricky(i)));
    const bytes = Buffer.concat(sent.map((m) => frame(m)));
    for (let seed = 1; seed <= 40; seed++) {
      const { messages, problems } = through(cutUp(bytes, seed));
      expect(messages).toEqual(sent);
      expect(problems).toEqual([]);
    }
  });

  it('reads the frame whose Content-Length is too large, and the frames after it', () => {
    for (const seed of [0, 3, 11]) {
      const bytes = Buffer.concat([frame(message(1), 500), frame(message(2)), frame(message(3))]);
      const { messages, problems } = through(seed ? cutUp(bytes, seed) : [bytes]);
      expect(messages).toEqual([message(1), message(2), message(3)]);
      const body = JSON.stringify(message(1)).length;
      expect(problems).toEqual([{ kind: 'repaired', said: body + 500, was: body }]);
    }
  });

  it('reads a last frame whose Content-Length is too large as soon as its JSON is whole', () => {
    const { messages } = through([frame(message(1)), frame(message(2), 1_000_000)]);
    expect(messages).toEqual([message(1), message(2)]);
  });

  it('reads the frame whose Content-Length is too small, and the frames after it', () => {
    for (const delta of [-1, -10, -30]) {
      const { messages, problems } = through(cutUp(Buffer.concat([frame(message(1), delta), frame(message(2)), frame(message(3))]), 7));
      expect(messages).toEqual([message(1), message(2), message(3)]);
      expect(problems).toHaveLength(1);
    }
  });

  it('skips bytes that are no message (no Content-Length, no JSON) and reads on', () => {
    const { messages, problems } = through([frame(message(1), 0, 'Content-Size'), Buffer.from('garbage\r\n'), frame(message(2)), frame(message(3))]);
    expect(messages).toEqual([message(2), message(3)]);
    expect(problems.map((p) => p.kind)).toEqual(['skipped']);
    const junk = through([Buffer.from('Content-Length: 20\r\n\r\nnot json at all, no\r\n'), frame(message(4))]);
    expect(junk.messages).toEqual([message(4)]);
  });
});

describe('keystrokes that arrive together', () => {
  const change = (uri: string, version: number, text: string) =>
    ({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } }) as Message;

  it('are one change per run for one document, with every change in order and the last version', () => {
    const merged = mergeChanges([change('a', 2, 'x'), change('a', 3, 'y'), change('a', 4, 'z')]);
    expect(merged).toEqual(
      [change('a', 4, 'x')].map((m) => ({ ...m, params: { ...(m as never as { params: object }).params, contentChanges: [{ text: 'x' }, { text: 'y' }, { text: 'z' }] } })),
    );
  });

  it('are not merged across another document or another message', () => {
    const hover = { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} } as Message;
    const messages = [change('a', 2, 'x'), change('b', 2, 'y'), change('a', 3, 'z'), hover, change('a', 4, 'w')];
    expect(mergeChanges(messages)).toEqual(messages);
  });

  it('leave the messages they were read from as they were', () => {
    const first = change('a', 2, 'x');
    mergeChanges([first, change('a', 3, 'y')]);
    expect(first).toEqual(change('a', 2, 'x'));
  });
});

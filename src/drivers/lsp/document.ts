/**
 * The editor's text of a document, kept as its lines. The protocol
 * library's own document joins the whole text again at every change, so a
 * keystroke in a 5 MB document costs a copy of it, two of them where
 * keystrokes arrive together; here a change rewrites the lines it touches
 * (and one on either side, so that a line break split by an edit, "\r"
 * then "\n", is read again whole), and the text is joined once, when it is
 * asked for (once per check).
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';

/** `text` cut after each line break ("\r\n", "\r" or "\n"), the breaks kept. */
function linesOf(text: string): string[] {
  const out: string[] = [];
  const breaks = /\r\n|\r|\n/g;
  let from = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    out.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

const lengthWithoutBreak = (line: string) => line.length - (/\r\n$/.test(line) ? 2 : /[\r\n]$/.test(line) ? 1 : 0);

export class LineDocument {
  #lines: string[];
  #text?: string;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.#lines = linesOf(text);
    this.#text = text;
  }

  get lineCount(): number {
    return this.#lines.length;
  }

  getText(): string {
    return (this.#text ??= this.#lines.join(''));
  }

  /** Applies the changes in order: a whole new text, or a range replaced. */
  apply(changes: readonly TextDocumentContentChangeEvent[], version: number): this {
    for (const change of changes) {
      if (!('range' in change) || !change.range) this.#lines = linesOf(change.text);
      else this.#replace(change.range, change.text);
    }
    this.#text = undefined;
    this.version = version;
    return this;
  }

  #replace(range: Range, text: string): void {
    const lines = this.#lines;
    const clamp = (p: Position) => {
      if (p.line >= lines.length) return { line: lines.length - 1, character: lines[lines.length - 1].length };
      const line = Math.max(0, p.line);
      return { line, character: Math.min(Math.max(0, p.character), lengthWithoutBreak(lines[line])) };
    };
    let start = clamp(range.start);
    let end = clamp(range.end);
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
    const first = Math.max(0, start.line - 1);
    const last = Math.min(lines.length - 1, end.line + 1);
    const before = lines.slice(first, start.line).join('') + lines[start.line].slice(0, start.character);
    const after = lines[end.line].slice(end.character) + lines.slice(end.line + 1, last + 1).join('');
    const rewritten = linesOf(before + text + after);
    // The last line keeps no empty piece after a final break unless it is the document's end.
    if (last < lines.length - 1 && rewritten.length > 1 && rewritten[rewritten.length - 1] === '') rewritten.pop();
    // A paste of many lines is spliced in as a list: as arguments, it could overflow the stack.
    if (rewritten.length < 10_000) lines.splice(first, last - first + 1, ...rewritten);
    else this.#lines = [...lines.slice(0, first), ...rewritten, ...lines.slice(last + 1)];
  }
}

/** For the protocol library's TextDocuments: documents made and changed as LineDocuments. */
export const lineDocuments = {
  create: (uri: string, languageId: string, version: number, text: string) => new LineDocument(uri, languageId, version, text),
  update: (document: LineDocument, changes: TextDocumentContentChangeEvent[], version: number) => document.apply(changes, version),
};

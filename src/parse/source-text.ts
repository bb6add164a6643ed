/**
 * A source's text as the parser reads it, in one place: where its front
 * matter is (the fences are found here and nowhere else: the parser, the
 * language server and the checker's body all ask), and its lines (indexed
 * once, for every position the parser, the checker and the reports give).
 */
import { LineIndex } from '../base/lines.js';
import type { SourceRecord } from '../model/location.js';

/** Where the front matter is, as remark-frontmatter finds it: a line of three dashes at the very start, up to the next such line. */
export interface FrontMatterPlace {
  /** Offset where the YAML starts: the line after the opening fence. */
  yamlStart: number;
  /** The YAML between the fences, without the line break before the closing one. */
  yaml: string;
  /** Offset where the closing fence's line starts, and where its dashes (and spaces) end. */
  closeStart: number;
  closeEnd: number;
  /** Offset where the body starts: the line after the closing fence (the text's end when nothing follows). */
  bodyStart: number;
}

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^---[ \t]*(?=\r\n|\r|\n|$(?![\s\S]))/gm;

/** The front matter's place; 'unclosed' for an opening fence without its closing one; undefined for a file that does not open with one. */
export function frontMatterOf(text: string): FrontMatterPlace | 'unclosed' | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const yamlStart = open[0].length;
  CLOSE.lastIndex = yamlStart;
  const close = CLOSE.exec(text);
  if (!close) return 'unclosed';
  const closeStart = close.index;
  const valueEnd = Math.max(yamlStart, closeStart - (text[closeStart - 2] === '\r' && text[closeStart - 1] === '\n' ? 2 : 1));
  const closeEnd = closeStart + close[0].length;
  const lineBreak = text[closeEnd] === '\r' && text[closeEnd + 1] === '\n' ? 2 : closeEnd < text.length ? 1 : 0;
  return { yamlStart, yaml: closeStart === yamlStart ? '' : text.slice(yamlStart, valueEnd), closeStart, closeEnd, bodyStart: closeEnd + lineBreak };
}

/** The source a gathering was read from: its text, where its body starts, its lines. */
export class SourceText implements SourceRecord {
  readonly lines: LineIndex;

  constructor(
    readonly text: string,
    readonly bodyStart: number,
  ) {
    this.lines = new LineIndex(text);
  }

  point(offset: number) {
    return this.lines.point(offset);
  }
}

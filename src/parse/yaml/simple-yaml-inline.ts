/**
 * What the simple YAML reader (simple-yaml.ts) finds within one line:
 * plain values and how YAML types them, quoted values, and one-line flow
 * lists and maps. Anything outside that subset throws `unsupported`, and
 * the reader hands the text to the `yaml` package.
 */
import type { SimpleNode, SimpleScalar } from './simple-yaml.js';
import { MAX_YAML_DEPTH } from './yaml-scan.js';

class Unsupported extends Error {}
export const unsupported = new Unsupported();
export function bail(): never {
  throw unsupported;
}

const NULL = /^(?:~|null|Null|NULL)$/;
export const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
/** Plain scalars YAML 1.2 (core schema) reads as something other than text: keys like these are left to the `yaml` package. */
export const NOT_TEXT =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters a plain value may not start with (YAML indicators). */
export const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`']);
export const SPACE = 32;

/** A plain scalar's value as toData gives it: null, a yes/no value, or the text as typed (numbers included). */
export function plainValue(raw: string): string | boolean | null {
  return NULL.test(raw) ? null : BOOL.test(raw) ? raw[0] === 't' || raw[0] === 'T' : raw;
}

/** A quoted value that closes on its line: "…" without escapes, or '…' with '' for a quote. */
export function quoted(text: string, pos: number, end: number): SimpleScalar {
  const q = text[pos];
  let value = '';
  let i = pos + 1;
  for (;;) {
    const close = text.indexOf(q, i);
    if (close < 0 || close >= end) bail();
    if (q === '"') {
      if (text.slice(i, close).includes('\\')) bail();
      value += text.slice(i, close);
      i = close + 1;
      break;
    }
    value += text.slice(i, close);
    if (text[close + 1] === "'") {
      value += "'";
      i = close + 2;
      continue;
    }
    i = close + 1;
    break;
  }
  return { kind: 'scalar', start: pos, end: i, nodeEnd: i, value };
}

/** A one-line flow list or map. */
export class Flow {
  pos: number;
  private depth = 0;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  node(): SimpleNode {
    const text = this.text;
    const open = text[this.pos];
    if (open !== '[' && open !== '{') return this.scalar();
    if (++this.depth > MAX_YAML_DEPTH) bail();
    const start = this.pos++;
    const close = open === '[' ? ']' : '}';
    const keys: string[] = [];
    const keyStarts: number[] = [];
    const index = new Map<string, number>();
    const items: SimpleNode[] = [];
    this.spaces();
    if (text[this.pos] !== close) {
      for (;;) {
        if (open === '{') {
          const k = this.scalar();
          if (
            typeof k.value !== 'string' ||
            NOT_TEXT.test(text.slice(k.start, k.end)) ||
            text[k.start] === '"' ||
            text[k.start] === "'" ||
            k.value === '__proto__' ||
            index.has(k.value)
          )
            bail();
          if (text[this.pos] !== ':' || text[this.pos + 1] !== ' ') bail();
          this.pos++;
          this.spaces();
          index.set(k.value, keys.length);
          keys.push(k.value);
          keyStarts.push(k.start);
        }
        items.push(this.node());
        this.spaces();
        const c = text[this.pos];
        if (c === ',') {
          this.pos++;
          this.spaces();
          if (text[this.pos] === close) bail();
          continue;
        }
        if (c === close) break;
        bail();
      }
    }
    this.pos++;
    this.depth--;
    const node =
      open === '['
        ? { kind: 'seq' as const, start, end: this.pos, nodeEnd: this.pos, items }
        : { kind: 'map' as const, start, end: this.pos, nodeEnd: this.pos, keys, index, keyStarts, values: items };
    return node;
  }

  private scalar(): SimpleScalar {
    const text = this.text;
    const c = text[this.pos];
    if (c === '"' || c === "'") {
      const node = quoted(text, this.pos, this.end);
      this.pos = node.end;
      return node;
    }
    if (INDICATOR.has(c) || this.pos >= this.end) bail();
    const start = this.pos;
    let i = start;
    for (; i < this.end; i++) {
      const ch = text[i];
      if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{') break;
      if (ch === ':' && (text[i + 1] === ' ' || text[i + 1] === ',' || text[i + 1] === ']' || text[i + 1] === '}' || i + 1 === this.end)) break;
      if (ch === '#' && text[i - 1] === ' ') bail();
    }
    if (text[i] === '[' || text[i] === '{') bail();
    let e = i;
    while (e > start && text.charCodeAt(e - 1) === SPACE) e--;
    if (e === start) bail();
    this.pos = i;
    const raw = text.slice(start, e);
    return { kind: 'scalar', start, end: e, nodeEnd: e, value: plainValue(raw) };
  }

  private spaces(): void {
    while (this.pos < this.end && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }
}

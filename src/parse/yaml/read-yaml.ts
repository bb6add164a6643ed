/**
 * YAML text → schema-checked value, with every problem as a diagnostic in
 * file coordinates. Shared by the front matter and the project config.
 */
import type { Document, YAMLError } from 'yaml';
import type * as z from 'zod/mini';
import type { Diagnostic, Span } from '../../base/diagnostics/diagnostic.js';
import { type LineIndex, lineStartsOf } from '../../base/lines.js';
import { allowedAt } from '../../model/schema-at.js';
import { locate } from '../locate.js';
import { issuesToDiagnostics } from '../schema-issues.js';
import { hasEmptyValue, simpleData, simpleLocate } from '../simple-locate.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { quoteNeed, uncutValue } from './yaml-hints.js';
import { quote, say } from '../../base/messages/index.js';
import { isMap, isScalar, isSeq, yaml } from './yaml-lib.js';
import { DepthExceeded, nodeAt, nodeSpan, NodeBudgetExceeded, NODE_BUDGET, spanOfRange, toData, type Frame } from './yaml-nodes.js';
import { keyText, MAX_YAML_DEPTH, RESERVED_KEY, scanDocument, type YamlScan } from './yaml-scan.js';
import { append } from '../../base/arrays.js';

export interface YamlResult<T> {
  value?: T;
  doc?: Document;
  diagnostics: Diagnostic[];
  /**
   * When the schema refused some values but the rest reads without them:
   * that rest (located), for the rules to look at, and the spans of the
   * blocks a value was taken out of (a finding there may be the refused
   * value's doing).
   */
  partial?: { value: T; unread: Span[] };
}

export interface YamlPlace {
  file: string;
  /** Offset of the YAML text in the file. */
  offset: number;
  /** File line of the YAML text's first line, minus one. */
  lineOffset: number;
  /** The span to blame when a problem has no node of its own (the whole block). */
  whole: Span;
  /** The whole file's lines, indexed once for the source: positions are found there. */
  lines?: LineIndex;
}

/**
 * `simple: false` takes the full road even for YAML the simple reader
 * handles (the tests compare both).
 */
export function readYaml<S extends z.ZodMiniType>(text: string, place: YamlPlace, schema: S, options: { simple?: boolean } = {}): YamlResult<z.output<S>> {
  if (options.simple !== false) {
    const simple = readSimple(text, place, schema);
    if (simple) return simple;
  }
  const { file, whole } = place;
  const frame: Frame = { lineStarts: place.lines ? [] : lineStartsOf(text), lines: place.lines, length: text.length, offset: place.offset, lineOffset: place.lineOffset };
  // Keys are checked for repeats by scanDocument: the package's own check is quadratic in a map's size.
  const doc = parseDeep(text, frame, file);
  if ('code' in doc) return { diagnostics: [doc] };
  if (doc.errors.length) return { diagnostics: [firstError(doc.errors, frame, file, text)] };
  const diagnostics = doc.warnings.map((e) => yamlDiagnostic(e, frame, file, text));
  const scan = scanDocument(doc);
  const refused = scanProblems(scan, frame, file);
  if (refused.length) return { diagnostics: [...diagnostics, ...refused] };
  diagnostics.push(...cutByComment(doc, frame, file, text), ...reserved(scan, frame, file));

  let data: unknown;
  try {
    data = toData(doc) ?? {};
  } catch (e) {
    if (e instanceof NodeBudgetExceeded)
      diagnostics.push({
        file,
        code: 'yaml-too-large',
        severity: 'error',
        span: whole,
        message: say('yaml-too-large.message', { max: NODE_BUDGET }),
        hint: say('yaml-too-large.hint'),
      });
    else if (e instanceof DepthExceeded) diagnostics.push(tooDeep(whole, file));
    else throw e;
    return { diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({ file, code: 'type-mismatch', severity: 'error', span: whole, message: say('type-mismatch.not-map') });
    return { diagnostics };
  }
  const parsed = schema.safeParse(data);
  append(diagnostics, issuesToDiagnostics(emptyUnknownKeys(doc, schema), { file, doc, frame, root: schema }));
  if (!parsed.success) {
    append(diagnostics, issuesToDiagnostics(parsed.error.issues, { file, doc, frame, root: schema }));
    const partial = readWithout(data as Record<string, unknown>, parsed.error.issues, schema);
    if (!partial) return { diagnostics };
    locate(partial.value, doc.contents, doc, frame, whole);
    // A field taken out of an entry leaves the entry unread (its findings may be the field's doing); a top-level one, itself.
    const unread = partial.taken.map((path) => nodeSpan(frame, nodeAt(doc, path.length > 1 ? path.slice(0, -1) : path))).filter((s): s is Span => s !== undefined);
    return { diagnostics, partial: { value: partial.value, unread } };
  }
  locate(parsed.data, doc.contents, doc, frame, whole);
  // An unknown empty key is an error, as any unknown key is: the rest is read for the rules, not rendered.
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, partial: { value: parsed.data, unread: [] } };
  return { value: parsed.data, doc, diagnostics };
}

/**
 * Keys with an empty value (`accent:` and nothing, or only a comment) that
 * the schema does not know where they stand: the data leaves empty values
 * out, so the schema never sees them, and a misspelt or misplaced key would
 * pass unnoticed. Said as the schema says an unknown key. Aliases are not
 * followed: a key is judged where it is written.
 */
function emptyUnknownKeys(doc: Document, schema: z.ZodMiniType): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (key === RESERVED_KEY) continue;
        const value = pair.value;
        if (value !== null && !(isScalar(value) && value.value === null)) walk(value, [...path, key]);
        else if (unknownAt(schema, path, key)) out.push({ code: 'unrecognized_keys', keys: [key], path, message: '', input: undefined } as z.core.$ZodIssue);
      }
    } else if (isSeq(node)) {
      let index = 0;
      for (const item of node.items) if (!(isScalar(item) && item.value === null)) walk(item, [...path, index++]);
    }
  };
  walk(doc.contents, []);
  return out;
}

/** Whether the schema knows the keys of the map at `path` (not one whose keys the author names), and `key` is not one of them. */
function unknownAt(schema: z.ZodMiniType, path: readonly PropertyKey[], key: string): boolean {
  const allowed = allowedAt(schema, path);
  return allowed.keys.length > 0 && !allowed.namedKeys && !allowed.keys.includes(key);
}

/**
 * The data with the values the schema refused taken out, as long as what
 * is left passes (a refused key or field of a map; a few rounds, as taking
 * one out may show another): undefined when a refused value cannot be
 * taken out (a required field, an entry of a list, the whole).
 */
function readWithout<S extends z.ZodMiniType>(
  data: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
  schema: S,
): { value: z.output<S>; taken: PropertyKey[][] } | undefined {
  const copy = structuredClone(data);
  const taken: PropertyKey[][] = [];
  let left = issues;
  for (let round = 0; round < 4; round++) {
    for (const issue of left) {
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (const path of paths) {
        if (!takeOut(copy, path)) return undefined;
        taken.push(path);
      }
    }
    const again = schema.safeParse(copy);
    if (again.success) return { value: again.data, taken };
    left = again.error.issues;
  }
  return undefined;
}

/** Deletes the map field at `path`; false when it is not a map's field that is there. */
function takeOut(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0 || typeof path[path.length - 1] !== 'string') return false;
  let node = data;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  const key = path[path.length - 1] as string;
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return false;
  delete (node as Record<string, unknown>)[key];
  return true;
}

/**
 * The common case: YAML the simple reader handles, valid for the schema.
 * Anything else (a problem to report included) goes the full road, which
 * has the `yaml` package's document to point into.
 */
function readSimple<S extends z.ZodMiniType>(text: string, place: YamlPlace, schema: S): YamlResult<z.output<S>> | undefined {
  const doc = parseSimpleYaml(text);
  // An empty value's key is dropped from the data, so the schema cannot see whether it is known: the full road says.
  if (!doc || doc.root.kind !== 'map' || hasEmptyValue(doc.root)) return undefined;
  const parsed = schema.safeParse(simpleData(doc.root));
  if (!parsed.success) return undefined;
  simpleLocate(parsed.data, doc.root, { lineStarts: doc.lineStarts, lines: place.lines, offset: place.offset, lineOffset: place.lineOffset });
  return { value: parsed.data, diagnostics: [] };
}

/**
 * After its first syntax error the package reads the rest as best it can,
 * and one mistake (an unclosed bracket, a stray indent) can give dozens of
 * errors, most of them elsewhere: the first is the one to mend.
 */
function firstError(errors: readonly YAMLError[], frame: Frame, file: string, text: string): Diagnostic {
  // The package reports a stack overflow while composing a deep document as an error of its own.
  const exhausted = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return tooDeep(spanOfRange(frame, exhausted.pos), file);
  const first = errors.reduce((a, b) => (b.pos[0] < a.pos[0] ? b : a));
  return yamlDiagnostic(first, frame, file, text);
}

/**
 * The package's document, or yaml-too-deep where its parser ran out of
 * stack: runs of "- " inside a flow collection (`venue: {name:` then a
 * line of them) recurse in the parser itself, which throws a RangeError
 * instead of the error it reports for depth elsewhere. The place is the
 * line with the most openings.
 */
function parseDeep(text: string, frame: Frame, file: string): Document | Diagnostic {
  try {
    return yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: false, version: '1.2' });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return tooDeep(spanOfRange(frame, deepestLine(text)), file);
  }
}

/** The line of the text with the most "- ", "[" and "{": where runaway nesting is written. */
function deepestLine(text: string): [number, number] {
  let best: [number, number] = [0, 0];
  let most = -1;
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const line = text.slice(start, end);
    const opens = (line.match(/- |\[|\{/g) ?? []).length;
    if (opens > most) [most, best] = [opens, [start, end]];
    start = end + 1;
  }
  return best;
}

function tooDeep(span: Span, file: string): Diagnostic {
  return {
    file,
    code: 'yaml-too-deep',
    severity: 'error',
    span,
    message: say('yaml-too-deep.message', { max: MAX_YAML_DEPTH }),
    hint: say('yaml-too-deep.hint'),
  };
}

/** What scanDocument found that stops the file: aliases that lead nowhere, too much depth, repeated keys. */
function scanProblems(scan: YamlScan, frame: Frame, file: string): Diagnostic[] {
  if (scan.tooDeep) return [tooDeep(nodeSpan(frame, scan.tooDeep)!, file)];
  const out: Diagnostic[] = [];
  const alias = scan.unknownAlias ?? scan.cyclicAlias;
  if (alias) {
    const name = `*${alias.source}`;
    out.push({
      file,
      code: 'yaml-alias',
      severity: 'error',
      span: nodeSpan(frame, alias),
      message: scan.unknownAlias ? say('yaml-alias.unknown', { name, anchor: alias.source }) : say('yaml-alias.cycle', { name, anchor: alias.source }),
      hint: scan.unknownAlias ? say('yaml-alias.unknown.hint', { quoted: `"${name}"` }) : say('yaml-alias.cycle.hint'),
    });
  }
  for (const key of scan.duplicateKeys) {
    const name = quote(String((key as { source?: string }).source ?? (key as { value?: unknown }).value ?? ''));
    out.push({
      file,
      code: 'yaml-syntax',
      severity: 'error',
      span: nodeSpan(frame, key),
      message: say('yaml-syntax.duplicate', { key: name }),
      hint: say('yaml-syntax.duplicate.hint'),
    });
  }
  return out;
}

/** Keys written `__proto__`: said, and left out of the data (the rest of the file is still checked). */
function reserved(scan: YamlScan, frame: Frame, file: string): Diagnostic[] {
  return scan.reservedKeys.map((key) => ({
    file,
    code: 'key-reserved',
    severity: 'error',
    span: nodeSpan(frame, key),
    message: say('key-reserved.message', { key: RESERVED_KEY }),
    hint: say('key-reserved.hint'),
  }));
}

/**
 * A YAML error said in the secretary's terms: what the line needs first
 * (quotes around a value with a colon or Word's curly quotes, spaces for a
 * tab). The package's own words, which are English and name YAML's
 * grammar, are no line of an error's; a warning, whose message says only
 * that the line may be misread, keeps them below it as a technical detail.
 */
function yamlDiagnostic(e: YAMLError, frame: Frame, file: string, text: string): Diagnostic {
  const words = e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const warning = e.name === 'YAMLWarning';
  const span = spanOfRange(frame, e.pos);
  const said = warning ? { message: say('yaml-warning.message') } : secretaryWords(e, text);
  return {
    file,
    code: warning ? 'yaml-warning' : 'yaml-syntax',
    severity: warning ? 'warning' : 'error',
    span,
    ...said,
    ...(warning ? { related: [{ file, span, message: say('yaml.detail', { text: words }) }] } : {}),
  };
}

function secretaryWords(e: YAMLError, text: string): { message: string; hint?: string } {
  if (e.code === 'TAB_AS_INDENT') return { message: say('yaml-syntax.tab'), hint: say('yaml-syntax.tab.hint') };
  const need = quoteNeed(text, e.pos[0]);
  if (need) {
    const hint = say('yaml-syntax.quote-hint', { line: need.line });
    if (need.why === 'curly') return { message: say('yaml-syntax.curly', { key: quote(need.key) }), hint };
    return { message: say('yaml-syntax.colon', { word: quote(need.word), key: quote(need.key) }), hint };
  }
  if (e.code === 'DUPLICATE_KEY') return { message: say('yaml-syntax.duplicate', { key: quote(duplicateName(e.message)) }), hint: say('yaml-syntax.duplicate.hint') };
  if (e.code === 'BAD_INDENT' || e.code === 'MULTILINE_IMPLICIT_KEY') return { message: say('yaml-syntax.indent'), hint: say('yaml-syntax.indent.hint') };
  if (e.code === 'MISSING_CHAR') return { message: say('yaml-syntax.unclosed'), hint: say('yaml-syntax.unclosed.hint') };
  return { message: say('yaml-syntax.other'), hint: say('yaml-syntax.other.hint') };
}

/** The key the package names in its duplicate-key message, else nothing to name. */
function duplicateName(message: string): string {
  return /"([^"]*)"/.exec(message)?.[1] ?? '…';
}

/**
 * `title: Samling #2` is the title "Samling" and a comment "2": YAML starts
 * a comment at " #". Authors who mean a comment write "# text"; a comment
 * that starts right after the # is more likely text cut off.
 */
function cutByComment(doc: Document, frame: Frame, file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  yaml().visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || !node.range) return;
      if (/^\s/.test(node.comment) || node.comment === '') return;
      // The package joins the comment lines below to the value's comment: only the one on the value's line was cut from it.
      const comment = node.comment.split('\n', 1)[0];
      // The # after the value (an empty value ends where the # stands).
      const hashAt = text.indexOf('#', node.range[1]);
      if (hashAt < 0) return;
      const kept = node.source ?? String(node.value ?? '');
      const whole = uncutValue(node.source ?? '', comment);
      out.push({
        file,
        code: 'yaml-comment',
        severity: 'warning',
        span: spanOfRange(frame, [hashAt, hashAt + 1 + comment.length]),
        message: say('yaml-comment.message', { comment: quote(`#${comment}`), empty: kept === '' ? 'yes' : 'no', value: quote(kept) }),
        hint: say('yaml-comment.hint', { comment: quote(`#${comment}`), whole: JSON.stringify(whole) }),
        fix: { span: spanOfRange(frame, [node.range[0], hashAt + 1 + comment.length]), text: JSON.stringify(whole) },
      });
    },
  });
  return out;
}

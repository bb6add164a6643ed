/**
 * YAML text → schema-checked value, with every problem as a diagnostic in
 * file coordinates. Shared by the front matter and the project config.
 */
import type { Document, YAMLError } from 'yaml';
import type * as z from 'zod/mini';
import type { Diagnostic, Span } from '../../base/diagnostics/diagnostic.js';
import { lineStartsOf } from '../../base/lines.js';
import { locate } from '../locate.js';
import { issuesToDiagnostics } from '../schema-issues.js';
import { simpleData, simpleLocate } from '../simple-locate.js';
import { parseSimpleYaml } from './simple-yaml.js';
import { quoteHint, uncutValue } from './yaml-hints.js';
import { isScalar, yaml } from './yaml-lib.js';
import { DepthExceeded, nodeSpan, NodeBudgetExceeded, NODE_BUDGET, spanOfRange, toData, type Frame } from './yaml-nodes.js';
import { MAX_YAML_DEPTH, RESERVED_KEY, scanDocument, type YamlScan } from './yaml-scan.js';
import { say } from '../../base/messages/index.js';
import { append } from '../../base/arrays.js';

export interface YamlResult<T> {
  value?: T;
  doc?: Document;
  diagnostics: Diagnostic[];
}

export interface YamlPlace {
  file: string;
  /** Offset of the YAML text in the file. */
  offset: number;
  /** File line of the YAML text's first line, minus one. */
  lineOffset: number;
  /** The span to blame when a problem has no node of its own (the whole block). */
  whole: Span;
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
  const frame: Frame = { lineStarts: lineStartsOf(text), length: text.length, offset: place.offset, lineOffset: place.lineOffset };
  // Keys are checked for repeats by scanDocument: the package's own check is quadratic in a map's size.
  const doc = yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: false, version: '1.2' });
  if (doc.errors.length) return { diagnostics: [firstError(doc.errors, frame, file, text)] };
  const diagnostics = doc.warnings.map((e) => yamlDiagnostic(e, frame, file, text));
  const scan = scanDocument(doc);
  const refused = scanProblems(scan, frame, file);
  if (refused.length) return { diagnostics: [...diagnostics, ...refused] };
  diagnostics.push(...cutByComment(doc, frame, file), ...reserved(scan, frame, file));

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
        message: `The YAML expands to more than ${NODE_BUDGET} values`,
        hint: 'aliases (*name) that repeat large blocks multiply; write the values out',
      });
    else if (e instanceof DepthExceeded) diagnostics.push(tooDeep(whole, file));
    else throw e;
    return { diagnostics };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({ file, code: 'type-mismatch', severity: 'error', span: whole, message: 'The YAML should be a map of keys such as "title: …"' });
    return { diagnostics };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    append(diagnostics, issuesToDiagnostics(parsed.error.issues, { file, doc, frame, root: schema }));
    return { diagnostics };
  }
  locate(parsed.data, doc.contents, doc, frame, whole);
  return { value: parsed.data, doc, diagnostics };
}

/**
 * The common case: YAML the simple reader handles, valid for the schema.
 * Anything else (a problem to report included) goes the full road, which
 * has the `yaml` package's document to point into.
 */
function readSimple<S extends z.ZodMiniType>(text: string, place: YamlPlace, schema: S): YamlResult<z.output<S>> | undefined {
  const doc = parseSimpleYaml(text);
  if (!doc || doc.root.kind !== 'map') return undefined;
  const parsed = schema.safeParse(simpleData(doc.root));
  if (!parsed.success) return undefined;
  simpleLocate(parsed.data, doc.root, { lineStarts: doc.lineStarts, offset: place.offset, lineOffset: place.lineOffset });
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

function tooDeep(span: Span, file: string): Diagnostic {
  return {
    file,
    code: 'yaml-too-deep',
    severity: 'error',
    span,
    message: `The YAML nests lists and maps more than ${MAX_YAML_DEPTH} levels deep`,
    hint: 'front matter needs a few levels; look for unclosed [ or { and runs of "- "',
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
      message: scan.unknownAlias
        ? `The alias ${name} names no anchor (&${alias.source}) set before it`
        : `The alias ${name} stands inside the block its anchor &${alias.source} names`,
      hint: scan.unknownAlias ? `a value starting with * must be quoted: "${name}"` : 'a block cannot contain itself; write the values out',
    });
  }
  for (const key of scan.duplicateKeys) {
    out.push({ file, code: 'yaml-syntax', severity: 'error', span: nodeSpan(frame, key), message: 'YAML: map keys must be unique', hint: 'each key may appear once in a map' });
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

function yamlDiagnostic(e: YAMLError, frame: Frame, file: string, text: string): Diagnostic {
  const message = e.message.replace(/\s+at line \d+, column \d+:?[\s\S]*$/, '').trim();
  const warning = e.name === 'YAMLWarning';
  return {
    file,
    code: warning ? 'yaml-warning' : 'yaml-syntax',
    severity: warning ? 'warning' : 'error',
    span: spanOfRange(frame, e.pos),
    message: `YAML: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
    hint: e.code === 'DUPLICATE_KEY' ? 'each key may appear once in a map' : e.code === 'TAB_AS_INDENT' ? 'indent with spaces, not tabs' : quoteHint(text, e.pos[0]),
  };
}

/**
 * `title: Samling #2` is the title "Samling" and a comment "2": YAML starts
 * a comment at " #". Authors who mean a comment write "# text"; a comment
 * that starts right after the # is more likely text cut off.
 */
function cutByComment(doc: Document, frame: Frame, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  yaml().visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'PLAIN' || !node.comment || !node.range) return;
      if (/^\s/.test(node.comment) || node.comment === '') return;
      const hashAt = node.range[1] + 1;
      const whole = uncutValue(node.source ?? '', node.comment);
      out.push({
        file,
        code: 'yaml-comment',
        severity: 'warning',
        span: spanOfRange(frame, [hashAt, hashAt + 1 + node.comment.length]),
        message: `"#${node.comment}" is read as a comment: the value is "${node.source ?? String(node.value)}"`,
        hint: `if "#${node.comment}" belongs to the text, put the whole value in quotes: "${whole}"`,
        fix: { span: spanOfRange(frame, [node.range[0], hashAt + 1 + node.comment.length]), text: JSON.stringify(whole) },
      });
    },
  });
  return out;
}

/**
 * zod issues turned into diagnostics that point into the Markdown file:
 * each issue's path is looked up in the YAML tree; unknown keys and enum
 * values get a "did you mean"; a union failure becomes one sentence.
 */
import type { Document } from 'yaml';
import type * as z from 'zod/mini';
import { allowedAt } from '../model/schema-at.js';
import type { Code } from '../base/diagnostics/codes.js';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { englishKey, englishValue } from '../model/nordic-words.js';
import { closest } from '../base/suggest.js';
import { quote, say, sayList } from '../base/messages/index.js';
import { describeNode, keyNodeAt, nodeAt, nodeSpan, type Frame } from './yaml/yaml-nodes.js';
import { own } from '../base/own.js';
import { append } from '../base/arrays.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

interface Context {
  file: string;
  doc: Document;
  frame: Frame;
  root: z.ZodMiniType;
}

export function issuesToDiagnostics(issues: readonly Issue[], ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) append(out, toDiagnostics(issue, [], ctx));
  return dedupe(out);
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.span?.start.offset}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fieldName(path: Path): string {
  const names = path.filter((p) => typeof p === 'string');
  if (!names.length) return say('field.front-matter');
  // An item of a list is named with its number ("programme 1"): the list itself is not what is wrong.
  const last = path.findLastIndex((p) => typeof p === 'string');
  return quote(where(path.slice(last)));
}

function toDiagnostics(issue: Issue, prefix: Path, ctx: Context): Diagnostic[] {
  const path = [...prefix, ...issue.path];
  const node = nodeAt(ctx.doc, path);
  const span = nodeSpan(ctx.frame, node) ?? nodeSpan(ctx.frame, nearestNode(ctx.doc, path));
  const base = { file: ctx.file, severity: 'error' as const, span };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(ctx.root, path);
      return issue.keys.map((key) => {
        const suggestion = englishKey(key, known) ?? closest(key, known);
        const keySpan = nodeSpan(ctx.frame, keyNodeAt(ctx.doc, path, key));
        return {
          ...base,
          code: 'key-unknown',
          span: keySpan ?? span,
          ...(suggestion && keySpan && { fix: { span: keySpan, text: suggestion } }),
          message: say('key-unknown.message', { key: quote(key), inside: path.length ? 'yes' : 'no', path: where(path) }),
          hint: suggestion ? say('did-you-mean', { suggestion: quote(suggestion) }) : known.length ? say('key-unknown.hint.known', { known: known.join(', ') }) : undefined,
        };
      });
    }
    case 'invalid_type': {
      if (node === undefined) {
        const parent = nodeAt(ctx.doc, path.slice(0, -1));
        return [
          {
            ...base,
            code: 'key-missing',
            span: nodeSpan(ctx.frame, parent) ?? span,
            message: say('key-missing.message', { field: fieldName(path), inside: path.length > 1 ? 'yes' : 'no', path: where(path.slice(0, -1)) }),
            hint: hintFor(path),
          },
        ];
      }
      return [
        {
          ...base,
          code: 'type-mismatch',
          message: capital(say('type-mismatch.message', { field: fieldName(path), expected: expectedName(issue.expected), given: given(node) })),
          hint: hintFor(path),
        },
      ];
    }
    case 'invalid_value':
      return [valueUnknown(issue.values.map(String), path, node, base)];
    case 'invalid_union':
      return (
        unionDiagnostics(issue, path, ctx) ?? [
          {
            ...base,
            code: 'type-mismatch',
            message: capital(say('type-mismatch.shape', { field: fieldName(path), given: given(node) })),
            hint: hintFor(path),
          },
        ]
      );
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: Code; hint?: string };
      return [{ ...base, code: params.rule ?? 'schema', message: capital(issue.message), hint: params.hint }];
    }
    default:
      // A pattern the model words itself (say() in the schema) is the headline; zod's own words ("Invalid string…") only a detail.
      if (issue.code === 'invalid_format' && !/^Invalid\b/.test(issue.message)) return [{ ...base, code: 'schema', message: capital(issue.message) }];
      return [inOurWords(base, issue.message, path)];
  }
}

/** An issue zod words itself: zod's words only as a detail line, under a headline of ours. */
function inOurWords(base: Pick<Diagnostic, 'file' | 'severity' | 'span'>, words: string, path: Path): Diagnostic {
  const detail = { file: base.file, span: base.span, message: say('schema.detail', { text: words }) };
  return { ...base, code: 'schema', message: capital(say('schema.message', { field: fieldName(path) })), related: [detail] };
}

/**
 * A union failed: keep the branches that got past their own type check and
 * report the closest one's issues; if none did, say which shapes are allowed.
 */
function unionDiagnostics(issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, ctx: Context): Diagnostic[] | undefined {
  const branches = issue.errors.filter((errors) => !(errors.length === 1 && errors[0].code === 'invalid_type' && errors[0].path.length === 0));
  if (branches.length === 0) {
    const expected = issue.errors.map((e) => (e[0]?.code === 'invalid_type' ? expectedName(e[0].expected) : undefined));
    const node = nodeAt(ctx.doc, path);
    return [
      {
        file: ctx.file,
        severity: 'error',
        code: 'type-mismatch',
        span: nodeSpan(ctx.frame, node),
        message: capital(
          say('type-mismatch.message', { field: fieldName(path), expected: sayList([...new Set(expected.filter((e): e is string => !!e))], 'disjunction'), given: given(node) }),
        ),
        hint: hintFor(path),
      },
    ];
  }
  const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((inner) => toDiagnostics(inner, path, ctx));
}

function nearestNode(doc: Document, path: Path) {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = nodeAt(doc, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

/**
 * A place in the front matter as its author reads it: the keys she wrote,
 * an item by its number after its list's key ("series 2 › sessions 3"),
 * not a programmer's series[1].sessions[2].
 */
function where(path: Path): string {
  const parts: string[] = [];
  for (const step of path) {
    if (typeof step === 'number' && parts.length) parts[parts.length - 1] += ` ${step + 1}`;
    else parts.push(typeof step === 'number' ? String(step + 1) : String(step));
  }
  return parts.join(' › ');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function expectedName(expected: string): string {
  return say('kind.expected', { kind: expected });
}

/** A value not among `options`: the nearest one as the fix. */
function valueUnknown(options: string[], path: Path, node: unknown, base: Pick<Diagnostic, 'file' | 'severity' | 'span'>): Diagnostic {
  const source = (node as { source?: string } | undefined)?.source;
  const written = String(source ?? '');
  const suggestion = englishValue(written, options) ?? closest(written, options);
  const span = base.span;
  return {
    ...base,
    code: 'value-unknown',
    // A list or a map where a word belongs is named as such, not as the empty text it has none of.
    message: capital(
      say('value-unknown.message', { field: fieldName(path), given: source === undefined ? given(node) : quote(written), options: sayList(options, 'disjunction') }),
    ),
    hint: suggestion ? say('did-you-mean', { suggestion: quote(suggestion) }) : undefined,
    ...(suggestion && span && node ? { fix: { span, text: suggestion } } : {}),
  };
}

/** What the author wrote, as a message names it: a list, nothing, the text "…". */
function given(node: unknown): string {
  const { kind, text } = describeNode(node);
  return say('kind.given', { kind, text: text === undefined ? '' : quote(text) });
}

const HINTS = {
  title: 'hint.title',
  date: 'hint.date',
  programme: 'hint.programme',
  members: 'hint.members',
  for: 'hint.for',
} as const;

function hintFor(path: Path): string | undefined {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  // "Every gathering needs title: …" is about the gathering's own title and date, not an item's.
  if ((last === 'title' || last === 'date') && path.length > 1) return undefined;
  // An item of the programme that is not fields ("- 10.00 Kaffe"): how an item is written, not that the programme is a list.
  if (last === 'programme' && typeof path.at(-1) === 'number') return say('hint.programme-item');
  const key = last === undefined ? undefined : own<(typeof HINTS)[keyof typeof HINTS]>(HINTS, String(last));
  return key === undefined ? undefined : say(key);
}

/** The keys an object schema at `path` accepts, for "did you mean". */
export function knownKeys(root: z.ZodMiniType, path: Path): string[] {
  return allowedAt(root, path).keys;
}

/**
 * A project's templates, checked before anything is rendered: every
 * template and partial must be readable text that Handlebars can compile,
 * or `check` reports it at the template's line, so that a build never
 * stops on a template the check passed.
 */
import { existsSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Diagnostic } from '../base/diagnostics/diagnostic.js';
import { hbsFiles, templateFolderFiles } from './template-names.js';
import { join } from 'node:path';
import { builtinTemplates } from '../base/tool-paths.js';
import { say } from '../base/messages/index.js';
import { eachNode, TRUSTED_HELPER } from './trusted.js';
import { readTemplateFile } from './templates.js';

/**
 * Every file the renderer may read from `dir` must also resolve, links
 * followed, inside `roots` (see readTemplateFile): one that does not is
 * reported by name, and never read.
 */
export function checkTemplates(dir: string | undefined, roots: readonly string[] = dir ? [dir] : []): Diagnostic[] {
  if (!dir) return [];
  const out: Diagnostic[] = [];
  const files = templateFolderFiles(dir);
  const partials = new Set([...hbsFiles(join(builtinTemplates, 'partials')).keys(), ...[...files.keys()].filter((k) => k.startsWith('partials/')).map((k) => k.slice(9, -4))]);
  for (const file of files.values()) {
    if (!existsSync(file)) continue;
    const problem = compileProblem(file, roots, partials);
    if (Array.isArray(problem)) out.push(...problem);
    else if (problem) out.push(problem);
  }
  if (!out.some((d) => d.severity === 'error')) out.push(...partialCycles(files, roots));
  return out;
}

/**
 * A partial that calls itself, directly or through others ({{> header}}
 * inside partials/header.hbs), never ends: the render ran out of stack and
 * said so at the source's line 1, naming the built-in template. Every
 * partial the project's files call is followed (a project partial over the
 * built-in one of its name), and the call that closes a loop is reported
 * in the project's file.
 */
function partialCycles(files: ReadonlyMap<string, string>, roots: readonly string[]): Diagnostic[] {
  const partialFiles = new Map([...hbsFiles(join(builtinTemplates, 'partials'))]);
  for (const [key, file] of files) if (key.startsWith('partials/') && key.endsWith('.hbs')) partialFiles.set(key.slice(9, -4), file);
  const parsed = new Map<string, { text: string; calls: { name: string; node: hbs.AST.Node }[] } | undefined>();
  const callsOf = (file: string) => {
    if (!parsed.has(file)) {
      try {
        const text = readTemplateFile(file, file.startsWith(builtinTemplates) ? undefined : roots);
        const calls: { name: string; node: hbs.AST.Node }[] = [];
        eachNode(Handlebars.parse(text), (node) => {
          const name = (node as unknown as hbs.AST.PartialStatement).name;
          if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && name?.type === 'PathExpression' && !name.data)
            calls.push({ name: name.original, node });
        });
        parsed.set(file, { text, calls });
      } catch {
        parsed.set(file, undefined);
      }
    }
    return parsed.get(file);
  };
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const start of [...files.values()].filter((f) => f.endsWith('.hbs'))) {
    // Depth first from each of the project's files: the partials on the path (to see a loop close) and those already followed from
    // this file (each once, so that partials calling one another in a lattice cost their number, not the number of paths through them).
    const done = new Set<string>();
    const walk = (file: string, path: string[]) => {
      for (const call of callsOf(file)?.calls ?? []) {
        const target = partialFiles.get(call.name);
        if (!target) continue;
        if (path.includes(call.name)) {
          const key = `${file} ${call.name}`;
          if (!reported.has(key) && !file.startsWith(builtinTemplates)) {
            reported.add(key);
            const loop = [...path.slice(path.indexOf(call.name)), call.name].join(' → ');
            out.push({
              code: 'template-invalid',
              severity: 'error',
              file,
              span: spanAt(call.node, callsOf(file)?.text ?? ''),
              message: say('template-partial-loop.message', { name: call.name, loop }),
              hint: say('template-partial-loop.hint'),
            });
          }
          continue;
        }
        if (done.has(call.name)) continue;
        done.add(call.name);
        walk(target, [...path, call.name]);
      }
    };
    const own = [...partialFiles].find(([, f]) => f === start)?.[0];
    if (own) done.add(own);
    walk(start, own ? [own] : []);
  }
  return out;
}

/** Where a node of a template's tree begins, as a span of the file's text. */
function spanAt(node: hbs.AST.Node, text: string): Diagnostic['span'] {
  const line = node.loc?.start.line ?? 1;
  const point = { line, column: (node.loc?.start.column ?? 0) + 1, offset: offsetOfLine(text, line) + (node.loc?.start.column ?? 0) };
  return { start: point, end: point };
}

/** Helpers a template may call: Handlebars' own, and the renderer's. */
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', TRUSTED_HELPER]);
/** The fields that hold what the renderer made safe (sanitized HTML, its CSS): the ones `{{{…}}}` is for. */
const SAFE_FIELDS = new Set(['html', 'details', 'aside', 'styles', 'counter', 'text']);

/** What a template that compiles names: partials and helpers that do not exist, and raw output of anything but the safe fields. */
function namesProblems(ast: hbs.AST.Program, file: string, text: string, partials: ReadonlySet<string>): Diagnostic[] {
  const inline = new Set<string>();
  eachNode(ast, (node) => {
    const block = node as unknown as hbs.AST.DecoratorBlock;
    if (node.type === 'DecoratorBlock' && block.path.original === 'inline' && block.params[0]?.type === 'StringLiteral')
      inline.add((block.params[0] as hbs.AST.StringLiteral).value);
  });
  const out: Diagnostic[] = [];
  const at = (node: hbs.AST.Node) => spanAt(node, text);
  eachNode(ast, (node) => {
    if (node.type === 'PartialStatement') {
      const name = (node as unknown as hbs.AST.PartialStatement).name;
      if (name.type === 'SubExpression') {
        // {{> (lookup this "title")}}: a partial named by the source's text, which no check can follow.
        out.push({
          code: 'template-invalid',
          severity: 'error',
          file,
          span: at(node),
          message: say('template-partial-dynamic.message'),
          hint: say('template-partial-dynamic.hint'),
        });
        return;
      }
      if (name.type !== 'PathExpression' || name.data || partials.has(name.original) || inline.has(name.original)) return;
      out.push({
        code: 'template-invalid',
        severity: 'error',
        file,
        span: at(node),
        message: say('template-partial-unknown.message', { name: name.original }),
        hint: say('template-partial-unknown.hint', { known: [...partials].sort().join(', ') }),
      });
      return;
    }
    if (node.type !== 'MustacheStatement' && node.type !== 'BlockStatement' && node.type !== 'SubExpression') return;
    const call = node as unknown as hbs.AST.MustacheStatement;
    const path = call.path as hbs.AST.PathExpression;
    if (path.type === 'PathExpression' && !path.data && path.parts.length === 1 && (call.params.length > 0 || call.hash) && !HELPERS.has(path.original)) {
      out.push({
        code: 'template-invalid',
        severity: 'error',
        file,
        span: at(node),
        message: say('template-helper-unknown.message', { name: path.original }),
        hint: say('template-helper-unknown.hint', { known: [...HELPERS].filter((h) => h !== TRUSTED_HELPER).join(', ') }),
      });
    }
    if (node.type === 'MustacheStatement' && !call.escaped && !(path.type === 'PathExpression' && call.params.length === 0 && SAFE_FIELDS.has(path.parts.at(-1) ?? ''))) {
      const written =
        text.split('\n')[(node.loc?.start.line ?? 1) - 1]?.slice(node.loc?.start.column ?? 0, node.loc?.start.line === node.loc?.end.line ? node.loc?.end.column : undefined) ?? '';
      out.push({ code: 'template-raw', severity: 'warning', file, span: at(node), message: say('template-raw.message', { written }), hint: say('template-raw.hint') });
    }
  });
  return out;
}

function compileProblem(file: string, roots: readonly string[], partials: ReadonlySet<string>): Diagnostic | Diagnostic[] | undefined {
  let text: string;
  try {
    text = readTemplateFile(file, roots);
  } catch (e) {
    return { code: 'template-invalid', severity: 'error', file, message: (e as Error).message };
  }
  if (file.endsWith('.css')) return undefined;
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    // Handlebars' first line ("Parse error on line 4") is the finding's place; its last ("Expecting 'OPEN_ENDBLOCK', got 'EOF'") stays in the hint for whoever reads template code.
    const last = message.split('\n').slice(1).pop()?.trim() ?? '';
    const point = { line, column: 1, offset: offsetOfLine(text, line) };
    return {
      code: 'template-invalid',
      severity: 'error',
      file,
      span: { start: point, end: point },
      message: say('template-invalid.compile'),
      hint: say('template-invalid.compile-hint', { said: last ? 'yes' : 'no', detail: last }),
    };
  }
  return namesProblems(ast, file, text, partials);
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset;
}

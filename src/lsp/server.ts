/**
 * `agenda lsp`: the language server. A driver around the checker, as
 * `check` and `build` are: it keeps the editor's texts, finds each source's
 * project config, and publishes what checkText finds, on open and on every
 * change; it answers completion, hover and code actions from the front
 * matter's schema and field docs. Nothing a text holds may stop it: every
 * handler answers with nothing rather than fail.
 */
import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
} from 'vscode-languageserver/node';
import { CONFIG_NAME, type LoadedConfig } from '../config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidateOptions } from '../validate/validate.js';
import { templateNames } from '../source/template-names.js';
import { codeActions } from './code-actions.js';
import { complete } from './completion.js';
import { checkText, hasFrontMatter, toLsp } from './diagnostics.js';
import { hover } from './hover.js';
import { pathOf, uriOf } from './positions.js';
import { ProjectConfigs } from './project.js';

export interface ServerOptions {
  /** "Today" for the date checks, asked at every check (the server may run past midnight). */
  today: () => ValidateOptions['today'];
}

const isConfig = (uri: string) => basename(pathOf(uri)) === CONFIG_NAME;
const isSource = (doc: TextDocument) => doc.languageId === 'markdown' || /\.md$/i.test(doc.uri);

/** Runs until the editor says exit or closes the pipe; the protocol library then ends the process. */
export function runLanguageServer(options: ServerOptions): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const configs = new ProjectConfigs((config) => publishConfig(connection, config));
  const guard = <A extends unknown[], R>(what: string, fallback: R, f: (...args: A) => R | Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await f(...args);
    } catch (e) {
      connection.console.error(`agenda lsp: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return fallback;
    }
  };

  let watching = false;
  connection.onInitialize((params) => {
    watching = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [' ', '[', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'agenda' },
    };
  });
  connection.onInitialized(() => {
    if (watching) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_NAME}` }] });
  });

  const check = guard('check', undefined, async (doc: TextDocument) => {
    if (!isSource(doc) || isConfig(doc.uri)) return;
    const { uri, version } = doc;
    const text = doc.getText();
    if (!hasFrontMatter(text)) return void connection.sendDiagnostics({ uri, version, diagnostics: [] });
    const file = pathOf(uri);
    const config = await configs.configFor(file);
    if (documents.get(uri)?.version !== version) return;
    const found = [...configNotice(config, file), ...checkText(text, file, config, options.today())];
    await connection.sendDiagnostics({ uri, version, diagnostics: found.map((d) => toLsp(d, uri)) });
  });
  const checkAll = () => Promise.all(documents.all().map(check));

  documents.onDidChangeContent(guard('change', undefined, async ({ document }) => {
    if (isConfig(document.uri)) {
      configs.changed(pathOf(document.uri), document.getText());
      await configs.configFor(pathOf(document.uri));
      await checkAll();
    } else await check(document);
  }));
  documents.onDidClose(guard('close', undefined, async ({ document }) => {
    if (isConfig(document.uri)) {
      configs.changed(pathOf(document.uri));
      await checkAll();
    } else await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }));
  connection.onDidChangeWatchedFiles(guard('config change', undefined, async ({ changes }) => {
    for (const change of changes) if (isConfig(change.uri) && !documents.get(change.uri)) configs.changed(pathOf(change.uri));
    await checkAll();
  }));

  connection.onCompletion(guard('completion', [], async ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc || !isSource(doc)) return [];
    const config = await configs.configFor(pathOf(doc.uri));
    return complete(doc.getText(), position, { templates: config?.templateNames ?? templateNames() });
  }));
  connection.onHover(guard('hover', null, ({ textDocument, position }) => {
    const doc = documents.get(textDocument.uri);
    return (doc && isSource(doc) && hover(doc.getText(), position)) || null;
  }));
  connection.onCodeAction(guard('code action', [], ({ textDocument, context }) => {
    const doc = documents.get(textDocument.uri);
    return doc ? codeActions(doc.uri, doc.getText(), context.diagnostics) : [];
  }));

  documents.listen(connection);
  connection.listen();
  return new Promise<number>(() => {});
}

function publishConfig(connection: Connection, config: LoadedConfig): void {
  if (!config.file) return;
  const uri = uriOf(config.file);
  void connection.sendDiagnostics({ uri, diagnostics: config.diagnostics.map((d) => toLsp(d, uri)) });
}

/**
 * A config with errors is not used (check does the same): the source says
 * so at its first line, pointing at the config's first error.
 */
function configNotice(config: LoadedConfig | undefined, file: string): Diagnostic[] {
  const errors = config?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (!config?.file || !errors.length) return [];
  const first = errors[0];
  return [{
    code: 'config-invalid',
    severity: 'warning',
    file,
    span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } },
    message: `The project config ${config.file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}: ${first.message}`,
    related: [{ file: config.file, span: first.span, message: first.message }],
    hint: 'fix the config; until then its settings (rules, templates) may not apply',
  }];
}

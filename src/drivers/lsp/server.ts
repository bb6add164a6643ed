/**
 * `agenda lsp`: the language server. A driver around the checker, as
 * `check` and `build` are: it keeps the editor's texts, finds each source's
 * project config, and publishes what the pipeline's compileSource finds, on open and on every
 * change; it answers completion, hover and code actions from the front
 * matter's schema and field docs. Nothing a text holds may stop it: every
 * handler answers with nothing rather than fail. It speaks the project
 * config's `messages:` language, else the client's (the `locale` of
 * `initialize`), else the locale it was started in, else English: every
 * language is loaded at start, so that each answer can switch at once.
 */
import { basename } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { CONFIG_NAME, type LoadedConfig } from '../../pipeline/config.js';
import { languages } from '../../base/i18n/index.js';
import { loadLanguage, say, useLanguage } from '../../base/messages/index.js';
import { chooseLanguage } from '../../base/messages/language.js';
import type { Diagnostic } from '../../base/diagnostics/diagnostic.js';
import type { Project } from '../../pipeline/compile.js';
import { CheckQueue } from './check-queue.js';
import { codeActions } from './code-actions.js';
import { type LineDocument, lineDocuments } from './document.js';
import { complete } from './completion.js';
import { builtinTemplateNames, diagnose, hasFrontMatter, toLsp } from './diagnostics.js';
import { hover } from './hover.js';
import { pathOf, uriOf } from './positions.js';
import { ProjectConfigs } from './project.js';
import { type FrameProblem, RecoveringReader } from './reader.js';

export interface ServerOptions {
  /** "Today" for the date checks, asked at every check (the server may run past midnight). */
  today: () => Project['today'];
}

/** Where the server reads the editor's messages, writes its own, and what ends it: the process's stdin, stdout and exit, unless a test runs it in its own process. */
export interface ServerIo {
  input: Readable;
  output: Writable;
  exit(code: number): void;
}

const processIo = (): ServerIo => ({ input: process.stdin, output: process.stdout, exit: (code) => process.exit(code) });

const isConfig = (uri: string) => basename(pathOf(uri)) === CONFIG_NAME;
const isSource = (doc: LineDocument) => doc.languageId === 'markdown' || /\.md$/i.test(doc.uri);

/** Runs until the editor says exit or closes the pipe. */
export function runLanguageServer(options: ServerOptions, io: ServerIo = processIo()): Promise<number> {
  const counted = { handled: 0 };
  let log = (_: FrameProblem) => {};
  const reader = new RecoveringReader(io.input, (p) => log(p));
  const connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(io.output), {
    messageStrategy: {
      handleMessage(message, next) {
        counted.handled++;
        next(message);
      },
    },
  });
  log = (p) => connection.console.warn(p.kind === 'repaired' ? say('lsp.frame-repaired', p) : say('lsp.frame-dropped', p));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  // As the protocol library does for a stream it is given: the editor is gone.
  for (const event of ['end', 'close']) io.input.once(event, () => io.exit(shutdown ? 0 : 1));
  const documents = new TextDocuments(lineDocuments);
  const server = new Server(connection, documents, options, counted);
  server.serveDiagnostics();
  server.serveRequests();
  documents.listen(connection);
  connection.listen();
  return new Promise<number>(() => {});
}

class Server {
  private readonly configs: ProjectConfigs;
  /** Sources changed and not yet checked: each is checked once the messages that have arrived are handled, at its newest version. */
  private readonly queue: CheckQueue;
  /** The editor's (first) workspace folder. */
  private workspace?: string;
  /** The client's locale (`initialize`), as the environment's locale is read. */
  private locale: Readonly<Record<string, string | undefined>> = process.env;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<LineDocument>,
    private readonly options: ServerOptions,
    counted: { handled: number },
  ) {
    this.queue = new CheckQueue(
      () => counted.handled,
      (uri) => {
        const doc = documents.get(uri);
        if (doc) void this.check(doc);
      },
    );
    this.configs = new ProjectConfigs((config) => {
      this.speak(config);
      publishConfig(connection, config);
    });
  }

  /** Speaks, from now until the next answer, the language for a source under `config`. All are loaded at start, so this is at once. */
  speak(config: LoadedConfig | undefined): void {
    void useLanguage(chooseLanguage({ config: config?.config.messages, env: this.locale }));
  }

  /** A handler that logs what it could not do and answers `fallback`, rather than fail. */
  guard<A extends unknown[], R>(what: string, fallback: R, f: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args) => {
      try {
        return await f(...args);
      } catch (e) {
        this.connection.console.error(`agenda lsp: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      }
    };
  }

  readonly check = this.guard('check', undefined, async (doc: LineDocument) => {
    if (!isSource(doc) || isConfig(doc.uri)) return;
    const { uri, version } = doc;
    const text = doc.getText();
    if (!hasFrontMatter(text)) return void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
    const file = pathOf(uri);
    const config = await this.configs.configFor(file);
    if (this.documents.get(uri)?.version !== version) return;
    this.speak(config);
    const found = [...configNotice(config, file), ...diagnose(text, file, { config, workspace: this.workspace, today: this.options.today() })];
    await this.connection.sendDiagnostics({ uri, version, diagnostics: found.map((d) => toLsp(d, uri)) });
  });

  private checkAll(): void {
    for (const doc of this.documents.all()) this.queue.changed(doc.uri);
  }

  /** Check on open and change; check everything again when a config changes, on disk or in the editor. */
  serveDiagnostics(): void {
    const { connection, documents, configs } = this;
    let watching = false;
    connection.onInitialize(async (params) => {
      await Promise.all(languages.map(loadLanguage));
      if (params.locale) this.locale = { LC_ALL: params.locale };
      watching = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
      if (folder?.startsWith('file:')) this.workspace = pathOf(folder);
      return { capabilities, serverInfo: { name: 'agenda' } };
    });
    connection.onInitialized(() => {
      if (watching) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_NAME}` }] });
    });
    documents.onDidChangeContent(
      this.guard('change', undefined, async ({ document }) => {
        if (!isConfig(document.uri)) return this.queue.changed(document.uri);
        configs.changed(pathOf(document.uri), document.getText());
        await configs.configFor(pathOf(document.uri));
        this.checkAll();
      }),
    );
    documents.onDidClose(
      this.guard('close', undefined, async ({ document }) => {
        if (!isConfig(document.uri)) return void (await connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
        configs.changed(pathOf(document.uri));
        this.checkAll();
      }),
    );
    connection.onDidChangeWatchedFiles(
      this.guard('config change', undefined, async ({ changes }) => {
        for (const change of changes) if (isConfig(change.uri) && !documents.get(change.uri)) configs.changed(pathOf(change.uri));
        this.checkAll();
      }),
    );
  }

  serveRequests(): void {
    const { connection, documents } = this;
    const source = (uri: string) => {
      const doc = documents.get(uri);
      return doc && isSource(doc) ? doc : undefined;
    };
    connection.onCompletion(
      this.guard('completion', [], async ({ textDocument, position }) => {
        const doc = source(textDocument.uri);
        if (!doc) return [];
        const config = await this.configs.configFor(pathOf(doc.uri));
        this.speak(config);
        return complete(doc.getText(), position, { templates: config?.templateNames ?? builtinTemplateNames() });
      }),
    );
    connection.onHover(
      this.guard('hover', null, async ({ textDocument, position }) => {
        const doc = source(textDocument.uri);
        if (!doc) return null;
        this.speak(await this.configs.configFor(pathOf(doc.uri)));
        return hover(doc.getText(), position) ?? null;
      }),
    );
    connection.onCodeAction(
      this.guard('code action', [], async ({ textDocument, context }) => {
        const doc = documents.get(textDocument.uri);
        if (!doc) return [];
        this.speak(await this.configs.configFor(pathOf(doc.uri)));
        return codeActions(doc.uri, doc.getText(), context.diagnostics);
      }),
    );
  }
}

const capabilities: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  completionProvider: { triggerCharacters: [' ', '[', ','] },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
};

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
  return [
    {
      code: 'config-invalid',
      severity: 'warning',
      file,
      span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } },
      message: say('config-invalid.message', { file: config.file, count: errors.length, first: first.message }),
      related: [{ file: config.file, span: first.span, message: first.message }],
      hint: say('config-invalid.hint'),
    },
  ];
}

// Starts `agenda lsp` for Markdown files; the server checks those that open
// with front matter and leaves the rest alone. Plain CommonJS, so the folder
// runs as it is, with no build step.
const path = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function command() {
  const configured = workspace.getConfiguration('agenda').get('path') || 'agenda';
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  return configured.includes('/') || configured.includes('\\') ? path.resolve(folder ?? '.', configured) : configured;
}

async function activate() {
  client = new LanguageClient(
    'agenda',
    'agenda',
    // The client adds --stdio to the arguments.
    { command: command(), args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
        // The config too, so that its unsaved changes and its own problems reach the server.
        { scheme: 'file', pattern: '**/agenda.config.yaml' },
      ],
      synchronize: { fileEvents: workspace.createFileSystemWatcher('**/agenda.config.yaml') },
    },
  );
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };

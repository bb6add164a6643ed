// Starts `agenda lsp` for Markdown files; the server checks those that open
// with front matter and leaves the rest alone. The command is the project's
// own agenda (node_modules/.bin), else a global install, else the one the
// setting `agenda.path` names; with none, a notification says what to
// install and how. Plain CommonJS: `npm run vsix` bundles it with the
// language client into one file.
const { commands, env, l10n, window, workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findAgenda, PACKAGE } = require('./find-agenda.js');

let client;

/** On Windows the command runs through the shell (npm's agenda.cmd): a path with spaces is quoted. */
function serverOptions(command) {
  const windows = process.platform === 'win32';
  // The client adds --stdio to the arguments.
  return { command: windows && command.includes(' ') ? `"${command}"` : command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: windows } };
}

async function start() {
  const found = findAgenda({
    setting: workspace.getConfiguration('agenda').get('path'),
    folders: (workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
  });
  if (!found.command) return notFound(found.missing);
  client = new LanguageClient('agenda', 'agenda', serverOptions(found.command), {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // The config too, so that its unsaved changes and its own problems reach the server.
      { scheme: 'file', pattern: '**/agenda.config.yaml' },
    ],
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/agenda.config.yaml') },
  });
  await client.start();
}

/** Says what to install and how; Try again looks once more (after an install), without reloading the window. */
async function notFound(missing) {
  const local = `npm install --save-dev ${PACKAGE}`;
  const global = `npm install --global ${PACKAGE}`;
  const message =
    missing === 'agenda'
      ? l10n.t(
          'agenda is not installed, so Markdown files cannot be checked as you write. Install it in the project with “{0}”, or for every project with “{1}”, then choose Try again.',
          local,
          global,
        )
      : l10n.t('The setting agenda.path names {0}, which is not there. Correct the setting, or clear it to use the project’s or the global agenda.', missing);
  const copy = l10n.t('Copy the install command');
  const settings = l10n.t('Open the setting');
  const again = l10n.t('Try again');
  const choice = await window.showErrorMessage(message, ...(missing === 'agenda' ? [copy, again] : [settings, again]));
  if (choice === copy) await env.clipboard.writeText(local);
  if (choice === settings) await commands.executeCommand('workbench.action.openSettings', 'agenda.path');
  if (choice === again) await start();
}

async function activate(context) {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('agenda.path')) return;
      await client?.stop();
      client = undefined;
      await start();
    }),
  );
  await start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };

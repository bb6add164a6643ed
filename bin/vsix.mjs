/**
 * Packages the VS Code extension (editors/vscode) as a .vsix, with no
 * question asked and nothing fetched: `npm run vsix` (or `node bin/vsix.mjs
 * --out FILE`). Then `code --install-extension FILE` installs it.
 *
 * A .vsix is a zip: extension.vsixmanifest (the Marketplace's identity of
 * the extension), [Content_Types].xml (a content type for each file
 * extension in it), and the extension's folder under extension/. The client
 * code is bundled by esbuild with vscode-languageclient (a devDependency of
 * this repository) into one extension.js, so the package carries no
 * node_modules: VS Code's own guide recommends bundling, and the client's
 * files were about 600 in node_modules. vsce, which does the same, brings
 * about 200 packages (Azure sign-in, a native keyring, secretlint) to a
 * devDependency and asks y/N when the manifest lacks a repository or a
 * LICENSE; this file is the few lines of it the extension needs.
 *
 * The zip is written the same byte for byte each time (fixed order and
 * dates, SOURCE_DATE_EPOCH if set), so a rebuilt .vsix can be compared.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'editors', 'vscode');

/** The bundled client: vscode comes from the editor; node: modules from its Node. */
async function bundle() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(folder, 'extension.js')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    // VS Code 1.91 runs extensions on Electron 29's Node 20.
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
    legalComments: 'none',
    minify: true,
  });
  return result.outputFiles[0].contents;
}

/** The manifest as installed: no scripts or dependencies (the client is bundled in). */
function installedManifest(manifest) {
  const { scripts: _s, dependencies: _d, devDependencies: _dd, private: _p, ...rest } = manifest;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

/** The extension's own files, path in the .vsix → contents. */
async function extensionFiles(manifest) {
  const files = new Map();
  files.set('extension/package.json', Buffer.from(installedManifest(manifest)));
  files.set('extension/extension.js', Buffer.from(await bundle()));
  files.set('extension/README.md', await readFile(join(folder, 'README.md')));
  files.set('extension/LICENSE.txt', await readFile(join(root, 'LICENSE')));
  for (const name of (await readdir(folder)).filter((n) => /^package\.nls(\.[a-z-]+)?\.json$/.test(n)).sort()) {
    files.set(`extension/${name}`, await readFile(join(folder, name)));
  }
  const l10n = join(folder, 'l10n');
  for (const name of (await readdir(l10n)).filter((n) => n.endsWith('.json')).sort()) files.set(`extension/l10n/${name}`, await readFile(join(l10n, name)));
  return files;
}

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** extension.vsixmanifest: what VS Code and the Marketplace read before unpacking. */
function vsixManifest(m, nls) {
  const text = (s) => xml(String(s ?? '').replace(/^%(.+)%$/, (_, key) => nls[key] ?? key));
  const property = (id, value) => `      <Property Id="${id}" Value="${xml(value)}" />`;
  const source = m.repository?.url ?? m.repository ?? '';
  return `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${xml(m.name)}" Version="${xml(m.version)}" Publisher="${xml(m.publisher)}" />
    <DisplayName>${text(m.displayName ?? m.name)}</DisplayName>
    <Description xml:space="preserve">${text(m.description)}</Description>
    <Tags>${xml((m.keywords ?? []).join(','))}</Tags>
    <Categories>${xml((m.categories ?? []).join(','))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
${[
  property('Microsoft.VisualStudio.Code.Engine', m.engines.vscode),
  property('Microsoft.VisualStudio.Code.ExtensionDependencies', ''),
  property('Microsoft.VisualStudio.Code.ExtensionPack', ''),
  property('Microsoft.VisualStudio.Code.ExtensionKind', 'workspace'),
  property('Microsoft.VisualStudio.Code.LocalizedLanguages', ''),
  // It has code to run (a main), unlike a theme; vsce 3.9 writes both of these the same way.
  property('Microsoft.VisualStudio.Code.ExecutesCode', 'true'),
  property('Microsoft.VisualStudio.Services.Links.Source', source),
  property('Microsoft.VisualStudio.Services.Links.Support', m.bugs?.url ?? ''),
  property('Microsoft.VisualStudio.Services.Links.Learn', m.homepage ?? ''),
  property('Microsoft.VisualStudio.Services.GitHubFlavoredMarkdown', 'true'),
  property('Microsoft.VisualStudio.Services.Content.Pricing', 'Free'),
].join('\n')}
    </Properties>
    <License>extension/LICENSE.txt</License>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.License" Path="extension/LICENSE.txt" Addressable="true" />
  </Assets>
</PackageManifest>
`;
}

const TYPES = { '.json': 'application/json', '.js': 'application/javascript', '.md': 'text/markdown', '.txt': 'text/plain', '.vsixmanifest': 'text/xml' };

/** [Content_Types].xml: one Default for each file extension in the package. */
function contentTypes(paths) {
  const extensions = [...new Set(paths.map((p) => /\.[^./]+$/.exec(p)?.[0] ?? ''))].filter(Boolean).sort();
  const lines = extensions.map((e) => `  <Default Extension="${xml(e)}" ContentType="${xml(TYPES[e] ?? 'application/octet-stream')}" />`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\n${lines.join('\n')}\n</Types>\n`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data) {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The date and time every entry carries, in MS-DOS form: SOURCE_DATE_EPOCH's, else 1 January 1980. */
function dosTime(env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const d = Number.isFinite(epoch) && epoch >= 315532800 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** A zip of `files` (name → contents, in that order), deflated; names in UTF-8. */
function zip(files, env) {
  const { time, date } = dosTime(env);
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const header = (signature, size) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
  const nls = JSON.parse(await readFile(join(folder, 'package.nls.json'), 'utf8'));
  const out = resolve(at >= 0 && args[at + 1] ? args[at + 1] : `${manifest.name}-${manifest.version}.vsix`);
  const files = await extensionFiles(manifest);
  const all = new Map([
    ['extension.vsixmanifest', Buffer.from(vsixManifest(manifest, nls))],
    ['[Content_Types].xml', Buffer.from(contentTypes(['extension.vsixmanifest', ...files.keys()]))],
    ...files,
  ]);
  const bytes = zip(all, process.env);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bytes);
  const shown = relative(process.cwd(), out) || basename(out);
  const quoted = /^[\w./-]+$/.test(shown) ? shown : `"${shown}"`;
  process.stdout.write(`Wrote ${shown} (${all.size} files, ${bytes.length} bytes). Install it with:\n  code --install-extension ${quoted}\n`);
}

main().catch((e) => {
  process.stderr.write(`vsix: ${e.message}\n`);
  process.exitCode = 1;
});

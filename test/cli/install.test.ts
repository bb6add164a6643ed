/**
 * The package as a user gets it: `npm pack` (its prepack builds dist/) gives
 * a tarball with the code, the templates and the fonts (dependencies) and no
 * tests; installed offline in an empty project it downloads no browser (and
 * nothing at all), and the installed `agenda` builds a source to HTML and PDF
 * with this machine's browser. Offline: `npm ci` filled the npm cache with
 * the tarballs of this project's lockfile, but not with the registry's
 * package documents an unlocked install resolves versions from, so the
 * empty project gets a lockfile made from this one's production entries.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { agenda, cleanEnv, root, tempDir } from './agenda.js';

const run = promisify(execFile);

/** The environment without what `npm test` sets for itself (npm_config_*, npm_package_*), which would steer the inner npm. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k];
  return env;
}

/** A copy of the project to pack (its prepack rebuilds dist/, which the other tests are using here). */
async function projectCopy(): Promise<string> {
  const dir = await tempDir('agenda-pack-');
  for (const entry of ['package.json', 'tsconfig.json', 'README.md', 'LICENSE', 'src', 'templates', 'bin', 'hooks'])
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** An empty project that depends on the tarball, locked to this project's versions of its dependencies. */
async function userProject(tarball: string): Promise<string> {
  const dir = await tempDir('agenda-user-');
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean } & Record<string, unknown>> };
  const own = lock.packages[''];
  const dependencies = { 'agenda-invitations': `file:${tarball}` };
  const packages: Record<string, unknown> = { '': { name: 'secretariat', dependencies } };
  // With its tarball's address beside its integrity, npm ci --offline takes a package from the cache without its registry document.
  const resolved = (path: string, version: unknown) => {
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    return `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${String(version)}.tgz`;
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = { resolved: resolved(path, entry.version), ...entry };
  packages['node_modules/agenda-invitations'] = { version: own.version, resolved: `file:${tarball}`, dependencies: own.dependencies, bin: own.bin, engines: own.engines };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'secretariat', private: true, dependencies }, null, 2));
  await writeFile(join(dir, 'package-lock.json'), JSON.stringify({ name: 'secretariat', lockfileVersion: 3, requires: true, packages }, null, 2));
  return dir;
}

/** What the package may weigh (docs/performance.md has the figures): the tarball, and installed with its dependencies. */
const TARBALL_BUDGET = 400_000;
const INSTALLED_BUDGET = 88_000_000;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

/** The bytes of every file below a folder, as du -b counts them (links not followed). */
async function bytesBelow(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += (await lstat(join(e.parentPath, e.name))).size;
  return total;
}

describe('the packed package', () => {
  it('installs offline in an empty project and builds a source to HTML and PDF', async () => {
    const copy = await projectCopy();
    const env = npmEnv();
    const packed = await run('npm', ['pack', '--json'], { cwd: copy, env, maxBuffer: 16 << 20 });
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    expect(filename).toBe(`agenda-invitations-${JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version}.tgz`);
    expect(paths).toContain('dist/cli/main.js');
    expect(paths).toContain('bin/agenda');
    expect(paths).toContain('templates/timetable.hbs');
    expect(paths).toContain('hooks/pre-commit');
    expect(paths.filter((p) => /^(test|src|bench|examples|docs)\//.test(p) || p.endsWith('.test.ts'))).toEqual([]);
    expect(paths).toContain('LICENSE');
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);

    const user = await userProject(join(copy, filename));
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: user, env, maxBuffer: 16 << 20 });
    const installed = join(user, 'node_modules', '.bin', 'agenda');

    const version = await agenda(['--version'], { cwd: user, command: installed });
    expect(version.stdout.split('\n')[0]).toBe(JSON.parse(packed.stdout)[0].version);
    expect(version.stdout).toContain(`Node ${process.versions.node}`);

    await mkdir(join(user, 'gatherings'));
    expect((await agenda(['new', 'gatherings/mars.md', '--language', 'sv'], { cwd: user, command: installed })).code).toBe(0);
    const built = await agenda(['build', 'gatherings', '-o', 'public'], { cwd: user, command: installed });
    expect(built.stderr).not.toContain('no PDFs');
    expect(built.code).toBe(0);
    // No config: output names start at the working folder (README, "Where the outputs go").
    const pdf = await readFile(join(user, 'public', 'gatherings', 'mars.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(user, 'public', 'gatherings', 'mars.html'), 'utf8')).toContain('Konferens om');

    const sizes = { tarball: (await stat(join(copy, filename))).size, installed: await bytesBelow(join(user, 'node_modules')) };
    console.log(`package size: tarball ${kb(sizes.tarball)}, installed with its dependencies ${kb(sizes.installed)}`);
    expect(sizes.tarball, 'tarball budget').toBeLessThanOrEqual(TARBALL_BUDGET);
    expect(sizes.installed, 'installed budget').toBeLessThanOrEqual(INSTALLED_BUDGET);
    // zod is bundled into dist/ (bin/bundle.mjs): installing it too cost 7 MB for nothing.
    expect(existsSync(join(user, 'node_modules', 'zod'))).toBe(false);
  }, 300_000);
});

/**
 * A machine whose browser sandbox cannot start (issue 23), reproduced: as
 * root, a user and mount namespace where /proc/sys/user/max_user_namespaces
 * is 0 (no namespace sandbox), the system folders bind-mounted nosuid (no
 * setuid helper), a chroot onto bind mounts (no /.dockerenv), and the
 * command run as an ordinary user (setpriv). Ubuntu 23.10 and later and
 * GitHub's ubuntu-latest refuse the sandbox the same way, through AppArmor.
 *
 * The reproduction needs root (as here and in CI). Where the kernel or the
 * machine refuses it, the test fails and says why: it never passes without
 * having built on that machine.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, root } from './helpers.js';

const NOBODY = 65534;
/** Folders bound into the machine nosuid; node and the repository are bound at their own paths. */
const SYSTEM = ['usr', 'etc', 'opt', 'var'];

let machine: string | undefined;
afterAll(async () => {
  if (!machine) return;
  // The bind mounts lived in the namespace only (unshare makes them private); should one show here, nothing is removed.
  if ((await readFile('/proc/self/mountinfo', 'utf8')).includes(machine)) return;
  await rm(machine, { recursive: true, force: true });
});

/** The shell script run inside the namespace: the machine, then the commands as nobody. */
function inner(dir: string, binds: string[]): string {
  const as = (out: string, extra: string, cmd: string) =>
    `chroot "$R" setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups env -i PATH=/usr/bin:/bin HOME=/tmp/home ${extra} sh -c 'cd /tmp/p && exec ${process.execPath} ${root}/bin/agenda ${cmd}' >"$R/tmp/out/${out}.out" 2>"$R/tmp/out/${out}.err"; echo $? >"$R/tmp/out/${out}.code"`;
  return `set -e
R=${dir}
echo 0 > /proc/sys/user/max_user_namespaces || { echo "REFUSED: cannot set max_user_namespaces to 0 in a new user namespace"; exit 3; }
for d in ${SYSTEM.join(' ')}; do mkdir -p "$R/$d"; mount --rbind "/$d" "$R/$d"; mount -o remount,bind,nosuid "$R/$d"; done
for l in bin lib lib64 sbin; do [ -e "/$l" ] && ln -s "usr/$l" "$R/$l"; done
for d in proc dev sys; do mkdir -p "$R/$d"; mount --rbind "/$d" "$R/$d"; done
for b in ${binds.map((b) => `"${b}"`).join(' ')}; do mkdir -p "$R$b"; mount --bind -o ro "$b" "$R$b"; mount -o remount,bind,ro,nosuid "$R$b"; done
chroot "$R" setpriv --reuid=${NOBODY} --regid=${NOBODY} --clear-groups sh -c 'id -u; test -e /.dockerenv && echo dockerenv; cat /proc/sys/user/max_user_namespaces; unshare --user true 2>/dev/null && echo userns-allowed; true' > "$R/tmp/out/machine.txt"
cd "$R"
set +e
${as('build', '', 'build . -o out --today 2020-01-01 --no-ics')}
${as('again', '', 'build . -o out --today 2020-01-01 --no-ics --force')}
${as('doctor', '', 'doctor')}
${as('require', 'AGENDA_SANDBOX=require', 'build . -o req --today 2020-01-01 --no-ics')}
`;
}

/** Runs `script` as root in a new user and mount namespace mapping the first 65,536 ids to themselves. */
function inNamespace(script: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // unshare's own --map-users needs newuidmap; root writes the maps itself. The shell waits for them, then starts
    // a new program so that it has the namespace's capabilities (a program started before the map has none).
    const child = spawn('unshare', ['--user', '--mount', '--fork', 'sh', '-c', 'while [ -z "$(cat /proc/self/uid_map)" ]; do sleep 0.05; done; exec sh -c "$0"', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    setTimeout(async () => {
      try {
        await writeFile(`/proc/${child.pid}/uid_map`, `0 0 65536\n`);
        await writeFile(`/proc/${child.pid}/gid_map`, `0 0 65536\n`);
      } catch (error) {
        output += `REFUSED: cannot write the namespace's id maps: ${(error as Error).message}\n`;
        child.kill();
      }
    }, 200);
  });
}

async function makeMachine(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'agenda-no-sandbox-'));
  machine = dir;
  await chmod(dir, 0o755);
  await mkdir(join(dir, 'tmp', 'out'), { recursive: true });
  await chmod(join(dir, 'tmp'), 0o1777);
  await mkdir(join(dir, 'tmp', 'p'));
  await cp(join(examplesDir, 'kongsberg-samling-2025.md'), join(dir, 'tmp', 'p', 'kongsberg-samling-2025.md'));
  for (const f of ['tmp/p', 'tmp/p/kongsberg-samling-2025.md']) await chown(join(dir, f), NOBODY, NOBODY);
  return dir;
}

const read = async (dir: string, name: string) => ({
  code: Number((await readFile(join(dir, 'tmp', 'out', `${name}.code`), 'utf8')).trim()),
  stdout: await readFile(join(dir, 'tmp', 'out', `${name}.out`), 'utf8'),
  stderr: await readFile(join(dir, 'tmp', 'out', `${name}.err`), 'utf8'),
});

describe('a machine whose browser sandbox cannot start', { timeout: 240_000 }, () => {
  it('prints the PDFs as an ordinary user, says once why without the sandbox, and doctor names the cause', async () => {
    if (process.getuid?.() !== 0) throw new Error('This test builds the sandbox-less machine with unshare, mount and chroot, which needs root (as in CI): run it as root.');
    if (!existsSync('/usr/bin/chromium')) throw new Error('This test needs Debian’s /usr/bin/chromium inside the reproduced machine.');
    const dir = await makeMachine();
    const binds = [...new Set([root, dirname(process.execPath)])].filter((p) => !SYSTEM.some((s) => p === `/${s}` || p.startsWith(`/${s}/`)));
    const ran = await inNamespace(inner(dir, binds));
    // The machine is what it should be, or the test says why not (never a silent pass).
    expect(ran.output, `the reproduction failed: ${ran.output}`).not.toMatch(/REFUSED/);
    expect(ran.code, `the reproduction failed: ${ran.output}`).toBe(0);
    const facts = (await readFile(join(dir, 'tmp', 'out', 'machine.txt'), 'utf8')).trim().split('\n');
    expect(facts, 'inside: uid, no /.dockerenv, max_user_namespaces 0, user namespaces refused').toEqual(['65534', '0']);

    const build = await read(dir, 'build');
    expect(build.stdout + build.stderr, 'build').not.toMatch(/browser-failed|Target closed/);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const notes = build.stderr.split('\n').filter((l) => l.includes('without the browser'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('No usable sandbox!');
    expect(notes[0]).toContain('AppArmor');
    const pdf = await PDFDocument.load(await readFile(join(dir, 'tmp', 'p', 'out', 'kongsberg-samling-2025.pdf')));
    expect(pdf.getPageCount()).toBeGreaterThan(0);

    // Found once a machine: the second build reads the answer (the note is said again, once).
    const again = await read(dir, 'again');
    expect(again.code).toBe(0);
    expect(again.stderr.match(/without the browser/g)).toHaveLength(1);
    const cache = JSON.parse(await readFile(join(dir, 'tmp', 'home', '.cache', 'agenda', 'sandbox.json'), 'utf8'));
    expect(Object.values(cache)).toEqual([{ on: false, cause: 'refused', detail: 'No usable sandbox!' }]);

    const doctor = await read(dir, 'doctor');
    expect(doctor.stdout).toMatch(/warning\s+sandbox\s+off: the sandbox cannot start here \(No usable sandbox!\)/);
    expect(doctor.stdout).toMatch(/ok\s+test print/);

    const required = await read(dir, 'require');
    expect(required.code).toBe(2);
    expect(required.stdout).toContain('browser-sandbox');
    expect(required.stdout).toContain('AGENDA_SANDBOX=require');
    expect(existsSync(join(dir, 'tmp', 'p', 'req', 'kongsberg-samling-2025.pdf'))).toBe(false);
  });
});

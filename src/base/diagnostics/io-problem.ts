/**
 * What the machine refused, in the reader's words: a full disk, a folder
 * that is read-only, a file where a folder should be. The system's error
 * code (ENOSPC, EROFS, ENOTDIR, …) picks the words from the catalogue, and
 * the diagnostic names the path, so that a secretary knows what to free,
 * move or choose instead.
 */
import type { Diagnostic } from './diagnostic.js';
import { say } from '../messages/index.js';

/** What was being written, for the message's first words. */
export type Written = 'file' | 'output' | 'folder' | 'lock' | 'record' | 'index' | 'feed';

/** The system's error code of `e` (ENOSPC, …), when it has one. */
export function systemCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  // Node's own wrappers of a system refusal (fs.rm on a folder: ERR_FS_EISDIR) are that refusal.
  const system = typeof code === 'string' ? code.replace(/^ERR_FS_(E[A-Z0-9]+)$/, '$1') : code;
  return typeof system === 'string' && /^E[A-Z0-9]+$/.test(system) ? system : undefined;
}

/** Why a write failed, in words. */
export function writeCause(e: unknown): string {
  return say('io.write-cause', { code: systemCode(e) ?? 'other', said: (e as Error)?.message ?? String(e) });
}

/** Why a read failed, in words. */
export function readCause(e: unknown): string {
  return say('io.read-cause', { code: systemCode(e) ?? 'other', said: (e as Error)?.message ?? String(e) });
}

/** `write-failed` for `path` (as the user should see it), with the cause and what to do. */
export function writeFailed(path: string, e: unknown, what: Written = 'file'): Diagnostic {
  return {
    code: 'write-failed',
    severity: 'error',
    file: path,
    message: say('write-failed.message', { what, path, cause: writeCause(e) }),
    hint: say('write-failed.hint', { code: systemCode(e) ?? 'other' }),
  };
}

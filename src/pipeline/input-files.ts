// What may stand where the build expects a file: a regular file, or a link to
// one. A FIFO blocks a read forever, a device (/dev/zero) never ends, a folder
// fails with EISDIR naming nothing, and a dangling link with a bare ENOENT; so
// every reader of the folders the build reads (the corpus, data/, the raw
// sources, the changelog) asks here first and refuses with a sentence.
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** What a non-regular file is, in words. */
function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a FIFO (named pipe)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

export type FileCheck = { ok: true; stat: Stats; link: boolean } | { ok: false; problem: string; missing?: boolean };

/**
 * Whether `path` is a regular file (or a link to one), without opening it.
 * `missing` marks a path that is simply absent (the caller decides whether
 * that is an error); every other problem is a sentence naming what is there.
 */
export function checkRegularFile(path: string): FileCheck {
  let own: Stats | undefined;
  try {
    own = lstatSync(path, { throwIfNoEntry: false });
  } catch (e) {
    return { ok: false, problem: `cannot be read (${reason(e)})` };
  }
  if (!own) return { ok: false, problem: 'no such file', missing: true };
  let stat: Stats | undefined = own;
  if (own.isSymbolicLink()) {
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch (e) {
      return { ok: false, problem: `a symbolic link that cannot be followed (${reason(e)})` };
    }
    if (!stat) {
      let target = '?';
      try {
        target = readlinkSync(path);
      } catch {
        // the link vanished meanwhile: still dangling
      }
      return { ok: false, problem: `a symbolic link to "${target}", which does not exist (a dangling link)` };
    }
  }
  if (!stat.isFile()) {
    return {
      ok: false,
      problem: `${kindOf(stat)}${own.isSymbolicLink() ? ' (through a symbolic link)' : ''}, not a file`,
    };
  }
  return { ok: true, stat, link: own.isSymbolicLink() };
}

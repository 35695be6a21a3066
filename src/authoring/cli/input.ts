// What the CLIs share: reading a user's input file without hanging (a
// device, a pipe or /dev/zero is refused before reading; a size cap before
// reading), decoding it (UTF-8, UTF-16 with BOM, GBK, GB18030), and ending on
// a user error with one line `file: problem` and exit code 1, no stack trace.
import { openSync, readSync, closeSync } from 'node:fs';
import { checkRegularFile } from '../../pipeline/input-files.ts';
import { ReportFileError } from '../../pipeline/corpus/report-file.ts';
import { IngestError, MAX_RAW_BYTES } from '../ingest/decode.ts';
import { TableError } from '../../pipeline/tables/read-table.ts';

/** A problem with what the user gave; its message is the whole report. */
export class InputError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'InputError';
  }
}

const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** The bytes of a regular file of at most `maxBytes`, read without following a device or pipe. */
export function readInput(file: string, maxBytes = MAX_RAW_BYTES): Uint8Array {
  const check = checkRegularFile(file);
  if (!check.ok) {
    if (check.missing) throw new InputError(file, 'no such file');
    if (check.problem.startsWith('a folder')) throw new InputError(file, 'is a folder; give a file');
    if (check.problem.includes('dangling') || check.problem.startsWith('cannot'))
      throw new InputError(file, `${check.problem}; give a file`);
    throw new InputError(file, `not a regular file (${check.problem.replace(/, not a file$/, '')}); give a file`);
  }
  const { stat } = check;
  if (stat.size === 0) throw new InputError(file, 'the file is empty');
  if (stat.size > maxBytes)
    throw new InputError(file, `${stat.size} bytes; at most ${maxBytes} bytes are read (split it)`);
  // Read at most the cap even if the file grows while we read it.
  const buffer = Buffer.alloc(Math.min(stat.size, maxBytes));
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new InputError(file, `cannot read it (${reason(e)})`);
  }
  try {
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** True for an error that is the user's input, not a bug. */
export function isUserError(e: unknown): e is Error {
  return e instanceof InputError || e instanceof IngestError || e instanceof ReportFileError || e instanceof TableError;
}

/** Runs a CLI (its main may be async): a user error prints its one line and exits 1; anything else is a bug and says so in one line too. */
export function runCli(name: string, main: () => number | Promise<number>): void {
  const fail = (e: unknown) => {
    if (isUserError(e)) {
      process.stderr.write(`${e.message}\n`);
    } else {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`${name}: internal error: ${message.split('\n')[0]} (set ATLAS_DEBUG=1 for the stack)\n`);
      if (process.env.ATLAS_DEBUG) process.stderr.write(`${(e as Error).stack ?? ''}\n`);
    }
    process.exitCode = 1;
  };
  try {
    const code = main();
    if (typeof code === 'number') process.exitCode = code;
    else
      code.then((c) => {
        process.exitCode = c;
      }, fail);
  } catch (e) {
    fail(e);
  }
}

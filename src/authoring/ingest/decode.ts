// Turns the bytes of a raw scraped file into text, refusing clearly what is
// not text: empty files, binary files, files too large to be one scrape, and
// encodings other than UTF-8, UTF-16 (with a byte-order mark) and GB18030
// (which includes GBK). Invisible characters (zero-width spaces, bidi
// controls, soft hyphens) are stripped: inside a number they change what it
// reads as (3<U+200B>0家 would be 0 家).
import iconv from 'iconv-lite';
import { INVISIBLE_CHARS } from '../../pipeline/text-checks.ts';

/** An input the ingest cannot use; the message always names the file. */
export class IngestError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
  }
}

export type RawEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** Largest raw file read: a scrape of one page (the largest source is ~100 KB); a larger file is a crawl to split first. */
export const MAX_RAW_BYTES = 10_000_000;

const CJK = /[\u4e00-\u9fff]/g;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    // Control bytes other than tab, newline, form feed and carriage return.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control > sample.length * 0.05;
}

/** UTF-16 by its byte-order mark, or null. */
function utf16(bytes: Uint8Array): RawEncoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, fileName: string): { text: string; encoding: RawEncoding } {
  const wide = utf16(bytes);
  if (wide) {
    const text = iconv.decode(Buffer.from(bytes), wide);
    if (text.includes('\ufffd') || !text.isWellFormed())
      throw new IngestError(
        fileName,
        `the file starts with a ${wide.toUpperCase()} byte-order mark but is not valid ${wide.toUpperCase()}`,
      );
    return { text, encoding: wide };
  }
  if (looksBinary(bytes))
    throw new IngestError(
      fileName,
      'this is a binary file (NUL or control bytes), not scraped text (UTF-16 needs its byte-order mark)',
    );
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    const cjk = text.match(CJK)?.length ?? 0;
    if (text.includes('\ufffd') || cjk === 0) {
      throw new IngestError(
        fileName,
        'the file is neither valid UTF-8, UTF-16 (with a byte-order mark) nor valid GB18030/GBK; convert it to UTF-8 first (refusing to guess the encoding)',
      );
    }
    return { text, encoding: iconv.decode(Buffer.from(bytes), 'gbk') === text ? 'gbk' : 'gb18030' };
  }
}

/** Decodes any text file (a curated .md too) without changing a character: UTF-16 by its BOM, UTF-8, else GB18030. */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: RawEncoding } {
  if (bytes.length === 0) throw new IngestError(fileName, 'the file is empty');
  return decodeStrict(bytes, fileName);
}

/** Line (1-based) and column of an offset in `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: 1 + (before.match(/\n/g)?.length ?? 0), column: offset - before.lastIndexOf('\n') };
}

// Control characters a curated report may not hold (src/pipeline/text-checks.ts), beside tab and line ends;
// a form feed or vertical tab (a page break in text from a PDF) becomes a line end.
const PAGE_BREAK = /[\u000B\u000C]/g;
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/g;

/**
 * Decodes a raw file: UTF-16 by its BOM, UTF-8 when valid, else GB18030 (GBK)
 * when it decodes cleanly to Chinese text. A NUL anywhere (the first 8 KB are
 * sampled for binary; a NUL further in would reach the draft, which the build
 * refuses) is refused at its line; other control characters are removed and
 * counted, so the draft holds only what a curated report may.
 */
export function decodeRaw(
  bytes: Uint8Array,
  fileName: string,
): { text: string; encoding: RawEncoding; stripped: number; controls: { count: number; firstLine: number } } {
  if (bytes.length === 0) throw new IngestError(fileName, 'the file is empty');
  if (bytes.length > MAX_RAW_BYTES)
    throw new IngestError(
      fileName,
      `${bytes.length} bytes; a raw file is at most ${MAX_RAW_BYTES} bytes (split a crawl into one file per page)`,
    );
  const decoded = decodeStrict(bytes, fileName);
  let text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const at = position(text, nul);
    throw new IngestError(
      `${fileName}:${at.line}`,
      `a NUL byte at column ${at.column}: binary data, or UTF-16 saved without its byte-order mark; not scraped text`,
    );
  }
  text = text.replace(PAGE_BREAK, '\n');
  CONTROL.lastIndex = 0;
  const firstControl = CONTROL.exec(text);
  const controls = { count: 0, firstLine: firstControl ? position(text, firstControl.index).line : 0 };
  text = text.replace(CONTROL, () => {
    controls.count += 1;
    return '';
  });
  const before = text.length;
  text = text.replace(INVISIBLE_CHARS, '');
  if (text.trim() === '') throw new IngestError(fileName, 'the file holds only whitespace');
  return { text, encoding: decoded.encoding, stripped: before - text.length, controls };
}

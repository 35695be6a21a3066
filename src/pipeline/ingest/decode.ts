// Turns the bytes of a raw scraped file into text, refusing clearly what is
// not text: empty files, binary files, and encodings other than UTF-8 / GBK.
import iconv from 'iconv-lite';

/** An input the ingest cannot use; the message always names the file. */
export class IngestError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
  }
}

export type RawEncoding = 'utf-8' | 'gbk';

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

/** Decodes a raw file: UTF-8 when valid, else GBK when it decodes cleanly to Chinese text. */
export function decodeRaw(bytes: Uint8Array, fileName: string): { text: string; encoding: RawEncoding } {
  if (bytes.length === 0) throw new IngestError(fileName, 'the file is empty');
  if (looksBinary(bytes)) throw new IngestError(fileName, 'this is a binary file (NUL or control bytes), not scraped text');
  let text: string | null = null;
  let encoding: RawEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gbk = iconv.decode(Buffer.from(bytes), 'gbk');
    const cjk = gbk.match(CJK)?.length ?? 0;
    if (gbk.includes('\ufffd') || cjk === 0) {
      throw new IngestError(fileName, 'the file is neither valid UTF-8 nor valid GBK; convert it to UTF-8 first (refusing to guess the encoding)');
    }
    text = gbk;
    encoding = 'gbk';
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError(fileName, 'the file holds only whitespace');
  return { text, encoding };
}

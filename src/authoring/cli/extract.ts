// `npm run --silent extract -- <file> [more files]`: figures of a curated
// report (content/reports/<id>.md, read by the one corpus reader) or of a raw
// source (cleaned into report bodies by the ingest first), as CSV on stdout.
// One path with the site: each body is extracted with its document type (the
// report's doc_type, or the one the ingest finds for a raw source), so a
// plan's unmarked figures are targets here as they are on the site.
// Any input problem prints one line `file: problem` and exits 1.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_REPORT_BYTES } from '../../pipeline/corpus/read-corpus.ts';
import { parseReportFile } from '../../pipeline/corpus/report-file.ts';
import { extractFigures, figuresToCsv } from '../../pipeline/figures/index.ts';
import { loadLexicons } from '../../pipeline/lexicons.ts';
import { datasetDirs } from '../../pipeline/dataset.ts';
import { curatedIdMap, decodeRaw, ingestText, partKey } from '../ingest/index.ts';
import { decodeText } from '../ingest/decode.ts';
import type { Figure } from '../../pipeline/types.ts';
import { InputError, readInput, runCli } from './input.ts';

function bodiesOf(file: string): { id: string; body: string; docType: string }[] {
  if (file.endsWith('.md')) {
    const report = parseReportFile(decodeText(readInput(file, MAX_REPORT_BYTES), file).text, file);
    return [{ id: report.meta.id, body: report.body, docType: report.meta.doc_type }];
  }
  const { text } = decodeRaw(readInput(file), file);
  // Parts already curated keep their curated ids (changsha-county-2024-plan …).
  const ids: Record<string, string> = existsSync('content/reports') ? curatedIdMap('content/reports') : {};
  const bodies = ingestText(text, basename(file)).drafts.map((d) => ({
    id: ids[partKey(d.meta.source.raw_file, d.meta.source.part)] ?? d.id,
    body: d.body,
    docType: d.meta.doc_type,
  }));
  if (bodies.length === 0) throw new InputError(file, 'no report found in the text');
  return bodies;
}

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    process.stderr.write(
      'usage: npm run --silent extract -- <content/reports/<id>.md | content/sources/<file>.txt> …\n',
    );
    return 2;
  }
  const lexicons = loadLexicons(datasetDirs(process.env).dataDir);
  const figures: Figure[] = [];
  for (const file of files) {
    for (const { id, body, docType } of bodiesOf(file))
      figures.push(...extractFigures(body, id, lexicons, { docType }));
  }
  process.stdout.write(figuresToCsv(figures));
  return 0;
}

runCli('extract', () => main(process.argv.slice(2)));

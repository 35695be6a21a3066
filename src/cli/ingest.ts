// npm run --silent ingest -- <raw-file>... [--out <dir>] [--force]
// npm run --silent ingest -- --regions [--from content/reports] [--regions-out data/regions.csv]
// Reads raw scraped files and writes one draft Markdown report per report found,
// printing a summary line for each. Existing files are kept unless --force.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRaw, IngestError } from '../pipeline/ingest/decode.ts';
import { renderDraft, type Draft } from '../pipeline/ingest/draft.ts';
import { ingestText } from '../pipeline/ingest/ingest.ts';
import { reviewItems } from '../pipeline/ingest/review.ts';
import { loadIndicators } from '../pipeline/figures/lexicon.ts';
import { regionsCsvFromReports } from '../pipeline/ingest/regions-table.ts';

interface Args {
  files: string[];
  out: string;
  force: boolean;
  regions: boolean;
  from: string;
  regionsOut: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], out: 'content/reports', force: false, regions: false, from: 'content/reports', regionsOut: 'data/regions.csv' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') args.out = value();
    else if (a === '--force') args.force = true;
    else if (a === '--regions') args.regions = true;
    else if (a === '--from') args.from = value();
    else if (a === '--regions-out') args.regionsOut = value();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** One line per report: id, title, region guess with evidence, year, type, warnings. */
function summaryLine(d: Draft): string {
  const m = d.meta;
  const region = m.region.code ? `${m.region.name} ${m.region.code}` : 'unknown';
  const evidence = m.region_evidence.length ? ` [${m.region_evidence.join('; ')}]` : '';
  const year = `${m.year}${m.years.length > 1 ? ` (${m.years.join('+')})` : ''}${m.year_reliable ? '' : ' UNRELIABLE'}`;
  const warnings = d.warnings.length ? d.warnings.join(' | ') : 'none';
  return [d.id, m.title, `region: ${region} (${m.region_basis})${evidence}`, `year: ${year}`, `type: ${m.doc_type}/${m.period}`, `warnings: ${warnings}`].join('\t');
}

function ingestFile(file: string, args: Args): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new IngestError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { text, encoding } = decodeRaw(bytes, file);
  const { drafts, warnings, removedLines } = ingestText(text, file);
  const lexicon = loadIndicators();
  console.log(`${file}: ${drafts.length} report(s)${encoding === 'gbk' ? ' (decoded from GBK)' : ''}`);
  for (const w of warnings) console.log(`  note: ${w}`);
  mkdirSync(args.out, { recursive: true });
  let written = 0;
  for (const d of drafts) {
    const path = join(args.out, `${d.id}.md`);
    const text = renderDraft(d);
    // What to review, riskiest first (region, years, removed lines, weak kinds).
    console.log(`  review ${d.id}:`);
    for (const item of reviewItems(d, removedLines, lexicon)) console.log(`    [${item.topic}] ${item.text}`);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) {
      console.log(`${summaryLine(d)}\tunchanged: ${path}`);
      written++;
      continue;
    }
    // A file that differs may hold a curator's edits: keep it unless told otherwise.
    if (existsSync(path) && !args.force) {
      console.log(`${summaryLine(d)}\tnot written: ${path} exists and differs (use --force to overwrite)`);
      continue;
    }
    writeFileSync(path, text);
    console.log(`${summaryLine(d)}\twritten: ${path}`);
    written++;
  }
  return written;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`ingest: ${(e as Error).message}`);
    return 2;
  }
  if (args.regions) {
    const { csv, rows } = regionsCsvFromReports(args.from);
    writeFileSync(args.regionsOut, csv);
    console.log(`${args.regionsOut}: ${rows} regions`);
    return 0;
  }
  if (args.files.length === 0) {
    console.error('usage: npm run --silent ingest -- <raw-file>... [--out <dir>] [--force]\n       npm run --silent ingest -- --regions [--from <reports-dir>] [--regions-out <csv>]');
    return 2;
  }
  let written = 0;
  let failed = 0;
  for (const file of args.files) {
    try {
      written += ingestFile(file, args);
    } catch (e) {
      failed++;
      console.error(e instanceof IngestError ? `ingest: ${e.message}` : `ingest: ${file}: ${(e as Error).stack ?? e}`);
    }
  }
  if (written === 0) {
    console.error('ingest: nothing written');
    return 1;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();

// npm run --silent ingest -- <raw-file>... [--out <dir>] [--force]
// npm run --silent ingest -- --regions [--from content/reports] [--regions-out data/regions.csv]
// Reads raw scraped files and writes one draft Markdown report per report found,
// printing a summary line for each. Existing files are kept unless --force.
// Any input problem prints one line `file: problem` and exits 1; an --out
// folder that cannot be made is reported before any input is read.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeRaw } from '../ingest/decode.ts';
import { InputError, isUserError, readInput, runCli } from './input.ts';
import { renderDraft, type Draft } from '../ingest/draft.ts';
import { ingestText } from '../ingest/ingest.ts';
import { reviewItems } from '../ingest/review.ts';
import { loadLexicons } from '../../pipeline/lexicons.ts';
import { datasetDirs } from '../../pipeline/dataset.ts';
import { regionsCsvFromReports } from '../ingest/regions-table.ts';

interface Args {
  files: string[];
  out: string;
  force: boolean;
  regions: boolean;
  from: string;
  regionsOut: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    files: [],
    out: 'content/reports',
    force: false,
    regions: false,
    from: 'content/reports',
    regionsOut: 'data/regions.csv',
  };
  // One iterator: an option that takes a value reads the next argument from it.
  const rest = argv.values();
  for (const a of rest) {
    const value = () => {
      const { value: v } = rest.next();
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
  return [
    d.id,
    m.title,
    `region: ${region} (${m.region_basis})${evidence}`,
    `year: ${year}`,
    `type: ${m.doc_type}/${m.period}`,
    `warnings: ${warnings}`,
  ].join('\t');
}

const ENCODING_NAMES = {
  'utf-8': '',
  'utf-16le': ' (decoded from UTF-16 LE)',
  'utf-16be': ' (decoded from UTF-16 BE)',
  gbk: ' (decoded from GBK)',
  gb18030: ' (decoded from GB18030)',
} as const;

/**
 * Makes the --out folder now, so a folder that cannot be made is reported
 * before any work. One level at a time from the nearest folder that exists:
 * Node's recursive mkdir loops forever under /proc (it keeps retrying a
 * parent that reports ENOENT yet exists).
 */
function prepareOut(out: string): void {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new InputError(out, '--out exists and is not a folder');
  if (stat) return;
  const missing: string[] = [];
  for (let dir = resolve(out); ; dir = dirname(dir)) {
    let found;
    try {
      found = statSync(dir, { throwIfNoEntry: false });
    } catch (e) {
      throw new InputError(
        out,
        `--out folder cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    if (found) {
      if (!found.isDirectory()) throw new InputError(out, `--out folder cannot be created (ENOTDIR): ${dir} is a file`);
      break;
    }
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (e) {
      throw new InputError(
        out,
        `--out folder cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
  }
}

function writeDraft(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new InputError(path, `cannot write the draft (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function ingestFile(file: string, args: Args): number {
  const { text, encoding, stripped, controls } = decodeRaw(readInput(file), file);
  const { drafts, warnings, removedLines } = ingestText(text, file);
  const lexicons = loadLexicons(datasetDirs(process.env).dataDir);
  console.log(`${file}: ${drafts.length} report(s)${ENCODING_NAMES[encoding]}`);
  if (stripped)
    console.log(`  note: ${stripped} invisible character(s) (zero-width spaces, bidi controls, soft hyphens) stripped`);
  if (controls.count)
    console.log(
      `  note: ${controls.count} control character(s) removed (the first on line ${controls.firstLine} of the raw file)`,
    );
  for (const w of warnings) console.log(`  note: ${w}`);
  let written = 0;
  for (const d of drafts) {
    const path = join(args.out, `${d.id}.md`);
    const text = renderDraft(d);
    // What to review, riskiest first (region, years, removed lines, weak kinds).
    console.log(`  review ${d.id}:`);
    for (const item of reviewItems(d, removedLines, lexicons)) console.log(`    [${item.topic}] ${item.text}`);
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
    writeDraft(path, text);
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
    writeDraft(args.regionsOut, csv);
    console.log(`${args.regionsOut}: ${rows} regions`);
    return 0;
  }
  if (args.files.length === 0) {
    console.error(
      'usage: npm run --silent ingest -- <raw-file>... [--out <dir>] [--force]\n       npm run --silent ingest -- --regions [--from <reports-dir>] [--regions-out <csv>]',
    );
    return 2;
  }
  prepareOut(args.out);
  let written = 0;
  let failed = 0;
  for (const file of args.files) {
    try {
      written += ingestFile(file, args);
    } catch (e) {
      if (!isUserError(e)) throw e;
      failed++;
      console.error(e.message);
    }
  }
  if (written === 0) {
    console.error('ingest: nothing written');
    return 1;
  }
  return failed ? 1 : 0;
}

runCli('ingest', main);

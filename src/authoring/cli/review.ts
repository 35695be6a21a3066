// `npm run --silent review [-- <report-id> …]`: walks the figures no curator
// has decided, report by report, riskiest first. Each shows its sentence,
// the labels the machine proposes and the words that decided them; one line
// decides it (Enter confirms; src/authoring/review/commands.ts has the rest)
// and is written to data/curation.csv at once, with what the machine had
// proposed. Reads commands from a pipe too, so a review can be scripted.
//   --decisions <file>   apply lines "<report> <offset|#f-n> <command>" from a file
//   --list | --csv       print the queue instead of asking
//   --disagreements      verified figures the current rules would label otherwise
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { datasetDirs, loadDataset } from '../../pipeline/dataset.ts';
import { labelsOf } from '../../pipeline/curation/apply.ts';
import { decisionOf } from '../../pipeline/curation/decisions.ts';
import { TableError } from '../../pipeline/tables/read-table.ts';
import type { Dataset, Figure } from '../../pipeline/types.ts';
import { reviewQueue, type ReviewItem } from '../review/figure-review.ts';
import { parseAddition, parseCommand } from '../review/commands.ts';
import { decisionRow, readCurationRows, writeCurationRows, type CurationRow } from '../review/curation-file.ts';
import { InputError, readInput, runCli } from './input.ts';

const HELP =
  'Enter/y confirm · c field=value … correct · o … # why  verified, not the series value · n # why  reject · d #f-n  same fact as · s skip · q quit';

function describe(ds: Dataset, item: ReviewItem, position: string): string {
  const f = item.figure;
  const name = (list: readonly { id: string; name_zh: string }[], id: string | null) =>
    id ? `${list.find((d) => d.id === id)?.name_zh ?? '?'} ${id}` : '-';
  const at = f.sentence.indexOf(f.raw);
  const quote = at >= 0 ? `${f.sentence.slice(0, at)}【${f.raw}】${f.sentence.slice(at + f.raw.length)}` : f.sentence;
  const same = (ds.index.figuresByReport.get(f.report) ?? []).filter(
    (g) => g !== f && !g.masked && g.value === f.value && g.unit === f.unit,
  );
  return [
    `\n${f.report}  #f-${f.n} at ${f.start}  (${position}${item.reasons.length ? `; ${item.reasons.join(', ')}` : ''})`,
    `  «${quote}»`,
    `  proposed: ${f.kind} · ${name(ds.indicators, f.indicator)} · ${name(ds.measures, f.measure)}${f.measure_basis.length ? ` [${f.measure_basis.join('/')}]` : ''} · scope ${f.scope ?? '-'} · period ${f.period || '-'} · ${f.masked ? `${f.raw} (masked)` : `${f.value} ${f.unit}`}`,
    `  label: ${f.label || '-'}  series: ${f.series ?? '-'}`,
    ...same.map((g) => `  same value: #f-${g.n} at ${g.start} «${g.sentence.slice(0, 40)}»`),
  ].join('\n');
}

function rowFor(f: Figure, command: ReturnType<typeof parseCommand>, today: string): CurationRow | null {
  if (command.type !== 'decide') return null;
  return decisionRow({
    report: f.report,
    offset: f.start,
    raw: f.raw,
    status: command.status,
    labels: command.labels,
    inSeries: command.inSeries,
    sameAs: command.sameAs,
    note: command.note,
    proposed: labelsOf(f),
    reviewed: today,
  });
}

interface Session {
  ds: Dataset;
  file: string;
  rows: CurationRow[];
  today: string;
  decided: number;
  /** Per report: ms from its first figure shown to its last decision. */
  time: Map<string, { start: number; end: number; decided: number }>;
}

/** Writes a decision, checked first as the build will check it (a measure that does not fit the unit, an unknown id). */
function record(s: Session, f: Figure, row: CurationRow): void {
  try {
    decisionOf(0, row, s.file, s.ds);
  } catch (e) {
    if (e instanceof TableError)
      throw new InputError(
        `${f.report} at ${row.offset}`,
        `${e.field ?? ''}: ${e.message.replace(/^.*?: field "[^"]*": /, '')}`,
      );
    throw e;
  }
  writeCurationRows(s.file, s.rows, [row]);
  s.rows = readCurationRows(s.file);
  s.decided += 1;
  const t = s.time.get(f.report);
  if (t) Object.assign(t, { end: performance.now(), decided: t.decided + 1 });
}

async function interactive(s: Session, items: ReviewItem[]): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  if (process.stdin.isTTY) console.log(HELP);
  for (const [i, item] of items.entries()) {
    const f = item.figure;
    if (!s.time.has(f.report)) s.time.set(f.report, { start: performance.now(), end: performance.now(), decided: 0 });
    console.log(describe(s.ds, item, `${i + 1} of ${items.length}`));
    for (;;) {
      process.stdout.write('> ');
      const next = await lines.next();
      const line = next.done ? 'q' : next.value;
      const command = parseCommand(line, labelsOf(f), s.ds.index.figuresByReport.get(f.report) ?? [], s.ds);
      if (command.type === 'error') {
        console.log(`  ${command.message}\n  ${HELP}`);
        continue;
      }
      if (command.type === 'quit') return rl.close();
      const row = rowFor(f, command, s.today);
      try {
        if (row) record(s, f, row);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        console.log(`  ${e.message}`);
        continue;
      }
      break;
    }
  }
  rl.close();
}

/** Lines "<report> <offset|#f-n> <command>" of a batch file, each decided as at the prompt; a bad line stops at file:line. */
function batch(s: Session, path: string): void {
  const text = new TextDecoder().decode(readInput(path));
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    const [report, at, ...rest] = line.split(/\s+/);
    const figures = s.ds.index.figuresByReport.get(report ?? '') ?? [];
    const n = /^#?f-(\d+)$/.exec(at ?? '');
    const f = figures.find((g) => (n ? g.n === Number(n[1]) : g.start === Number(at)));
    if (rest[0] === 'a') {
      const body = s.ds.index.reportById.get(report ?? '')?.body;
      const add = parseAddition(rest.join(' '), s.ds);
      if (add.type !== 'add')
        throw new InputError(`${path}:${i + 1}`, add.type === 'error' ? add.message : 'not an addition');
      if (!body || !/^\d+$/.test(at ?? '') || body.slice(Number(at), Number(at) + add.raw.length) !== add.raw)
        throw new InputError(`${path}:${i + 1}`, `report "${report}" does not read "${add.raw}" at ${at}`);
      if (f)
        throw new InputError(`${path}:${i + 1}`, `the rules find a figure at ${at}: decide it instead of adding it`);
      record(
        s,
        { report: report as string } as Figure,
        decisionRow({
          report: report as string,
          offset: Number(at),
          raw: add.raw,
          status: 'verified',
          labels: add.labels,
          inSeries: add.inSeries,
          note: add.note,
          proposed: null,
          reviewed: s.today,
        }),
      );
      return;
    }
    if (!f) throw new InputError(`${path}:${i + 1}`, `no figure ${at} in report "${report}"`);
    const command = parseCommand(rest.join(' '), labelsOf(f), figures, s.ds);
    if (command.type === 'error') throw new InputError(`${path}:${i + 1}`, command.message);
    const row = rowFor(f, command, s.today);
    if (row) {
      if (!s.time.has(f.report)) s.time.set(f.report, { start: performance.now(), end: performance.now(), decided: 0 });
      try {
        record(s, f, row);
      } catch (e) {
        throw e instanceof InputError ? new InputError(`${path}:${i + 1}`, e.message) : e;
      }
    }
  });
}

function printQueue(ds: Dataset, items: ReviewItem[], asCsv: boolean): void {
  if (asCsv) {
    const fields = [
      'report',
      'anchor',
      'offset',
      'raw',
      'kind',
      'indicator',
      'measure',
      'scope',
      'period',
      'reasons',
      'sentence',
    ];
    const data = items.map(({ figure: f, reasons }) => [
      f.report,
      `#f-${f.n}`,
      f.start,
      f.raw,
      f.kind,
      f.indicator ?? '',
      f.measure ?? '',
      f.scope ?? '',
      f.period,
      reasons.join('|'),
      f.sentence,
    ]);
    process.stdout.write(`${Papa.unparse({ fields, data }, { newline: '\n' })}\n`);
    return;
  }
  items.forEach((item, i) => console.log(describe(ds, item, `${i + 1} of ${items.length}`)));
  console.log(`\n${items.length} figures not yet decided (of ${ds.figures.length})`);
}

function printDisagreements(ds: Dataset): void {
  for (const d of ds.disagreements) {
    const what = d.missing
      ? 'the rules no longer find it'
      : Object.entries(d.fields)
          .map(([k, [rules, verified]]) => `${k}: rules say "${rules}", verified "${verified}"`)
          .join('; ');
    console.log(`${d.report} at ${d.offset} (${d.figure}): ${what}`);
  }
  console.log(`${ds.disagreements.length} verified figures the current rules would label otherwise`);
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.includes(name);
  const decisionsAt = argv.indexOf('--decisions');
  const only = argv.filter((a, i) => !a.startsWith('-') && i !== decisionsAt + 1);
  const dirs = datasetDirs(process.env);
  const ds = loadDataset(dirs);
  const unknown = only.filter((id) => !ds.index.reportById.has(id));
  if (unknown.length) throw new InputError(dirs.contentDir, `no report ${unknown.map((u) => `"${u}"`).join(', ')}`);
  if (flag('--disagreements')) {
    printDisagreements(ds);
    return 0;
  }
  const decided = new Set(ds.reviews.map((r) => `${r.report}@${r.offset}`));
  const reports = only.length ? ds.reports.filter((r) => only.includes(r.meta.id)) : ds.reports;
  const items = reviewQueue(reports, ds.index.figuresByReport, ds.indicators, decided);
  if (flag('--list') || flag('--csv')) {
    printQueue(ds, items, flag('--csv'));
    return 0;
  }
  const file = join(dirs.dataDir, 'curation.csv');
  const session: Session = {
    ds,
    file,
    rows: readCurationRows(file),
    today: new Date().toISOString().slice(0, 10),
    decided: 0,
    time: new Map(),
  };
  if (decisionsAt >= 0) {
    const path = argv[decisionsAt + 1];
    if (!path) throw new InputError('--decisions', 'name the file of decisions');
    batch(session, path);
  } else await interactive(session, items);
  for (const [report, t] of session.time)
    if (t.decided) console.log(`${report}: ${t.decided} decided in ${((t.end - t.start) / 1000).toFixed(0)} s`);
  const open = reviewQueue(
    reports,
    loadDataset(dirs).index.figuresByReport,
    ds.indicators,
    new Set(readCurationRows(file).map((r) => `${r.report}@${r.offset}`)),
  );
  console.log(`${session.decided} decision(s) written to ${file}; ${open.length} figure(s) left to decide`);
  return 0;
}

runCli('review', () => main(process.argv.slice(2)));

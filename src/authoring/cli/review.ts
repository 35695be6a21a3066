// `npm run --silent review [-- <report-id> …] [-- --csv]`: the figures whose
// indicator or measure a weak rule decided (src/authoring/review/figure-review.ts),
// each with its report, #f-n anchor, sentence and a data/curation.csv row to
// start from. --csv writes the list as CSV instead.
import Papa from 'papaparse';
import { datasetDirs, loadDataset } from '../../pipeline/dataset.ts';
import { reviewList } from '../review/figure-review.ts';
import { runCli } from './input.ts';

function main(argv: string[]): number {
  const csv = argv.includes('--csv');
  const only = argv.filter((a) => !a.startsWith('-'));
  const ds = loadDataset(datasetDirs(process.env));
  const unknown = only.filter((id) => !ds.reports.some((r) => r.meta.id === id));
  if (unknown.length) {
    process.stderr.write(`review: no report ${unknown.map((u) => `"${u}"`).join(', ')} in content/reports\n`);
    return 2;
  }
  const figures = only.length ? ds.figures.filter((f) => only.includes(f.report)) : ds.figures;
  const items = reviewList(figures, ds.indicators, ds.curation);
  if (csv) {
    const fields = [
      'report',
      'anchor',
      'offset',
      'raw',
      'kind',
      'indicator',
      'label',
      'measure',
      'measure_basis',
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
      f.label,
      f.measure ?? '',
      f.measure_basis.join('|'),
      reasons.join('|'),
      f.sentence,
    ]);
    process.stdout.write(Papa.unparse({ fields, data }, { newline: '\n' }) + '\n');
    return 0;
  }
  let report = '';
  for (const { figure: f, reasons } of items) {
    if (f.report !== report) {
      report = f.report;
      process.stdout.write(`\n${report}  (/reports/${report}/)\n`);
    }
    const basis = f.measure_basis.length ? ` [${f.measure_basis.join('/')}]` : '';
    process.stdout.write(
      `  #f-${f.n}  ${f.raw}  ${f.kind}  indicator=${f.indicator ?? '-'} label=${f.label || '-'}  measure=${f.measure}${basis}  (${reasons.join(', ')})\n`,
    );
    process.stdout.write(`      «${f.sentence}»\n`);
    // A row to start from for each field in doubt (data/curation.csv: report,offset,action,field,value,note).
    if (reasons.includes('measure-default'))
      process.stdout.write(`      curation: ${f.report},${f.start},correct,measure,${f.measure ?? ''},<why>\n`);
    if (reasons.some((r) => r.startsWith('indicator')))
      process.stdout.write(`      curation: ${f.report},${f.start},correct,indicator,${f.indicator ?? ''},<why>\n`);
  }
  process.stdout.write(
    `\n${items.length} of ${figures.length} figures to review (measure defaulted, indicator missing or taken from context)\n`,
  );
  return 0;
}

runCli('review', () => main(process.argv.slice(2)));

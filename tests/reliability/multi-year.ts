// Several years for one region, which the real corpus does not have yet (every
// region has one report): copies of real reports moved to other years, each
// year in its text and frontmatter shifted alike (offsets kept: a year is four
// digits either way) and each verified series value changed digit by digit
// (a length-keeping map, once per year moved: 183家 becomes 294家, then 305家), with the curators' rows
// copied to match. 新沂 gets 2021 and 2022 beside its 2023 report, 宁波
// (约2012) a reliably dated 2014: a series view draws their lines.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export const MULTI_YEAR_COPIES = [
  { from: 'xinyi-2023-summary', shift: -2 },
  { from: 'xinyi-2023-summary', shift: -1 },
  { from: 'ningbo-2012-summary', shift: 2 },
] as const;

/** The id a copy publishes under: its source's id with the year shifted. */
export const copyId = (from: string, shift: number) => shiftYears(from, shift);

/** Every year 2000–2025 in `s` moved by `shift` years (four digits stay four). */
function shiftYears(s: string, shift: number): string {
  return s.replace(/(?<!\d)20(?:[01]\d|2[0-5])(?!\d)/g, (y) => String(Number(y) + shift));
}

/** 0→1 … 8→9, 9→8: a different number of the same length and no leading zero. */
const changeDigit = (s: string) => s.replace(/\d/g, (d) => (d === '9' ? '8' : String(Number(d) + 1)));
/** Changed once per year moved, so each copy's values differ from the others'. */
const changeDigits = (s: string, times: number): string => (times > 0 ? changeDigits(changeDigit(s), times - 1) : s);

function splitReport(text: string): { head: string; body: string } {
  const end = text.indexOf('\n---\n', 4);
  return { head: text.slice(0, end + 5), body: text.slice(end + 5) };
}

/** A row of data/curation.csv: the columns this fixture reads, and the rest copied as they are. */
interface CurationRow {
  report: string;
  offset: string;
  raw: string;
  period: string;
  proposed_period: string;
  [column: string]: string;
}

/** Writes the copies into the fixture's corpus folder and their curation rows into its data folder. */
export function writeMultiYearReports(contentDir: string, dataDir: string): string[] {
  const curationPath = join(dataDir, 'curation.csv');
  const curation = Papa.parse<CurationRow>(readFileSync(curationPath, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const columns = curation.meta.fields!;
  const ids: string[] = [];
  const added: Record<string, string>[] = [];
  for (const { from, shift } of MULTI_YEAR_COPIES) {
    const id = copyId(from, shift);
    const { head, body } = splitReport(readFileSync(join('content/reports', `${from}.md`), 'utf8'));
    let text = shiftYears(body, shift);
    for (const row of curation.data.filter((r) => r.report === from)) {
      const raw = shiftYears(row.raw, shift);
      const copy: Record<string, string> = { ...row, report: id, raw, period: shiftYears(row.period, shift) };
      copy.proposed_period = shiftYears(row.proposed_period, shift);
      const at = Number(row.offset);
      // A verified series value whose value is written in it changes; the rest stays as written.
      if (row.status === 'verified' && row.in_series === 'yes' && row.value && raw.includes(row.value)) {
        if (text.slice(at, at + raw.length) !== raw)
          throw new Error(`${from}@${at}: “${raw}” is not in the text there`);
        const changed = changeDigits(raw, Math.abs(shift));
        text = text.slice(0, at) + changed + text.slice(at + raw.length);
        Object.assign(copy, {
          raw: changed,
          value: changeDigits(row.value, Math.abs(shift)),
          proposed_value:
            row.proposed_value === row.value ? changeDigits(row.value, Math.abs(shift)) : row.proposed_value,
        });
      }
      added.push(copy);
    }
    let meta = shiftYears(head, shift).replace(/^id: .*$/m, `id: ${id}`);
    // The copy's year is the one it is moved to, stated: 宁波's 约2012 becomes a reliable 2014.
    meta = meta.replace(/^year_reliable: false$/m, 'year_reliable: true');
    writeFileSync(join(contentDir, `${id}.md`), meta + text);
    ids.push(id);
  }
  const lines = Papa.unparse(added, { columns, header: false, newline: '\n' });
  const existing = readFileSync(curationPath, 'utf8');
  appendFileSync(curationPath, `${existing.endsWith('\n') ? '' : '\n'}${lines}\n`);
  return ids;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { loadLexicons } from '../lexicons.ts';
import { extractFigures } from '../figures/extract.ts';
import { numberFigures } from '../published.ts';
import { CURATION_COLUMNS, loadDecisions } from './decisions.ts';
import { applyDecisions, withDecidedFigures } from './apply.ts';

const LEX = loadLexicons('data');
const dir = mkdtempSync(join(tmpdir(), 'curation-'));
const HEADER = CURATION_COLUMNS.join(',');
/** A row of curation.csv from the fields given (the rest empty). */
const row = (fields: Partial<Record<(typeof CURATION_COLUMNS)[number], string>>) =>
  CURATION_COLUMNS.map((c) => {
    const v = fields[c] ?? '';
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(',');
function file(name: string, ...rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...rows].join('\n')}\n`);
  return path;
}

const verified = {
  report: 'r',
  offset: '4',
  raw: '44家',
  status: 'verified',
  value: '44',
  unit: '家',
  kind: 'actual',
  indicator: 'high_tech_enterprises',
  measure: 'stock',
  in_series: 'yes',
};

describe('loadDecisions', () => {
  it('reads a verified row with its labels, and what the machine proposed', () => {
    const path = file(
      'ok.csv',
      row({
        ...verified,
        proposed_kind: 'actual',
        proposed_value: '44',
        proposed_unit: '家',
        proposed_measure: 'new',
        reviewed: '2026-12-07',
      }),
    );
    const [d] = loadDecisions(path, LEX);
    expect(d).toMatchObject({
      line: 2,
      status: 'verified',
      labels: {
        value: 44,
        unit: '家',
        kind: 'actual',
        indicator: 'high_tech_enterprises',
        measure: 'stock',
        scope: null,
        period: '',
      },
      inSeries: true,
      proposed: { measure: 'new' },
    });
  });

  it.each([
    ['an unknown status', { status: 'approved' }, 'status', /not one of verified, rejected, duplicate/],
    ['a value in hex', { value: '0x1F' }, 'value', /not a decimal number/],
    ['a value in exponent form', { value: '1e1' }, 'value', /not a decimal number/],
    ['an id the lexicon lacks', { indicator: 'unicorns' }, 'indicator', /not an id of data\/indicators\.csv/],
    ['a rate on a count', { measure: 'rate' }, 'measure', /applies to percent figures, not to count \(家\)/],
    [
      'a rank on money',
      { unit: '万元', measure: 'rank', kind: 'actual', value: '814.37' },
      'measure',
      /applies to rank figures, not to money|not to money/,
    ],
    [
      'a verified row without labels',
      { value: '', unit: '', kind: '', indicator: '', measure: '' },
      'kind',
      /records the labels/,
    ],
    [
      'a rejected row without a note',
      { status: 'rejected', value: '', unit: '', kind: '', indicator: '', measure: '', in_series: '' },
      'note',
      /say why/,
    ],
    [
      'a duplicate naming nothing',
      { status: 'duplicate', value: '', unit: '', kind: '', indicator: '', measure: '', in_series: '', note: 'twice' },
      'same_as',
      /names the offset/,
    ],
    ['a control character in a note', { note: 'bad\u0007note' }, 'note', /control or invisible/],
  ])('refuses %s at its line and field', (_what, over, field, message) => {
    const path = file(`bad-${field}.csv`, row({ ...verified, offset: '1', raw: '1项' }), row({ ...verified, ...over }));
    expect(() => loadDecisions(path, LEX)).toThrow(`:3: field "${field}"`);
    expect(() => loadDecisions(path, LEX)).toThrow(message);
  });

  it('refuses a figure decided twice, naming the first line', () => {
    const path = file('twice.csv', row(verified), row({ ...verified, measure: 'new' }));
    expect(() => loadDecisions(path, LEX)).toThrow(/:3: field "offset": r at 4 is already decided on line 2/);
  });
});

describe('applying decisions', () => {
  const body = '全市共有高新技术企业44家，其中新认定7家。高新技术企业44家……申报58家。\n\n发布2020年度文件3项。';
  const extracted = extractFigures(body, 'r', LEX);
  const at = (raw: string, from = 0) => body.indexOf(raw, from);
  const decide = (...rows: string[]) => {
    const decisions = loadDecisions(file(`d${rows.length}-${rows[0]?.length}.csv`, ...rows), LEX);
    const decided = withDecidedFigures(extracted, decisions, new Map([['r', body]]), 'curation.csv');
    return applyDecisions(numberFigures(decided.figures, []), decisions, decided.missing, LEX, 'curation.csv');
  };

  it('a verified figure takes the curator labels, whatever the rules say, the rest stay machine, and the difference is listed', () => {
    const machine = extracted.find((g) => g.start === at('44家'));
    assert(machine, 'the figure is found');
    const { figures, disagreements } = decide(
      row({
        ...verified,
        offset: String(at('44家')),
        raw: '44家',
        measure: 'new',
        note: 'test: not what the rules say',
      }),
    );
    const f = figures.find((g) => g.start === at('44家'));
    assert(f, 'the figure is found');
    expect(f).toMatchObject({ review: 'verified', measure: 'new', series: 'high_tech_enterprises|new|-|actual|count' });
    expect(figures.filter((g) => g !== f).every((g) => g.review === 'machine')).toBe(true);
    expect(disagreements).toEqual([
      expect.objectContaining({
        offset: f.start,
        missing: false,
        fields: expect.objectContaining({ measure: [machine.measure, 'new'] }),
      }),
    ]);
  });

  it('a duplicate is the second source of the figure it repeats; a rejected figure leaves', () => {
    const second = at('44家', at('44家') + 1);
    const { figures } = decide(
      row({ ...verified, offset: String(at('44家')), raw: '44家' }),
      row({
        report: 'r',
        offset: String(second),
        raw: '44家',
        status: 'duplicate',
        same_as: String(at('44家')),
        note: 'said twice',
      }),
      row({
        report: 'r',
        offset: String(at('3项')),
        raw: '3项',
        status: 'rejected',
        note: 'a count of documents, not a figure of S&T work',
      }),
    );
    const primary = figures.find((g) => g.start === at('44家'));
    assert(primary, 'the figure is found');
    const dup = figures.find((g) => g.start === second);
    assert(dup, 'the figure is found');
    expect(dup.same_as).toBe(primary.id);
    expect(primary.also).toEqual([{ n: dup.n, sentence_n: dup.sentence_n }]);
    // The repeat says what the verified statement says, whatever the rules read in its own sentence.
    expect(dup).toMatchObject({ measure: 'stock', indicator: 'high_tech_enterprises', series: primary.series });
    expect(dup.in_series).toBe(false);
    expect(figures.some((g) => g.raw === '3项')).toBe(false);
  });

  it('publishes a verified figure the rules no longer find, and says the rules lost it', () => {
    const lost = extracted.filter((f) => f.raw !== '58家');
    const decisions = loadDecisions(
      file('lost.csv', row({ ...verified, offset: String(at('58家')), raw: '58家', value: '58', measure: 'applied' })),
      LEX,
    );
    const decided = withDecidedFigures(lost, decisions, new Map([['r', body]]), 'curation.csv');
    const { figures, disagreements } = applyDecisions(
      numberFigures(decided.figures, []),
      decisions,
      decided.missing,
      LEX,
      'c.csv',
    );
    const f = figures.find((g) => g.start === at('58家'));
    assert(f, 'the figure is found');
    expect(f).toMatchObject({
      review: 'verified',
      value: 58,
      measure: 'applied',
      sentence: '高新技术企业44家……申报58家。',
    });
    expect(disagreements).toEqual([expect.objectContaining({ offset: at('58家'), missing: true })]);
  });

  it('fails at the decision line when the text at its offset changed, or a duplicate repeats nothing', () => {
    expect(() => decide(row({ ...verified, offset: String(at('44家') + 1), raw: '44家' }))).toThrow(
      /curation\.csv:2: field "offset": r does not read "44家" at/,
    );
    expect(() =>
      decide(row({ report: 'r', offset: String(at('7家')), raw: '7家', status: 'duplicate', same_as: '0', note: 'x' })),
    ).toThrow(/field "same_as": no figure of r to repeat at 0/);
  });
});

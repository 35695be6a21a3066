import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { toCsv, toJson } from './serialise.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines in Chinese sentences so they survive a round trip', () => {
    const rows = [
      { id: 'a', sentence: '申报国家高企108家,认定通过86家', n: 1 },
      { id: 'b', sentence: '荣获“科创之星”称号，"优秀"等次', n: 2 },
      { id: 'c', sentence: '第一行\n第二行', n: 3 },
    ];
    const csv = toCsv(rows, ['id', 'sentence', 'n']);
    expect(csv).toBe(
      'id,sentence,n\n' +
        'a,"申报国家高企108家,认定通过86家",1\n' +
        'b,"荣获“科创之星”称号，""优秀""等次",2\n' +
        'c,"第一行\n第二行",3\n',
    );
    const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
    expect(parsed.data.map((r) => r.sentence)).toEqual(rows.map((r) => r.sentence));
  });

  it('starts with the header, no byte-order mark (d3 names the first column right), plain cells unquoted, column order kept', () => {
    const csv = toCsv([{ b: '乙', a: '甲' }], ['a', 'b']);
    expect(csv).toBe('a,b\n甲,乙\n');
    expect(csvParse(csv).columns).toEqual(['a', 'b']);
    expect(csvParse(csv)[0]?.a).toBe('甲');
  });

  it('keeps hostile cells to one cell each: quotes, commas, CR, LF and CRLF inside, a formula start outside text', () => {
    const hostile = [
      'a "quoted", value',
      'line\nbreak',
      'cr\rhere',
      'crlf\r\nhere',
      '=HYPERLINK("http://x")',
      '@SUM(1)',
    ];
    const csv = toCsv(
      hostile.map((title, i) => ({ id: i, title })),
      ['id', 'title'],
    );
    const rows = csvParse(csv);
    expect(rows).toHaveLength(hostile.length);
    expect(rows.map((r) => r.title)).toEqual(hostile.map((h) => (/^[=@]/.test(h) ? `'${h}` : h)));
  });

  it('refuses a list value holding the separator, naming the column', () => {
    expect(() => toCsv([{ notes: ['a|b'] }], ['notes'])).toThrow(/column "notes".*"a\|b"/);
  });

  it('keeps a cell that starts like a formula from running in a spreadsheet; numbers stay numbers', () => {
    const csv = toCsv([{ label: '-研发投入', f: '=1+1', n: -5 }], ['label', 'f', 'n']);
    expect(csv).toBe(`label,f,n\n'-研发投入,'=1+1,-5\n`);
  });

  it('publishes the report’s own words unchanged and quoted, formula-like or not, so text = body.slice(start, end)', () => {
    const rows = [{ text: '-研发投入增长5%', raw: '+5%', sentence: '=SUM(A1)', start: 0 }];
    const csv = toCsv(rows, ['text', 'raw', 'sentence', 'start']);
    expect(csv).toBe(`text,raw,sentence,start\n"-研发投入增长5%","+5%","=SUM(A1)",0\n`);
    expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0]?.text).toBe(rows[0]?.text);
  });

  it('writes null and missing as empty, booleans and numbers as themselves, lists joined by |', () => {
    const csv = toCsv(
      [{ value: null, masked: true, share: 0.35, years: [2022, 2023], x: Number.NaN }],
      ['value', 'masked', 'share', 'years', 'x', 'absent'],
    );
    expect(csv).toBe(`value,masked,share,years,x,absent\n,true,0.35,2022|2023,,\n`);
  });

  it('writes just the header for no rows', () => {
    expect(toCsv([], ['id', 'title'])).toBe(`id,title\n`);
  });
});

describe('toJson', () => {
  it('is compact with keys sorted at every level, whatever order they were built in', () => {
    const one = toJson([{ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } }]);
    const two = toJson([{ a: { c: null, d: [{ y: 2, z: 1 }] }, b: 1 }]);
    expect(one).toBe('[{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}]');
    expect(two).toBe(one);
  });

  it('drops undefined keys and keeps Chinese text as is', () => {
    expect(toJson({ title: '科技局', missing: undefined })).toBe('{"title":"科技局"}');
  });
});

describe('toCsv edge cases', () => {
  it('keeps a last row whose only cell is empty', () => {
    expect(toCsv([{ a: 'x' }, { a: '' }], ['a'])).toBe(`a\nx\n""\n`);
  });
});

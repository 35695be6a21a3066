import { afterEach, assert, describe, expect, it, vi } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { toXlsx } from './xlsx.ts';
import type { FieldDef } from './tables.ts';

const fields: FieldDef[] = [
  { name: 'region_code', type: 'string', description: 'a code' },
  { name: 'value', type: 'number', description: 'a number' },
  { name: 'masked', type: 'boolean', description: 'a boolean' },
  { name: 'years', type: 'integer', list: true, description: 'a list' },
  { name: 'raw', type: 'string', description: 'words' },
  { name: 'published', type: 'date', description: 'a date' },
];
const rows = [
  { region_code: '340800', value: 138.3, masked: false, years: [2022, 2023], raw: '138.3%', published: '2024-08-05' },
  { region_code: null, value: null, masked: true, years: [], raw: '=HYPERLINK("http://x","y")', published: null },
];

afterEach(() => {
  vi.useRealTimers();
});

describe('toXlsx', () => {
  it('types each cell from its column: codes, percentages, dates and formula-like words stay text', async () => {
    const sheet = await readSheet(Buffer.from(await toXlsx(rows, fields, { sheet: 'figures', date: '2026-12-04' })));
    expect(sheet[0]).toEqual(fields.map((f) => f.name));
    expect(sheet[1]).toEqual(['340800', 138.3, false, '2022|2023', '138.3%', '2024-08-05']);
    expect(sheet[2]).toEqual([null, null, true, null, '=HYPERLINK("http://x","y")', null]);
  });

  it('writes no formula: a text cell that starts with = is a string cell', async () => {
    const files = unzipSync(await toXlsx(rows, fields, { sheet: 'figures', date: '2026-12-04' }));
    const sheet = files['xl/worksheets/sheet1.xml'];
    assert(sheet, 'the workbook has its sheet');
    const sheetXml = strFromU8(sheet);
    expect(sheetXml).not.toContain('<f>');
  });

  it('gives the same bytes whatever the clock says (zip entries dated by the release)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const one = await toXlsx(rows, fields, { sheet: 'figures', date: '2026-12-04' });
    vi.setSystemTime(new Date('2031-06-07T23:59:00Z'));
    const two = await toXlsx(rows, fields, { sheet: 'figures', date: '2026-12-04' });
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
  });
});

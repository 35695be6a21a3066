// The one table reader: line ends, line numbers, one error format.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseTable } from './read-table.ts';

const schema = z.object({ code: z.string().regex(/^\d{6}$/, 'not a code'), name: z.string().min(1, 'is empty') });

describe('parseTable', () => {
  it('reads LF, CRLF and a mix of both alike: no "\\r" in the last column', () => {
    const lf = parseTable('code,name\n320000,江苏省\n320300,徐州市\n', 't.csv', schema);
    const mixed = parseTable('code,name\n320000,江苏省\r\n320300,徐州市\r\n', 't.csv', schema);
    const cr = parseTable('\uFEFFcode,name\r\n320000,江苏省\r\n320300,徐州市', 't.csv', schema);
    expect(mixed).toEqual(lf);
    expect(cr).toEqual(lf);
    expect(lf.map((r) => r.row.name)).toEqual(['江苏省', '徐州市']);
  });

  it('numbers rows by their line, blank lines and quoted line breaks included', () => {
    const rows = parseTable('code,name\n\n320000,"江苏\n省"\n320300,徐州市\n', 't.csv', schema);
    expect(rows.map((r) => r.line)).toEqual([3, 5]);
  });

  it('names file, line and field of a bad cell, without a stack in the message', () => {
    expect(() => parseTable('code,name\n320000,江苏省\r\n32030,徐州市\n', 'd/t.csv', schema)).toThrow(
      'd/t.csv:3: field "code": not a code',
    );
    expect(() => parseTable('code,name\n320000,\n', 'd/t.csv', schema)).toThrow('d/t.csv:2: field "name": is empty');
  });

  it('refuses a missing column, an unterminated quote and a short row with their lines', () => {
    expect(() => parseTable('code\n320000\n', 'd/t.csv', schema)).toThrow(
      'd/t.csv:1: header is "code", expected "code,name"',
    );
    expect(() => parseTable('code,name\n320000,"江苏省\n', 'd/t.csv', schema)).toThrow(/^d\/t\.csv:2: .*[Qq]uote/);
    expect(() => parseTable('code,name\n320000,a\n320300\n', 'd/t.csv', schema)).toThrow(
      'd/t.csv:3: 1 fields, expected 2',
    );
  });

  it('ignores extra columns only when asked', () => {
    expect(() => parseTable('code,name,x\n320000,a,1\n', 't.csv', schema)).toThrow(/header/);
    expect(parseTable('code,name,x\n320000,a,1\n', 't.csv', schema, { extraColumns: true })[0]?.row).toEqual({
      code: '320000',
      name: 'a',
    });
  });
});

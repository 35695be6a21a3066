import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../pipeline/lexicons.ts';
import type { FigureLabels } from '../../pipeline/curation/decisions.ts';
import type { Figure } from '../../pipeline/types.ts';
import { parseCommand } from './commands.ts';

const LEX = loadLexicons('data');
const proposed: FigureLabels = {
  value: 44,
  unit: '家',
  kind: 'actual',
  indicator: 'high_tech_enterprises',
  measure: 'new',
  scope: null,
  period: '',
  rank_of: null,
  rank_among: null,
};
const figures = [
  { n: 3, start: 120 },
  { n: 5, start: 180 },
] as Figure[];
const parse = (line: string) => parseCommand(line, proposed, figures, LEX);

describe('review commands', () => {
  it('Enter or y confirms the proposed labels', () => {
    for (const line of ['', 'y'])
      expect(parse(line)).toMatchObject({ type: 'decide', status: 'verified', labels: proposed, inSeries: true });
  });

  it('c corrects fields against the lexicons, keeping the rest', () => {
    expect(parse('c measure=stock scope=provincial # 共有: held')).toMatchObject({
      status: 'verified',
      labels: { ...proposed, measure: 'stock', scope: 'provincial' },
      note: '共有: held',
    });
    expect(parse('c indicator=- period=2023年')).toMatchObject({ labels: { indicator: null, period: '2023年' } });
    expect(parse('c measure=stocks')).toEqual({
      type: 'error',
      message: 'measure "stocks" is not an id of data/measures.csv',
    });
    expect(parse('c value=0x1F')).toMatchObject({ type: 'error', message: expect.stringMatching(/not a decimal/) });
    expect(parse('c colour=red')).toMatchObject({ type: 'error' });
  });

  it('o verifies a figure that is not its series value, and says why', () => {
    expect(parse('o # one programme of several')).toMatchObject({ status: 'verified', inSeries: false });
    expect(parse('o')).toMatchObject({ type: 'error' });
  });

  it('n rejects with a reason; d names the figure repeated, by anchor or offset', () => {
    expect(parse('n # a date')).toMatchObject({ status: 'rejected', labels: null, note: 'a date' });
    expect(parse('n')).toMatchObject({ type: 'error' });
    expect(parse('d #f-5')).toMatchObject({ status: 'duplicate', sameAs: 180 });
    expect(parse('d 120 # said again in the summary')).toMatchObject({
      sameAs: 120,
      note: 'said again in the summary',
    });
    expect(parse('d #f-9')).toMatchObject({ type: 'error' });
  });

  it('s skips, q quits, anything else is explained', () => {
    expect(parse('s')).toEqual({ type: 'skip' });
    expect(parse('q')).toEqual({ type: 'quit' });
    expect(parse('ok')).toMatchObject({ type: 'error', message: expect.stringContaining('y, c, o, n, d, s or q') });
  });
});

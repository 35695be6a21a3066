import { describe, expect, it } from 'vitest';
import { roomyTicks } from './series-value.ts';

describe('roomyTicks', () => {
  const label = (yr: number) => (yr < 2013 ? `约${yr}` : String(yr));
  const years = [2011, 2012, 2014, 2021, 2022, 2023];
  const domain: [number, number] = [2010.7, 2023.3];

  it('keeps every year where the axis has room for every label', () => {
    expect(roomyTicks(years, label, domain, 700)).toEqual(years);
  });

  it('on a phone, drops the years whose labels would touch, and always keeps the last', () => {
    // A year is 20 px wide here: 约2012 would touch 约2011, 2022 both its neighbours.
    expect(roomyTicks(years, label, domain, 250)).toEqual([2011, 2014, 2021, 2023]);
    // Narrower still (10 px a year), 2021 is kept at first, then goes for the last year, which always stays.
    expect(roomyTicks(years, label, domain, 120)).toEqual([2011, 2023]);
  });
});

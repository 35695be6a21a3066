import { describe, expect, it } from 'vitest';
import { partFor } from './report-parts.ts';

const parts = [
  {
    href: '/reports/r/2/',
    p: [[300, 599]] as [number, number][],
    s: [[900, 1800]] as [number, number][],
    f: [
      [400, 799],
      [1200, 1200],
    ] as [number, number][],
  },
  {
    href: '/reports/r/3/',
    p: [[600, 700]] as [number, number][],
    s: [] as [number, number][],
    f: [[800, 900]] as [number, number][],
  },
];

describe('partFor', () => {
  it('sends an anchor this page lacks to the page that holds it', () => {
    const none = () => false;
    expect(partFor('#p-300', parts, none)).toBe('/reports/r/2/#p-300');
    expect(partFor('#f-1200', parts, none)).toBe('/reports/r/2/#f-1200');
    expect(partFor('#f-850', parts, none)).toBe('/reports/r/3/#f-850');
    expect(partFor('#s-1000', parts, none)).toBe('/reports/r/2/#s-1000');
  });
  it('stays for an anchor on this page, one no part holds, and anything else', () => {
    expect(partFor('#p-300', parts, (id) => id === 'p-300')).toBeNull();
    expect(partFor('#p-5000', parts, () => false)).toBeNull();
    expect(partFor('#cite', parts, () => false)).toBeNull();
    expect(partFor('#p-3"><img>', parts, () => false)).toBeNull();
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstruments, loadThemes } from './lexicon.ts';

const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('the shipped lexicons', () => {
  it('has the thirteen themes of DOMAIN.md, each with keywords', () => {
    const themes = loadThemes('data/themes.csv');
    expect(themes.map((t) => t.id)).toEqual([
      'enterprise',
      'rd',
      'platforms',
      'projects',
      'talent',
      'transfer',
      'finance',
      'ip',
      'rural',
      'popularisation',
      'policy',
      'cooperation',
      'earthquake',
    ]);
    for (const t of themes) expect(t.keywords.length, t.id).toBeGreaterThanOrEqual(10);
    expect(themes.find((t) => t.id === 'rural')?.zh).toBe('农业与乡村');
  });

  it('has the Rothwell & Zegveld instruments on all three sides', () => {
    const instruments = loadInstruments('data/instruments.csv');
    const bySide = (side: string) => instruments.filter((i) => i.side === side).map((i) => i.id);
    expect(bySide('supply')).toEqual(['supply_talent', 'supply_funding', 'supply_technology', 'supply_information']);
    expect(bySide('environment')).toEqual(['env_goals', 'env_finance', 'env_tax', 'env_regulation', 'env_strategic']);
    expect(bySide('demand')).toEqual([
      'demand_procurement',
      'demand_demonstration',
      'demand_outsourcing',
      'demand_trade',
    ]);
  });
});

describe('a malformed lexicon row', () => {
  it('names the file, line and field of an unknown side', () => {
    const path = csvFile(
      'side.csv',
      'id,side,zh,en,keywords\nsupply_talent,supply,人才,Talent,人才\nenv_tax,enviroment,税收,Tax,税收\n',
    );
    expect(() => loadInstruments(path)).toThrow(`${path}:3: field "side": "enviroment" is not one of`);
  });

  it('rejects an id that does not start with its side', () => {
    const path = csvFile('prefix.csv', 'id,side,zh,en,keywords\ntax,environment,税收,Tax,税收\n');
    expect(() => loadInstruments(path)).toThrow(/:2: field "id": "tax" should start with env_/);
  });

  it('refuses a name that spans two lines (a quoted line break) at the line it starts on', () => {
    const path = csvFile(
      'multi.csv',
      'id,zh,en,keywords\nrd,研发投入,"R&D\nspending",研发投入\nip,知识产权,IP,专利||商标\n',
    );
    expect(() => loadThemes(path)).toThrow(`${path}:2: field "en": holds a line break (U+000A)`);
  });

  it('refuses an empty name, a control character in a name or keyword, and two entries named alike', () => {
    const empty = csvFile('empty-zh.csv', 'id,zh,en,keywords\nrd,"  ",R&D,研发\n');
    expect(() => loadThemes(empty)).toThrow(/empty-zh\.csv:2: field "zh": is empty/);
    const control = csvFile('control.csv', 'id,zh,en,keywords\nrd,研发\u0007投入,R&D,研发\n');
    expect(() => loadThemes(control)).toThrow(/control\.csv:2: field "zh": holds a control character U\+0007/);
    const keyword = csvFile('kw.csv', 'id,zh,en,keywords\nrd,研发投入,R&D,研发|研\u200b发\n');
    expect(() => loadThemes(keyword)).toThrow(
      /kw\.csv:2: field "keywords": "研\u200b发" holds an invisible character U\+200B/,
    );
    const alike = csvFile('alike.csv', 'id,zh,en,keywords\nrd,研发投入,R&D,研发\nip,研发投入,IP,专利\n');
    expect(() => loadThemes(alike)).toThrow(/alike\.csv:3: field "zh": "研发投入" is already the name at line 2/);
  });

  it('rejects a row with too few fields, a duplicate id and a repeated keyword', () => {
    const short = csvFile('short.csv', 'id,zh,en,keywords\nrd,研发投入,R&D\n');
    expect(() => loadThemes(short)).toThrow(/csv:2: 3 fields, expected 4/);
    const dup = csvFile('dup.csv', 'id,zh,en,keywords\nrd,研发投入,R&D,研发\nrd,研发,R&D 2,研发费\n');
    expect(() => loadThemes(dup)).toThrow(/:3: field "id": "rd" is defined twice/);
    const twice = csvFile('twice.csv', 'id,zh,en,keywords\nrd,研发投入,R&D,研发|研发\n');
    expect(() => loadThemes(twice)).toThrow(/:2: field "keywords": "研发" is listed twice/);
  });

  it('rejects a wrong header and an unterminated quote', () => {
    const header = csvFile('header.csv', 'id,name,en,keywords\n');
    expect(() => loadThemes(header)).toThrow(/csv:1: header is "id,name,en,keywords"/);
    const quote = csvFile('quote.csv', 'id,zh,en,keywords\nrd,"研发投入,R&D,研发\n');
    expect(() => loadThemes(quote)).toThrow(/csv:2: Quoted field unterminated/);
  });

  it('accepts a BOM, CRLF line ends and blank lines', () => {
    const path = csvFile('bom.csv', '\uFEFFid,zh,en,keywords\r\n\r\nrd,研发投入,R&D, 研发投入 | 研发经费 \r\n');
    expect(loadThemes(path)).toEqual([{ id: 'rd', zh: '研发投入', en: 'R&D', keywords: ['研发投入', '研发经费'] }]);
  });
});

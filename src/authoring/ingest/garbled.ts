// Mojibake runs (`確??萍加媱濏椖康…`): text mis-decoded by the host site, with
// lost bytes shown as `?`. They cannot be recovered reliably, so they are kept
// verbatim and marked 「乱码：…」. Before conversion and annotation stripping the
// runs are swapped for placeholders so nothing rewrites them.
import { itemAt } from '../../pipeline/lists.ts';
import { GARBLED_CLOSE, GARBLED_OPEN } from '../../pipeline/types.ts';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A `?` (or broken character) touching Han text starts a suspect cluster. */
const SUSPECT = /[?\ufffd]/;
/** Suspects closer than this belong to one run. */
const MAX_SPAN = 12;
/** A character this rare in the whole text is taken as part of a run. */
const RARE = 2;
const REMNANT = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[);]/;

export interface GarbledRun {
  start: number;
  end: number;
  text: string;
}

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Locates garbled runs: clusters of `?` inside Han text, plus the rare characters and pinyin remnants glued to them. */
export function findGarbledRuns(text: string): GarbledRun[] {
  const chars = [...text];
  const counts = charCounts(text);
  const runs: GarbledRun[] = [];
  // Work in code-point indices, converted to string offsets at the end.
  const offsets: number[] = [];
  let off = 0;
  for (const c of chars) {
    offsets.push(off);
    off += c.length;
  }
  offsets.push(off);
  // Like String#charAt, by code point: '' past either end.
  const charAt = (k: number) => chars[k] ?? '';
  const touchesHan = (i: number) => HAN.test(charAt(i - 1)) || HAN.test(charAt(i + 1)) || SUSPECT.test(charAt(i + 1));
  let i = 0;
  while (i < chars.length) {
    if (!SUSPECT.test(charAt(i)) || !touchesHan(i)) {
      i++;
      continue;
    }
    const start = i;
    let last = i;
    for (let j = i + 1; j < chars.length && j - last <= MAX_SPAN; j++) {
      if (chars[j] === '\n') break;
      if (SUSPECT.test(charAt(j))) last = j;
    }
    let end = last + 1;
    const remnant = REMNANT.exec(chars.slice(end, end + 8).join(''));
    if (remnant) end += [...remnant[0]].length;
    while (
      end < chars.length &&
      ((HAN.test(charAt(end)) && (counts.get(charAt(end)) ?? 0) <= RARE) || /[a-z]/.test(charAt(end)))
    )
      end++;
    runs.push({
      start: itemAt(offsets, start, 'offset'),
      end: itemAt(offsets, end, 'offset'),
      text: chars.slice(start, end).join(''),
    });
    i = end;
  }
  return runs;
}

const PLACEHOLDER = /\ue000(\d+)\ue001/g;

/** Swaps each garbled run for a placeholder no later step touches. */
export function protectGarbled(text: string): { text: string; runs: string[] } {
  const found = findGarbledRuns(text);
  let out = '';
  let at = 0;
  found.forEach((r, n) => {
    out += text.slice(at, r.start) + `\ue000${n}\ue001`;
    at = r.end;
  });
  return { text: out + text.slice(at), runs: found.map((r) => r.text) };
}

/** Puts the runs back, marked 「乱码：…」. */
export function restoreGarbled(text: string, runs: string[]): string {
  return text.replace(PLACEHOLDER, (_, n: string) => `${GARBLED_OPEN}${runs[Number(n)]}${GARBLED_CLOSE}`);
}

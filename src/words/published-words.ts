// What a retired address says: the chart a reader embedded or linked is now
// part of another (a rule or a curator moved its figures), named both ways.
import type { Bilingual } from '../core/bilingual.ts';

export function movedNote(was: Bilingual, now: Bilingual): Bilingual {
  return {
    zh: `这张图原为“${was.zh}”，其中的数字现归入“${now.zh}”。`,
    en: `This chart was “${was.en}”; its figures are now in “${now.en}”.`,
  };
}

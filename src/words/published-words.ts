// What a retired address says: the chart a reader embedded or linked is now
// part of another (a rule or a curator moved its figures), named both ways.
import type { Bilingual } from '../core/bilingual.ts';

export function movedNote(was: Bilingual, now: Bilingual): Bilingual {
  return {
    zh: `这张图原为“${was.zh}”，其中的数字现归入“${now.zh}”。`,
    en: `This chart was “${was.en}”; its figures are now in “${now.en}”.`,
  };
}

/** A retired chart no chart stands for now: its figures are still listed on the page the notice links to. */
export function withdrawnNote(was: Bilingual): Bilingual {
  return {
    zh: `这张图原为“${was.zh}”，已不再发布：经编辑核对，其中的数字不再作为一个系列的数值，但仍在原报告中列出。`,
    en: `This chart was “${was.en}” and is no longer published: a curator found its figures are not the values of one series; they are still listed with their reports.`,
  };
}

// The 1 MB bad-input case, generated rather than committed: the real curated
// paragraphs, in order and repeated, under one valid frontmatter, until the
// file passes the size asked for.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParagraphs } from '../../src/pipeline/corpus/paragraphs.ts';
import { splitFrontmatter } from '../../src/pipeline/corpus/report-file.ts';
import { LARGE_ID } from './bad-cases.ts';

const FRONTMATTER = `---
id: ${LARGE_ID}
title: 县科技局工作总结（超长文本测试）
region:
  code: "331024"
  name: 仙居县
  province: 浙江省
  city: 台州市
  level: county
region_basis: stated
years:
  - 2024
year: 2024
period: year
doc_type: summary
issuer: 仙居县科技局
source:
  raw_file: generated.txt
---
`;

/** Writes `<dir>/large-1mb.md` of at least `bytes` bytes (UTF-8); returns its size. */
export function writeLargeReport(dir: string, bytes = 1_000_000, reportsDir = 'content/reports'): number {
  const blocks: string[] = [];
  for (const name of readdirSync(reportsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const body = splitFrontmatter(readFileSync(join(reportsDir, name), 'utf8'))?.body ?? '';
    for (const p of parseParagraphs(body, name)) {
      const mark = p.kind === 'heading' ? `${'#'.repeat((p.level ?? 1) + 1)} ` : '';
      blocks.push(mark + body.slice(p.start, p.end));
    }
  }
  if (blocks.length === 0) throw new Error(`${reportsDir}: no paragraphs to build a large report from`);
  let text = FRONTMATTER;
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${blocks[i % blocks.length]}\n\n`;
  writeFileSync(join(dir, `${LARGE_ID}.md`), text);
  return Buffer.byteLength(text);
}

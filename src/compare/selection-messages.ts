// What the compare page says of the selection in its address: ids that are
// not ids, unknown reports, ids not shown or not looked up, and what is still
// missing for a comparison. Long lists are cut: an address may hold any text.
import { yearSpan } from '../words/report-words.ts';
import { regionName } from './columns.ts';
import { MAX_LOOKUPS, MAX_REPORTS, MIN_REPORTS, type ParsedSelection } from './selection.ts';
import type { CompareMeta } from './types.ts';

/** Values named in one message; the rest are counted. */
export const MAX_NAMED = 8;

function named(values: string[], sep: string, more: (n: number) => string): string {
  const shown = values.slice(0, MAX_NAMED).join(sep);
  return values.length > MAX_NAMED ? `${shown}${more(values.length)}` : shown;
}
const zh = (values: string[]) => named(values, '、', (n) => ` 等 ${n} 个`);
const en = (values: string[]) => named(values, ', ', (n) => ` and others (${n} in all)`);

export function selectionMessages(sel: ParsedSelection, metas: Map<string, CompareMeta>): string[] {
  const out: string[] = [];
  if (sel.malformed.length)
    out.push(
      `无法识别的报告编号（只能含字母、数字和连字符）：${zh(sel.malformed)}。 Not a report id: ${en(sel.malformed)}.`,
    );
  if (sel.unknown.length) out.push(`找不到这些报告：${zh(sel.unknown)}。 Unknown report: ${en(sel.unknown)}.`);
  if (sel.unchecked.length)
    out.push(
      `地址中的编号太多，只查看了前 ${MAX_LOOKUPS} 个；未查看：${zh(sel.unchecked)}。 Too many ids: only the first ${MAX_LOOKUPS} were looked up; not looked up: ${en(sel.unchecked)}.`,
    );
  if (sel.dropped.length)
    out.push(
      `最多同时对比 ${MAX_REPORTS} 篇，只显示前 ${MAX_REPORTS} 篇；未显示：${zh(sel.dropped)}。 At most ${MAX_REPORTS} reports: showing the first ${MAX_REPORTS}.`,
    );
  const [first] = sel.ids;
  if (first !== undefined && sel.ids.length < MIN_REPORTS) {
    const one = metas.get(first);
    const name = one ? `${regionName(one)} ${yearSpan(one)}` : first;
    out.push(
      `并排对比至少需要 ${MIN_REPORTS} 篇报告，现在只选了 1 篇（${name}）：请在上面的列表中再选至少一篇。 A comparison needs at least ${MIN_REPORTS} reports; pick at least one more.`,
    );
  }
  if (sel.ids.length === 0)
    out.push(
      `请在上面的列表中选择 ${MIN_REPORTS}–${MAX_REPORTS} 篇报告。 Pick ${MIN_REPORTS}–${MAX_REPORTS} reports from the list above.`,
    );
  return out;
}

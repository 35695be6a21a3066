// The labelled fields a page prints around a document (来源：… 发布时间：…
// 点击数：…, 信息来源：某某县科学技术局, 所属机构 某某县科学技术局): chrome to
// take out of the text, but evidence to keep, since a source or publisher
// field often names the issuing bureau. A headline and its fields may share
// one line (某某州科技工作成效显著文章来源：… 点击数：…); they are split.

const LABELS = [
  '文章来源',
  '信息来源',
  '稿件来源',
  '来源',
  '点击数',
  '点击量',
  '浏览次数',
  '浏览量',
  '阅读量',
  '更新时间',
  '发布时间',
  '发布日期',
  '成文日期',
  '时间',
  '作者',
  '责任编辑',
  '编辑',
  '字体',
  '所属机构',
  '发布机构',
  '责任部门',
  '发文机关',
];
const LABEL = new RegExp(`(${LABELS.join('|')})\\s*[:：]?`, 'g');
/** Labels whose value names who published the page or the text. */
const ORIGIN = /^(?:文章来源|信息来源|稿件来源|来源|所属机构|发布机构|责任部门|发文机关)$/;
const DATE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;
/** A field itself, not a headline: 文档分类：工作总结. */
const FIELD_HEAD =
  /^[\u4e00-\u9fff]{0,4}(?:分类|类别|类型|时间|日期|格式|大小|页数|作者|来源|标签|上传|下载|栏目)\s*[:：]/;

/** Labels present in a stretch, in order, each with its position. */
function labelsIn(text: string): { label: string; at: number; end: number }[] {
  return [...text.matchAll(LABEL)].flatMap((m) => {
    const [whole, label = ''] = m;
    const field = whole.includes(':') || whole.includes('：') || /^(?:所属机构|发布机构|责任部门)$/.test(label);
    return field ? [{ label, at: m.index, end: m.index + whole.length }] : [];
  });
}

/**
 * A headline with page fields glued after it: the headline and the fields.
 * Null unless the part before the first label reads as a headline (six Han
 * characters or more, no sentence punctuation) and what follows holds two
 * labels or a label and a date.
 */
export function splitFieldTail(line: string): { head: string; tail: string } | null {
  const labels = labelsIn(line);
  const [first] = labels;
  if (!first) return null;
  const head = line.slice(0, first.at).trim();
  const tail = line.slice(first.at).trim();
  if ((head.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6 || /[。；！？!?;]/.test(head) || FIELD_HEAD.test(head))
    return null;
  if (labels.length < 2 && !DATE.test(tail)) return null;
  return { head, tail };
}

/** The values of the fields that name a source or publisher (来源：某某县科学技术局 → 某某县科学技术局). */
export function originValues(line: string): string[] {
  const labels = labelsIn(line);
  return labels.flatMap((l, k) => {
    if (!ORIGIN.test(l.label)) return [];
    const value = line
      .slice(l.end, labels[k + 1]?.at ?? line.length)
      .split(/[|｜]|\s{2,}/)
      .map((v) => v.trim())
      .find((v) => v !== '');
    return value ? [value] : [];
  });
}

/** A row of page fields: a date line, a source line, an index row (发布时间：… 来源：…). */
export function isFieldRow(line: string): boolean {
  const labels = labelsIn(line.trim());
  return labels[0]?.at === 0;
}
